/** The matching service behind {@link io.elan.mentoring.core.matching.Matching}. Not API. */
@NullMarked
package io.elan.mentoring.core.matching.internal;

import org.jspecify.annotations.NullMarked;
