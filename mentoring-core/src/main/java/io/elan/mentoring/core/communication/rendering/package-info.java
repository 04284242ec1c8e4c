/**
 * Rendering: the texts messages are written with (Élan's bundles with the host's layered over them) and the renderers
 * that turn a message into an e-mail or plain text.
 */
@NullMarked
package io.elan.mentoring.core.communication.rendering;

import org.jspecify.annotations.NullMarked;
