/**
 * How the engine detects disengagement: the tracker's weekly counters per pair and per person in flat arrays indexed
 * by program week, the detector that reads them, the nudge policy, and the engagement of one tenant over them.
 * Not API.
 */
@NullMarked
package io.elan.mentoring.core.engagement.internal;

import org.jspecify.annotations.NullMarked;
