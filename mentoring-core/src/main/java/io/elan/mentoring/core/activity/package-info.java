/**
 * What participants and pairs did: touchpoint attendance and pair activity reports, appended idempotently to the
 * activity log.
 */
@NullMarked
package io.elan.mentoring.core.activity;

import org.jspecify.annotations.NullMarked;
