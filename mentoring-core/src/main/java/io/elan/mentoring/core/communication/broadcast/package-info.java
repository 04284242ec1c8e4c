/**
 * Broadcasts to a program's communities, with catch-up digests for those who join later and parity reports that
 * show each community got the same.
 */
@NullMarked
package io.elan.mentoring.core.communication.broadcast;

import org.jspecify.annotations.NullMarked;
