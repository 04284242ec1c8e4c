/**
 * Programs and what they are made of: communities of mentors and mentees, pairs, dated touchpoints and attendance,
 * with {@link io.elan.mentoring.spi.program.ProgramStore}, the port that keeps them.
 */
@NullMarked
package io.elan.mentoring.spi.program;

import org.jspecify.annotations.NullMarked;
