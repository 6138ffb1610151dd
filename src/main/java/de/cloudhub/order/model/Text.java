package de.cloudhub.order.model;

/** Checks shared by the free-text fields of an order: trimming, length in characters, printable only. */
final class Text {
    private Text() {
    }

    /** The value without leading and trailing white space; null stays null. */
    static String trim(String value) {
        return value == null ? null : value.strip();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Length as a person counts it: code points, so an emoji or a rare CJK character is one. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    /**
     * True when the value holds anything a person cannot see or type on one line: control
     * characters (tab, line breaks), format characters (bidi overrides, zero-width), separators,
     * lone surrogates and unassigned code points.
     */
    static boolean hasNonPrintable(String value) {
        return value.codePoints().anyMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SURROGATE, Character.UNASSIGNED,
                    Character.PRIVATE_USE -> true;
            default -> false;
        });
    }
}
