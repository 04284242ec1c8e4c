package io.elan.mentoring.spi.tck.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** How the survey kits check that a store refuses a null tenant, program or wave, as every store does. */
public final class SurveyNullArguments {
    private SurveyNullArguments() {}

    /**
     * @param call a call with one null tenant, program or wave
     * @param argument which one, for the failure message
     */
    public static void refused(ThrowingCallable call, String argument) {
        assertThatThrownBy(call).as("a call with a null %s", argument)
                .isInstanceOfAny(NullPointerException.class, InvalidValueException.class);
    }
}
