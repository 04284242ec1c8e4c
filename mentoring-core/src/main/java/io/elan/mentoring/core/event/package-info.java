/**
 * The domain events the engine delivers to listeners once the store accepted a change: lifecycle transitions,
 * enrolment, pairs, hotline, follow-up calls and attendance.
 */
@NullMarked
package io.elan.mentoring.core.event;

import org.jspecify.annotations.NullMarked;
