/**
 * Communication with the mentor and mentee communities, as one tenant sees it ({@link
 * io.elan.mentoring.core.communication.Communication}) and as the engine is configured ({@link
 * io.elan.mentoring.core.communication.CommunicationSettings}). Each concept has its sub-package: {@code monthly}
 * messages, {@code broadcast}s with catch-up digests and parity reports, {@code replay}s for absentees, the {@code
 * rendering} of messages and their texts, and the {@code delivery} of the outbox. Every service works within one
 * tenant per call.
 */
@NullMarked
package io.elan.mentoring.core.communication;

import org.jspecify.annotations.NullMarked;
