package de.cloudhub.order.ui.ordering;

import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The one look of what a draft named and this account cannot use, left out of the order (see
 * {@code OrderState#leftOut}): one warning sentence each at the top of the page it belongs to, hidden
 * while there is nothing to tell.
 */
public final class LeftOutNotices {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private LeftOutNotices() {
    }

    /** The section with node id {@code id}, following {@code notices} for as long as {@code page} is shown. */
    public static Node section(String id, ObservableList<Notice> notices, I18n i18n, Node page) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("left-out");
        ViewListeners.onChange(page, () -> {
            box.getChildren().setAll(notices.stream().map(notice -> {
                Label l = new Label(NoticeText.text(notice, i18n));
                l.getStyleClass().add("field-problem");
                l.pseudoClassStateChanged(WARNING, true);
                l.setWrapText(true);
                return l;
            }).toList());
            box.setVisible(!notices.isEmpty());
            box.setManaged(!notices.isEmpty());
        }, notices);
        return box;
    }
}
