package io.elan.mentoring.samples.report;

/**
 * Escapes text for HTML and SVG, where every string from outside (names, themes, answers) is untrusted.
 */
public final class Markup {
    private Markup() {}

    /**
     * @param text any text
     * @return the text with {@code & < > " '} replaced by character references
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

    /**
     * @param value a number
     * @return the number with at most one decimal, a dot as separator, whatever the default locale
     */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10.0 + "");
    }
}
