/**
 * Personal data rights: erase a person everywhere ({@link io.elan.mentoring.core.privacy.Privacy#erase}), export what
 * is kept about them ({@link io.elan.mentoring.core.privacy.Privacy#export}), and the retention periods the timer call
 * applies ({@link io.elan.mentoring.core.privacy.RetentionSettings}).
 */
@NullMarked
package io.elan.mentoring.core.privacy;

import org.jspecify.annotations.NullMarked;
