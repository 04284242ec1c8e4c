package io.elan.mentoring.report.internal.markup;

import io.elan.mentoring.core.communication.rendering.HtmlEmailRenderer;

/**
 * Escapes text for HTML and SVG, as the e-mail renderer does: every name, theme and answer comes from outside and
 * is untrusted.
 */
public final class Html {
    private Html() {}

    /**
     * @param text any text
     * @return the text with {@code & < > " '} replaced by character references, so it can stand in an element or
     *     an attribute
     */
    public static String escape(String text) {
        return HtmlEmailRenderer.escape(text);
    }
}
