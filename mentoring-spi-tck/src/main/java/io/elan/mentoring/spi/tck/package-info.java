/**
 * Compatibility kits: one abstract JUnit 5 class per port. A plugin author extends the kit for their port, overrides
 * its factory, and runs it with their tests; every capability of the contract is a {@code @Nested} group whose test
 * names read as sentences of the contract, and QuickTheories properties check that any sequence of operations agrees
 * with a simple model. Every assertion says, when it fails, which rule of the contract the port broke.
 */
@NullMarked
package io.elan.mentoring.spi.tck;

import org.jspecify.annotations.NullMarked;
