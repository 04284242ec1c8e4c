/**
 * In-memory reference implementations of every storage port and of the people directory: thread-safe, for tests,
 * samples and single-node hosts that do not need durability. Each passes its compatibility kit.
 */
@NullMarked
package io.elan.mentoring.core.memory;

import org.jspecify.annotations.NullMarked;
