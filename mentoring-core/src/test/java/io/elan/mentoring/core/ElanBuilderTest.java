package io.elan.mentoring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.memory.InMemoryStores;
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
                .hasMessage("11 invalid values: outbox: is required; broadcastLog: is required;"
                        + " surveyResponseStore: is required; tokenRegistry: is required; releaseLedger: is required;"
                        + " waveDefinitionStore: is required; waveSecrets: is required; surveyLinks: is required; messageGateway: is required;"
                        + " peopleDirectory: is required; clock: is required");
    }

    @Test
    @DisplayName("stores(...) gives every storage port, so only the gateway, directory, secrets, links and clock remain")
    void storesGiveEveryStoragePort() {
        assertThatThrownBy(() -> Elan.builder().stores(new InMemoryStores()).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("waveSecrets", "surveyLinks", "messageGateway",
                                "peopleDirectory", "clock"));
    }

    @Test
    @DisplayName("a port given twice, by stores(...) and by its own method, is refused by name")
    void portGivenTwice() {
        InMemoryStores stores = new InMemoryStores();
        assertThatThrownBy(() -> new EngineFixture(builder -> builder.outbox(stores.outbox())
                .broadcastLog(stores.broadcastLog())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("2 invalid values: outbox: is given twice: give each port once, by stores(...) or by its"
                        + " own method; broadcastLog: is given twice: give each port once, by stores(...) or by its"
                        + " own method");
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
