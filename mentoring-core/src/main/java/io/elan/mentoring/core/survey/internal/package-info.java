/** How the engine runs survey waves: their schedule, the collector and guard it wires, and the messages it sends. */
@NullMarked
package io.elan.mentoring.core.survey.internal;

import org.jspecify.annotations.NullMarked;
