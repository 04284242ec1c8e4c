/**
 * Runnable samples for host developers: the quick start that builds a program's roster on the in-memory stores.
 */
@NullMarked
package io.elan.mentoring.samples;

import org.jspecify.annotations.NullMarked;
