package io.elan.mentoring.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EngagementSettingsTest {

    @Test
    @DisplayName("the defaults watch six weeks against four weeks of baseline and nudge at most every two weeks")
    void defaults() {
        EngagementSettings s = EngagementSettings.defaults();
        assertThat(s.windowWeeks()).isEqualTo(6);
        assertThat(s.baselineWeeks()).isEqualTo(4);
        assertThat(s.nudgeCooldown()).isEqualTo(Duration.ofDays(14));
        assertThat(s.nudgeFrom()).isEqualTo(EngagementStatus.AT_RISK);
        assertThat(s.programManager()).isNull();
        assertThat(s.weights()).isEqualTo(SignalWeights.defaults());
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    @DisplayName("every broken rule is listed at once, each naming its field")
    void listsEveryViolation() {
        assertThatThrownBy(() -> EngagementSettings.builder().windowWeeks(5).rarerExchangesRatio(1.5)
                .nudgeFrom(EngagementStatus.ENGAGED).nudgeCooldown(Duration.ZERO).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("windowWeeks", "rarerExchangesRatio", "nudgeFrom", "nudgeCooldown"));
    }

    @Test
    @DisplayName("weights must be between 0 and 100 and a meeting must count")
    void weights() {
        assertThatThrownBy(() -> new SignalWeights(0, -1, 2, 1, 1, Double.NaN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("weights.pairMessage", "weights.checkpointCall", "weights.pairMeeting"));
    }

    @Test
    @DisplayName("a window of six to eight weeks is accepted, and nothing else")
    void windowOfSixToEightWeeksIsAcceptedAndNothingElse() {
        // 300 draws from 15 values reach every one of them (a miss has odds below one in ten million).
        qt().withExamples(300).forAll(integers().between(-2, 12)).checkAssert(weeks -> {
            boolean valid = weeks >= 6 && weeks <= 8;
            if (valid) {
                assertThat(EngagementSettings.builder().windowWeeks(weeks).build().windowWeeks()).isEqualTo(weeks);
            } else {
                assertThatThrownBy(() -> EngagementSettings.builder().windowWeeks(weeks).build())
                        .isInstanceOf(InvalidValueException.class).hasMessageContaining("windowWeeks");
            }
        });
    }

    @Test
    @DisplayName("Jakarta Validation annotations agree with the constructor on valid settings")
    void annotationsAgree() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(EngagementSettings.defaults())).isEmpty();
            assertThat(validator.validate(SignalWeights.defaults())).isEmpty();
        }
    }
}
