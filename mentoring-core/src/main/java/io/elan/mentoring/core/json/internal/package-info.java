/**
 * The serializers and deserializers behind {@link io.elan.mentoring.core.json.ElanModule}. Not API.
 */
@NullMarked
package io.elan.mentoring.core.json.internal;

import org.jspecify.annotations.NullMarked;
