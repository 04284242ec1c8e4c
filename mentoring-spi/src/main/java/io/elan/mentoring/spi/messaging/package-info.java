/**
 * Messages to participants: their structured content, the {@link io.elan.mentoring.spi.messaging.Outbox} that keeps
 * them until delivered, and the {@link io.elan.mentoring.spi.messaging.MessageGateway} that sends them.
 */
@NullMarked
package io.elan.mentoring.spi.messaging;

import org.jspecify.annotations.NullMarked;
