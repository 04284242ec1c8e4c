/**
 * The engine's shared plumbing: ports and clock, event delivery to listeners, retries on version conflicts and
 * deterministic identifiers. Not API.
 */
@NullMarked
package io.elan.mentoring.core.internal;

import org.jspecify.annotations.NullMarked;
