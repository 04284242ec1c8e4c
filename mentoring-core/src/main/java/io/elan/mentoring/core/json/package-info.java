/**
 * Élan's Jackson module: register {@link io.elan.mentoring.core.json.ElanModule} on your own {@code ObjectMapper} to
 * read and write program definitions as JSON.
 */
@NullMarked
package io.elan.mentoring.core.json;

import org.jspecify.annotations.NullMarked;
