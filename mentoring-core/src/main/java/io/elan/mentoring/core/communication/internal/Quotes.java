package io.elan.mentoring.core.communication.internal;

/**
 * Texts that Élan's messages put between quotation marks of their own language, such as a session's theme: a theme
 * that arrives already quoted would show its marks twice ("« « Décris-moi ton poste » »").
 */
public final class Quotes {
    private static final String[][] PAIRS = {{"«", "»"}, {"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"„", "“"}};

    private Quotes() {}

    /**
     * @param text a text to be quoted by a message
     * @return the text without one pair of quotation marks around the whole of it, and without the spaces inside
     *     them; any other text as it is
     */
    public static String unwrap(String text) {
        String trimmed = text.strip();
        for (String[] pair : PAIRS) {
            if (trimmed.length() > pair[0].length() + pair[1].length() && trimmed.startsWith(pair[0])
                    && trimmed.endsWith(pair[1])) {
                String inner = trimmed.substring(pair[0].length(), trimmed.length() - pair[1].length());
                boolean nested = inner.contains(pair[0]) || (!pair[0].equals(pair[1]) && inner.contains(pair[1]));
                if (!nested) {
                    return inner.strip().replaceAll("^[\\u00A0\\u202F]+|[\\u00A0\\u202F]+$", "");
                }
            }
        }
        return text;
    }
}
