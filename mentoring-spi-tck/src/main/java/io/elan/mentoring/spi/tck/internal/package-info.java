/**
 * Helpers the kits share. Not API.
 */
@NullMarked
package io.elan.mentoring.spi.tck.internal;

import org.jspecify.annotations.NullMarked;
