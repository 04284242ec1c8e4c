/**
 * The hotline service behind {@link io.elan.mentoring.core.hotline.Hotline}. Not API.
 */
@NullMarked
package io.elan.mentoring.core.hotline.internal;

import org.jspecify.annotations.NullMarked;
