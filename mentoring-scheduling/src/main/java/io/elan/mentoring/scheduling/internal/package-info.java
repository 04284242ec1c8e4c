/**
 * Implementation of the cadence planner, recurrences and holiday look-ups. Not API: may change in any release.
 */
@NullMarked
package io.elan.mentoring.scheduling.internal;

import org.jspecify.annotations.NullMarked;
