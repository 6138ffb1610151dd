package de.cloudhub.order.model;

import java.math.BigDecimal;
import java.util.Locale;

/** SCAFFOLD: model helper implements. */
public final class MoneyFormat {
    private MoneyFormat() {
    }

    /** {@code 1.234,50 €} in German, {@code €1,234.50} in English. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        return amount.toPlainString();
    }
}
