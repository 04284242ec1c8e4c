/**
 * The program services behind {@link io.elan.mentoring.core.program.Programs},
 * {@link io.elan.mentoring.core.program.Participants} and {@link io.elan.mentoring.core.program.Pairs}, and how a
 * definition is kept in a program's settings. Not API.
 */
@NullMarked
package io.elan.mentoring.core.program.internal;

import org.jspecify.annotations.NullMarked;
