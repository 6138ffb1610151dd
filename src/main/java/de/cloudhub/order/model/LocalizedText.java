package de.cloudhub.order.model;

import java.util.Locale;

/** A text the catalog or terms carry in both languages of the app. */
public record LocalizedText(String de, String en) {
    /** No text in either language. */
    public static final LocalizedText EMPTY = new LocalizedText(null, null);

    /** The same text in both languages (e.g. an id standing in for a missing name). */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    /**
     * {@code text} when it says something in at least one language, else {@code fallback} in both: a
     * server that sends no name (or an empty one) still gets something shown, never a null.
     */
    public static LocalizedText orElse(LocalizedText text, String fallback) {
        if (text != null && !text.isBlank()) {
            return text;
        }
        return fallback == null || fallback.isBlank() ? EMPTY : of(fallback);
    }

    /** True when neither language has any visible text. */
    public boolean isBlank() {
        return (de == null || de.isBlank()) && (en == null || en.isBlank());
    }

    /** German for a German locale, English otherwise; falls back to the other language when one is missing. */
    public String in(Locale locale) {
        boolean german = locale != null && "de".equals(locale.getLanguage());
        String first = german ? de : en;
        String second = german ? en : de;
        return first != null && !first.isBlank() ? first : (second == null ? "" : second);
    }
}
