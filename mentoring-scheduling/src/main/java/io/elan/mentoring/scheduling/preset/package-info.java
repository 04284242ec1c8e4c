/**
 * Ready-made cadence plans taken from the French source practice, such as the ten-month program of
 * {@link io.elan.mentoring.scheduling.preset.TenMonthPreset}.
 */
@NullMarked
package io.elan.mentoring.scheduling.preset;

import org.jspecify.annotations.NullMarked;
