/**
 * Delivery of the outbox: the sending hours and quiet hours messages wait for, what one send or one dispatch run did,
 * and the dead letters the dispatcher gave up on.
 */
@NullMarked
package io.elan.mentoring.core.communication.delivery;

import org.jspecify.annotations.NullMarked;
