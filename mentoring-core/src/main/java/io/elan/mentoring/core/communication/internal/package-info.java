/**
 * Implementation details of communication: idempotency keys, locale fallback, retry schedule and recipient
 * addressing. Not API.
 */
@NullMarked
package io.elan.mentoring.core.communication.internal;

import org.jspecify.annotations.NullMarked;
