/**
 * People as the host's HR directory knows them, and {@link io.elan.mentoring.spi.directory.PeopleDirectory}, the port
 * that looks them up.
 */
@NullMarked
package io.elan.mentoring.spi.directory;

import org.jspecify.annotations.NullMarked;
