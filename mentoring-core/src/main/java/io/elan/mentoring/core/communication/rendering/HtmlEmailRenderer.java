package io.elan.mentoring.core.communication.rendering;

import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a message as an HTML e-mail body. Every string that comes from people (title, paragraphs, key points, link
 * labels and addresses) is escaped, so markup in it shows as text and never runs; each block carries
 * {@code dir="auto"} so right-to-left text reads in its own direction. Immutable and thread-safe.
 */
public final class HtmlEmailRenderer {

    private final MessageTexts texts;

    private HtmlEmailRenderer(MessageTexts texts) {
        this.texts = texts;
    }

    /** @return a renderer with Élan's texts */
    public static HtmlEmailRenderer defaults() {
        return new HtmlEmailRenderer(MessageTexts.defaults());
    }

    /**
     * @param texts the texts of the headings
     * @return a renderer using them
     */
    public static HtmlEmailRenderer withTexts(MessageTexts texts) {
        return new HtmlEmailRenderer(Objects.requireNonNull(texts, "texts"));
    }

    /**
     * @param message the message
     * @return a complete HTML document
     */
    public String render(OutgoingMessage message) {
        return render(message.content(), message.locale());
    }

    /**
     * @param content what the message says
     * @param locale its language, for the document's {@code lang} and the headings
     * @return a complete HTML document
     */
    public String render(MessageContent content, Locale locale) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.toLanguageTag())).append("\">\n")
                .append("<head><meta charset=\"utf-8\"><title>").append(escape(content.title()))
                .append("</title></head>\n<body>\n")
                .append("<h1 dir=\"auto\">").append(escape(content.title())).append("</h1>\n");
        for (String paragraph : content.paragraphs()) {
            html.append("<p dir=\"auto\">").append(escape(paragraph).replace("\n", "<br>")).append("</p>\n");
        }
        if (!content.keyPoints().isEmpty()) {
            html.append("<h2>").append(escape(texts.format("render.keyPoints", locale, locale)))
                    .append("</h2>\n<ul>\n");
            for (String point : content.keyPoints()) {
                html.append("<li dir=\"auto\">").append(escape(point)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!content.links().isEmpty()) {
            html.append("<h2>").append(escape(texts.format("render.links", locale, locale))).append("</h2>\n<ul>\n");
            for (Link link : content.links()) {
                html.append("<li dir=\"auto\">").append(anchor(link)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        Link action = content.callToAction();
        if (action != null) {
            html.append("<p dir=\"auto\"><strong>").append(anchor(action)).append("</strong></p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String anchor(Link link) {
        return "<a href=\"" + escape(link.url().toString()) + "\">" + escape(link.label()) + "</a>";
    }

    /**
     * Escapes text for HTML element content and quoted attribute values.
     *
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
}
