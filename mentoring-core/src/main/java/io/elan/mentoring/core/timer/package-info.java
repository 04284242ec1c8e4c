/**
 * What the host's timer call does: the settings that bound one call of {@link io.elan.mentoring.core.Elan#runDue()}
 * and the summary it returns for the host to log.
 */
@NullMarked
package io.elan.mentoring.core.timer;

import org.jspecify.annotations.NullMarked;
