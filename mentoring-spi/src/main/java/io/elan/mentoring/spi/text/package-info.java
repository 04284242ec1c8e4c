/**
 * Text that a host, a program manager or a participant reads, written in as many languages as the program needs and
 * read in the reader's language with documented fallbacks.
 */
@NullMarked
package io.elan.mentoring.spi.text;

import org.jspecify.annotations.NullMarked;
