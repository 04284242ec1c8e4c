/**
 * The entry point a host embeds: build an {@link io.elan.mentoring.core.Elan} with your ports and a clock, then run
 * each tenant's programs through {@link io.elan.mentoring.core.Elan#tenant(io.elan.mentoring.spi.TenantId)}.
 */
@NullMarked
package io.elan.mentoring.core;

import org.jspecify.annotations.NullMarked;
