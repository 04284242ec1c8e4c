package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a message says, structured so each channel can render it: a title, paragraphs, at most five key points,
 * links and an optional call to action. Rendering (plain text, HTML with escaping) is the engine's job.
 *
 * @param title 1 to 200 characters on a single line: it becomes the e-mail subject or the notification heading, so
 *     it holds no line break, tab or other control character
 * @param paragraphs at most 20 paragraphs of at most 4,000 characters each
 * @param keyPoints at most {@value #MAX_KEY_POINTS} key points of at most 300 characters (the "replay utile" keeps
 *     five)
 * @param links at most 10 links
 * @param callToAction the one thing the reader is asked to do, if any
 */
public record MessageContent(@NotBlank @Size(max = 200) String title, @NotNull @Size(max = 20) List<String> paragraphs,
        @NotNull @Size(max = MessageContent.MAX_KEY_POINTS) List<String> keyPoints,
        @NotNull @Size(max = 10) List<@Valid Link> links, @Nullable @Valid Link callToAction) {

    /** Most key points a message carries. */
    public static final int MAX_KEY_POINTS = 5;

    /**
     * Validates every part; the message names the part and the rule.
     *
     * @param title 1 to 200 characters on a single line: it becomes the e-mail subject or the notification heading, so
     *         it holds no line break, tab or other control character
     * @param paragraphs at most 20 paragraphs of at most 4,000 characters each
     * @param keyPoints at most {@value #MAX_KEY_POINTS} key points of at most 300 characters (the "replay utile" keeps
     *     five)
     * @param links at most 10 links
     * @param callToAction the one thing the reader is asked to do, if any
     */
    public MessageContent {
        Checks.line(title, "title", 200);
        paragraphs = Checks.list(paragraphs, "paragraphs", 20);
        for (int i = 0; i < paragraphs.size(); i++) {
            Checks.text(paragraphs.get(i), "paragraphs[" + i + "]", 4000);
        }
        keyPoints = Checks.list(keyPoints, "keyPoints", MAX_KEY_POINTS);
        for (int i = 0; i < keyPoints.size(); i++) {
            Checks.text(keyPoints.get(i), "keyPoints[" + i + "]", 300);
        }
        links = Checks.list(links, "links", 10);
    }

    /**
     * @param title the title
     * @param paragraphs the paragraphs
     * @return content with only a title and paragraphs
     */
    public static MessageContent of(String title, String... paragraphs) {
        return new MessageContent(title, List.of(paragraphs), List.of(), List.of(), null);
    }

    /**
     * @param erasure a person erased, whose traces must go from a message kept for someone else
     * @return this message with every trace redacted from its texts and link labels; a link whose address holds a
     *     trace is dropped, since an address cannot be rewritten and stay one
     */
    public MessageContent redact(Erasure erasure) {
        Link action = callToAction;
        return new MessageContent(erasure.redact(title),
                paragraphs.stream().map(erasure::redact).toList(),
                keyPoints.stream().map(erasure::redact).toList(),
                links.stream().filter(l -> !erasure.mentions(l.url().toString()))
                        .map(l -> new Link(erasure.redact(l.label()), l.url())).toList(),
                action == null || erasure.mentions(action.url().toString()) ? null
                        : new Link(erasure.redact(action.label()), action.url()));
    }

    /**
     * @param erasure a person erased
     * @return whether this message's texts, link labels or addresses hold one of their traces
     */
    public boolean mentions(Erasure erasure) {
        Link action = callToAction;
        return erasure.mentions(title) || paragraphs.stream().anyMatch(erasure::mentions)
                || keyPoints.stream().anyMatch(erasure::mentions)
                || links.stream().anyMatch(l -> erasure.mentions(l.label()) || erasure.mentions(l.url().toString()))
                || action != null && (erasure.mentions(action.label()) || erasure.mentions(action.url().toString()));
    }
}
