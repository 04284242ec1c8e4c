/**
 * The follow-up call service behind {@link io.elan.mentoring.core.followup.FollowUpCalls}. Not API.
 */
@NullMarked
package io.elan.mentoring.core.followup.internal;

import org.jspecify.annotations.NullMarked;
