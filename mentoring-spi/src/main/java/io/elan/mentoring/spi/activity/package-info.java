/**
 * What participants do, as an append-only log of activity events, with
 * {@link io.elan.mentoring.spi.activity.ActivityLog}, the port that keeps it.
 */
@NullMarked
package io.elan.mentoring.spi.activity;

import org.jspecify.annotations.NullMarked;
