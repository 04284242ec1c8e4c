package io.elan.mentoring.core.communication.rendering;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a message as plain text for WhatsApp, SMS and other text channels. Text is kept exactly as written (no
 * escaping: these channels show characters, not markup). A channel may have a length limit; a longer message is cut
 * at a word boundary where one is near, otherwise between two user-perceived characters (never inside a
 * surrogate pair or an emoji sequence), ends with an ellipsis, and keeps its call to
 * action when that fits. Immutable and thread-safe.
 */
public final class PlainTextRenderer {

    /** The shortest limit a channel may have, so that a cut message still says something. */
    public static final int MIN_LIMIT = 40;

    private static final String ELLIPSIS = "…";
    private static final String BULLET = "• ";
    private static final Pattern GRAPHEME_BOUNDARY = Pattern.compile("\\b{g}");

    private final MessageTexts texts;
    private final Map<Channel, Integer> limits;

    private PlainTextRenderer(MessageTexts texts, Map<Channel, Integer> limits) {
        this.texts = texts;
        this.limits = Map.copyOf(limits);
    }

    /** @return a renderer with Élan's texts: WhatsApp limited to 4,096 characters, SMS to 1,600, others unlimited */
    public static PlainTextRenderer defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults of {@link #defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param message the message
     * @return its text, within its channel's limit
     */
    public String render(OutgoingMessage message) {
        return render(message.content(), message.locale(), message.channel());
    }

    /**
     * @param content what the message says
     * @param locale the language of the headings
     * @param channel the channel, for its length limit
     * @return the text, within the channel's limit
     */
    public String render(MessageContent content, Locale locale, Channel channel) {
        StringBuilder body = new StringBuilder(content.title());
        for (String paragraph : content.paragraphs()) {
            body.append("\n\n").append(paragraph);
        }
        if (!content.keyPoints().isEmpty()) {
            body.append("\n\n").append(texts.format("render.labelled", locale, locale,
                    texts.format("render.keyPoints", locale, locale)));
            for (String point : content.keyPoints()) {
                body.append('\n').append(BULLET).append(point);
            }
        }
        if (!content.links().isEmpty()) {
            body.append("\n\n").append(texts.format("render.labelled", locale, locale,
                    texts.format("render.links", locale, locale)));
            for (Link link : content.links()) {
                body.append('\n').append(BULLET).append(texts.format("render.labelled", locale, locale, link.label()))
                        .append(' ').append(link.url());
            }
        }
        Link action = content.callToAction();
        String tail = action == null ? ""
                : "\n\n→ " + texts.format("render.labelled", locale, locale, action.label()) + " " + action.url();
        Integer limit = limits.get(channel);
        if (limit == null || body.length() + tail.length() <= limit) {
            return body + tail;
        }
        if (tail.length() + ELLIPSIS.length() + MIN_LIMIT / 2 <= limit) {
            return cut(body.toString(), limit - tail.length() - ELLIPSIS.length()) + ELLIPSIS + tail;
        }
        return cut(body + tail, limit - ELLIPSIS.length()) + ELLIPSIS;
    }

    /**
     * @param channel a channel
     * @return its length limit in UTF-16 characters, or {@code Integer.MAX_VALUE} if it has none
     */
    public int limit(Channel channel) {
        return limits.getOrDefault(channel, Integer.MAX_VALUE);
    }

    // Prefers the last blank in the final quarter of the room, so a word is not cut in two when that costs little;
    // otherwise cuts at the last grapheme boundary, so neither a surrogate pair nor an emoji sequence is split.
    private static String cut(String text, int room) {
        for (int i = room; i > room - room / 4 && i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i).stripTrailing();
            }
        }
        int end = 0;
        Matcher boundaries = GRAPHEME_BOUNDARY.matcher(text);
        while (boundaries.find() && boundaries.start() <= room) {
            end = boundaries.start();
        }
        return text.substring(0, end).stripTrailing();
    }

    /** Builds a {@link PlainTextRenderer}. Not thread-safe. */
    public static final class Builder {
        private MessageTexts texts = MessageTexts.defaults();
        private final Map<Channel, Integer> limits = new HashMap<>(Map.of(Channel.WHATSAPP, 4096, Channel.SMS, 1600));

        private Builder() {}

        /**
         * @param value the texts of the headings
         * @return this builder
         */
        public Builder texts(MessageTexts value) { texts = Objects.requireNonNull(value, "texts"); return this; }

        /**
         * @param channel a channel
         * @param maxLength the most UTF-16 characters a message on it may have, at least {@value #MIN_LIMIT}
         * @return this builder
         * @throws InvalidValueException if the limit is below {@value #MIN_LIMIT}
         */
        public Builder limit(Channel channel, int maxLength) {
            if (maxLength < MIN_LIMIT) {
                throw new InvalidValueException("limits[" + channel + "]", "must be at least " + MIN_LIMIT, maxLength);
            }
            limits.put(Objects.requireNonNull(channel, "channel"), maxLength);
            return this;
        }

        /**
         * @param channel a channel
         * @return this builder, with no length limit on that channel
         */
        public Builder unlimited(Channel channel) { limits.remove(channel); return this; }

        /** @return the renderer */
        public PlainTextRenderer build() {
            return new PlainTextRenderer(texts, limits);
        }
    }
}
