package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.ui.common.I18n;

/** Turns a {@link Notice} into the user's sentence (money per locale). */
public final class NoticeText {
    private NoticeText() {
    }

    public static String text(Notice notice, I18n i18n) {
        Object[] args = notice.arguments().stream()
                .map(a -> a instanceof Money m ? MoneyFormat.format(m.amount(), m.currency(), i18n.locale()) : a)
                .toArray();
        return i18n.t(notice.key(), args);
    }
}
