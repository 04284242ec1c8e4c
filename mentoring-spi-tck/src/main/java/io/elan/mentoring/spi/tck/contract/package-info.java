/**
 * Rules several ports share, written once: each contract is an interface of {@code default} JUnit 5 tests with a few
 * hooks, mounted by a kit as a {@code @Nested} class that implements the hooks for its port.
 */
@NullMarked
package io.elan.mentoring.spi.tck.contract;

import org.jspecify.annotations.NullMarked;
