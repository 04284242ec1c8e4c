/**
 * The contract between Élan and the host: identifiers shared by every port and the exceptions every port may throw.
 *
 * <p>Everything in {@code io.elan.mentoring.spi} and its sub-packages, except packages named {@code internal}, is
 * public API. The module depends on nothing but the JDK, Jakarta Validation and JSpecify.
 */
@NullMarked
package io.elan.mentoring.spi;

import org.jspecify.annotations.NullMarked;
