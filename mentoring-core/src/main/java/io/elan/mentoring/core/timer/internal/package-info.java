/** The jobs of the timer call, what each has done on this node, and the budget they share. */
@NullMarked
package io.elan.mentoring.core.timer.internal;

import org.jspecify.annotations.NullMarked;
