package io.elan.mentoring.core.communication.rendering;

import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A message ready for a provider: the subject line, the plain text, and the HTML body for channels that show HTML.
 *
 * @param subject the title, for an e-mail subject or a notification heading: a single line, never a line break or
 *     another control character, so it cannot add a header of its own
 * @param text the plain text, within the channel's length limit
 * @param html the HTML document, for channels that show HTML; {@code null} for the others
 */
public record RenderedMessage(String subject, String text, @Nullable String html) {
    /**
     * Validates that the subject is one line and the text is present.
     *
     * @param subject the title, for an e-mail subject or a notification heading: a single line, never a line break or
     *         another control character, so it cannot add a header of its own
     * @param text the plain text, within the channel's length limit
     * @param html the HTML document, for channels that show HTML; {@code null} for the others
     */
    public RenderedMessage {
        Checks.line(subject, "subject", Integer.MAX_VALUE);
        Checks.present(text, "text");
    }
}
