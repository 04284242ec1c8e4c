/**
 * A caching view of the host's people directory: bulk look-ups, a bounded time-to-live cache and its statistics.
 */
@NullMarked
package io.elan.mentoring.core.directory;

import org.jspecify.annotations.NullMarked;
