package io.elan.mentoring.report.internal.markup;

/**
 * Escapes text for HTML and SVG: every name, theme and answer comes from outside and is untrusted.
 */
public final class Html {
    private Html() {}

    /**
     * @param text any text
     * @return the text with {@code & < > " '} replaced by character references, so it can stand in an element or
     *     an attribute
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
