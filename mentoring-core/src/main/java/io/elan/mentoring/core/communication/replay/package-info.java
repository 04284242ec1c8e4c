/**
 * Useful replays: at most five key points and links, sent to everyone who missed a session.
 */
@NullMarked
package io.elan.mentoring.core.communication.replay;

import org.jspecify.annotations.NullMarked;
