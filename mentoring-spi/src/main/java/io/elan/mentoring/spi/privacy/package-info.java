/**
 * Personal data rights at the ports: what a store is told when one person is erased
 * ({@link io.elan.mentoring.spi.privacy.Erasure}) and the receipts that prove an erasure happened without naming whom
 * it concerned ({@link io.elan.mentoring.spi.privacy.ErasureReceipts}).
 */
@NullMarked
package io.elan.mentoring.spi.privacy;

import org.jspecify.annotations.NullMarked;
