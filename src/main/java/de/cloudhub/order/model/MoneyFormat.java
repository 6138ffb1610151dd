package de.cloudhub.order.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Money as people of a locale write it: {@code 1.234,50 €} in German, {@code €1,234.50} in English.
 * The JDK's formats use no-break spaces (U+00A0, and U+202F in some locales); we replace them with
 * a plain space so that the text is the same wherever it is shown, compared or copied.
 */
public final class MoneyFormat {
    private MoneyFormat() {
    }

    /** {@code 1.234,50 €} in German, {@code €1,234.50} in English; rounded half-up to the currency's digits. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(locale, "locale");
        Currency known = currencyOrNull(currency);
        NumberFormat format;
        if (known != null) {
            format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(known);
            int digits = Math.max(0, known.getDefaultFractionDigits());
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
        } else {
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
        }
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(amount);
        if (known == null && currency != null && !currency.isBlank()) {
            text = text + " " + currency.strip();
        }
        return normalizeSpaces(text);
    }

    private static Currency currencyOrNull(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normalizeSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
