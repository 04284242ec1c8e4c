/**
 * The activity service behind {@link io.elan.mentoring.core.activity.ActivityReports}. Not API.
 */
@NullMarked
package io.elan.mentoring.core.activity.internal;

import org.jspecify.annotations.NullMarked;
