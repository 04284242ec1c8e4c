/**
 * Validation helpers shared by the SPI's values. Not API: may change in any release.
 */
@NullMarked
package io.elan.mentoring.spi.internal;

import org.jspecify.annotations.NullMarked;
