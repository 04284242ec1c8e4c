/**
 * Broadcasts to a program's communities and whom each reached, with
 * {@link io.elan.mentoring.spi.broadcast.BroadcastLog}, the port that keeps them so that late joiners can catch up
 * and every node of a host sees the same history.
 */
@NullMarked
package io.elan.mentoring.spi.broadcast;

import org.jspecify.annotations.NullMarked;
