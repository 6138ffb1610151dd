package de.cloudhub.order.model;

import java.util.Locale;

/** A text the catalog or terms carry in both languages of the app. */
public record LocalizedText(String de, String en) {

    /** German for a German locale, English otherwise; falls back to the other language when one is missing. */
    public String in(Locale locale) {
        boolean german = locale != null && "de".equals(locale.getLanguage());
        String first = german ? de : en;
        String second = german ? en : de;
        return first != null && !first.isBlank() ? first : (second == null ? "" : second);
    }
}
