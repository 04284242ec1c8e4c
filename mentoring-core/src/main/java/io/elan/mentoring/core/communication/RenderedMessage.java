package io.elan.mentoring.core.communication;

import io.elan.mentoring.core.communication.internal.Required;
import org.jspecify.annotations.Nullable;

/**
 * A message ready for a provider: the subject line, the plain text, and the HTML body for channels that show HTML.
 *
 * @param subject the title, for an e-mail subject or a notification heading
 * @param text the plain text, within the channel's length limit
 * @param html the HTML document, for channels that show HTML; {@code null} for the others
 */
public record RenderedMessage(String subject, String text, @Nullable String html) {
    /** Validates that the subject and the text are present. */
    public RenderedMessage {
        Required.present(subject, "subject");
        Required.present(text, "text");
    }
}
