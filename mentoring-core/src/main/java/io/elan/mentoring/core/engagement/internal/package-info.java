/**
 * The primitive state behind engagement detection: weekly counters per pair and per person in flat arrays indexed by
 * program week, and the week arithmetic of a program. Not API.
 */
@NullMarked
package io.elan.mentoring.core.engagement.internal;

import org.jspecify.annotations.NullMarked;
