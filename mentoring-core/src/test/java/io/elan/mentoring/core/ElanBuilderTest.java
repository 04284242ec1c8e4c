package io.elan.mentoring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Building the engine: every missing port named at once, bad settings refused, the optional validator used. */
class ElanBuilderTest {

    @Test
    @DisplayName("build() names every missing port and the clock in one message")
    void missingPortsAllNamed() {
        assertThatThrownBy(() -> Elan.builder().programStore(new InMemoryProgramStore())
                .activityLog(new InMemoryActivityLog()).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("5 invalid values: outbox: is required; surveyResponses: is required;"
                        + " messageGateway: is required; peopleDirectory: is required; clock: is required");
    }

    @Test
    @DisplayName("cache settings and retry attempts out of range are refused together")
    void settingsOutOfRange() {
        assertThatThrownBy(() -> new EngineFixture(builder -> builder.directoryCache(Duration.ZERO, 0)
                .versionConflictAttempts(0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("directoryCache.timeToLive",
                                "directoryCache.maximumSize", "versionConflictAttempts"));
    }

    @Test
    @DisplayName("with a Jakarta validator, definitions are also checked against their constraint annotations")
    void validatorIsUsed() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            EngineFixture fixture = new EngineFixture(builder -> builder.validator(factory.getValidator()));
            assertThat(fixture.acme().programs().define(EngineFixture.definition().build()).name())
                    .isEqualTo("Mentorat printemps 2027");
            assertThat(factory.getValidator().validate(EngineFixture.definition().build())).isEmpty();
        }
    }
}
