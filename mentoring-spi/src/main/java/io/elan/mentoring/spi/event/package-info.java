/**
 * Domain events: what the engine tells listeners after the store accepted a change.
 */
@NullMarked
package io.elan.mentoring.spi.event;

import org.jspecify.annotations.NullMarked;
