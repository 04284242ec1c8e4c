/**
 * The checks every Élan value runs when it is built, public so that plugin authors validating their own input fail the
 * same way: an {@link io.elan.mentoring.spi.InvalidValueException} whose message names the field and the rule.
 */
@NullMarked
package io.elan.mentoring.spi.validation;

import org.jspecify.annotations.NullMarked;
