/**
 * The hotline: questions and difficulties raised by participants, assigned, answered and closed, with a response target
 * counted in working days.
 */
@NullMarked
package io.elan.mentoring.core.hotline;

import org.jspecify.annotations.NullMarked;
