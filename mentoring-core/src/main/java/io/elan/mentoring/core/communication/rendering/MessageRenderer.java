package io.elan.mentoring.core.communication.rendering;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.util.Objects;
import java.util.Set;

/**
 * Renders an outgoing message the way its channel shows it, for gateway implementations: plain text on every channel
 * (within the channel's limit), plus an HTML body on the channels that show HTML (e-mail unless configured).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RenderedMessage rendered = MessageRenderer.defaults().render(message);
 * mailer.send(address, rendered.subject(), rendered.html(), rendered.text());
 * }</pre>
 */
public final class MessageRenderer {

    private final PlainTextRenderer text;
    private final HtmlEmailRenderer html;
    private final Set<Channel> htmlChannels;

    private MessageRenderer(PlainTextRenderer text, HtmlEmailRenderer html, Set<Channel> htmlChannels) {
        this.text = text;
        this.html = html;
        this.htmlChannels = Set.copyOf(htmlChannels);
    }

    /** @return HTML on e-mail, Élan's texts and the default length limits */
    public static MessageRenderer defaults() {
        return new MessageRenderer(PlainTextRenderer.defaults(), HtmlEmailRenderer.defaults(), Set.of(Channel.EMAIL));
    }

    /**
     * @param text the plain-text renderer, with its limits and texts
     * @param html the HTML renderer
     * @param htmlChannels the channels that show HTML
     * @return a renderer combining them
     */
    public static MessageRenderer of(PlainTextRenderer text, HtmlEmailRenderer html, Set<Channel> htmlChannels) {
        return new MessageRenderer(Objects.requireNonNull(text, "text"), Objects.requireNonNull(html, "html"),
                Objects.requireNonNull(htmlChannels, "htmlChannels"));
    }

    /**
     * @param message the message
     * @return its subject, its text and, on a channel that shows HTML, its HTML body
     */
    public RenderedMessage render(OutgoingMessage message) {
        return new RenderedMessage(message.content().title(), text.render(message),
                htmlChannels.contains(message.channel()) ? html.render(message) : null);
    }
}
