/**
 * Communication with the mentor and mentee communities: monthly messages, broadcasts with catch-up digests and parity
 * reports, useful replays for absentees, localized texts and renderers, and the dispatcher that delivers the outbox
 * reliably. Every service works within one tenant per call.
 */
@NullMarked
package io.elan.mentoring.core.communication;

import org.jspecify.annotations.NullMarked;
