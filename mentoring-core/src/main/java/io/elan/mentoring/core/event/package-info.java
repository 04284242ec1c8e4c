/**
 * The domain events the engine delivers to listeners once the store accepted a change: lifecycle transitions,
 * enrolment, pairs, hotline, follow-up calls, attendance, and messages given up on.
 */
@NullMarked
package io.elan.mentoring.core.event;

import org.jspecify.annotations.NullMarked;
