package de.cloudhub.order.model;

/**
 * The one cleaning of text that comes from a server before anyone shows it. Format characters
 * ({@code \p{Cf}}: bidi overrides and isolates, zero-width characters) are removed, so a name or a
 * status cannot reorder or hide what is drawn around it (a status {@code "\u202EENOD"} would read
 * "DONE"). Controls are removed too, except that a tab, a line break or a line/paragraph separator
 * becomes a space, so words stay apart. Lone surrogates become U+FFFD.
 */
public final class ServerText {
    /** Longest server sentence (a problem's title or detail, a field message) that is kept, in characters. */
    public static final int MAX_SENTENCE = 300;

    private static final int NEXT_LINE = 0x85;

    private ServerText() {
    }

    /** {@code text} without format and control characters; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.getType(cp)) {
                case Character.FORMAT -> { }
                case Character.CONTROL -> {
                    if (Character.isWhitespace(cp) || cp == NEXT_LINE) {
                        out.append(' ');
                    }
                }
                case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> out.append(' ');
                case Character.SURROGATE -> out.append('\uFFFD');
                default -> out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * A sentence from the server as it may be shown and logged: {@link #clean cleaned}, stripped and cut
     * to {@code max} characters (with "…"), never in the middle of a surrogate pair; null stays null.
     */
    public static String sentence(String text, int max) {
        String clean = clean(text);
        if (clean == null) {
            return null;
        }
        clean = clean.strip();
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end).stripTrailing() + "…";
    }

    private static boolean isClean(String text) {
        return text.codePoints().noneMatch(cp -> switch (Character.getType(cp)) {
            case Character.FORMAT, Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        });
    }
}
