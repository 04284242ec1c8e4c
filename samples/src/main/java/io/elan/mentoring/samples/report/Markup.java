package io.elan.mentoring.samples.report;

import io.elan.mentoring.core.communication.HtmlEmailRenderer;

/**
 * Escapes text for HTML and SVG, where every string from outside (names, themes, answers) is untrusted, and writes
 * numbers the same way whatever the machine's locale.
 */
public final class Markup {
    private Markup() {}

    /**
     * @param text any text
     * @return the text with {@code & < > " '} replaced by character references, as Élan's e-mails escape it
     */
    public static String escape(String text) {
        return HtmlEmailRenderer.escape(text);
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
