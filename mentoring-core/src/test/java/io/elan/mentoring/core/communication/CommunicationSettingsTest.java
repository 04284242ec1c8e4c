package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.communication.delivery.QuietHours;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommunicationSettingsTest {

    @Test
    @DisplayName("settings breaking several rules list every violation, each naming its field")
    void everyViolation() {
        assertThatThrownBy(() -> CommunicationSettings.builder()
                .batchSize(0)
                .lease(Duration.ZERO)
                .maxAttempts(0)
                .firstRetryDelay(Duration.ofHours(2))
                .maxRetryDelay(Duration.ofHours(1))
                .jitter(1.5)
                .build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("batchSize", "lease", "maxAttempts", "maxRetryDelay", "jitter"));
    }

    @Test
    @DisplayName("the longest retry delay is at most 30 days, so that no retry, a provider's Retry-After included, is"
            + " put off for longer")
    void longestRetryDelay() {
        assertThatThrownBy(() -> CommunicationSettings.builder().maxRetryDelay(Duration.ofDays(31)).build())
                .hasMessage("maxRetryDelay: must be at most 30 days (was PT744H)");
        assertThat(CommunicationSettings.builder().maxRetryDelay(Duration.ofDays(30)).build().maxRetryDelay())
                .isEqualTo(CommunicationSettings.LONGEST_RETRY_DELAY);
    }

    @Test
    @DisplayName("the defaults are valid, also for Jakarta Validation")
    void defaults() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(CommunicationSettings.defaults())).isEmpty();
        }
        assertThat(CommunicationSettings.defaults().toBuilder().build()).isEqualTo(CommunicationSettings.defaults());
    }

    @Test
    @DisplayName("quiet hours must start and end at different times")
    void quietHours() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, Set.of()))
                .hasMessage("quietHours.end: must differ from start (was 12:00)");
    }

    @Test
    @DisplayName("sending hours name at least one day and end after they start, or at midnight")
    void sendingHours() {
        assertThatThrownBy(() -> new SendingHours(Set.of(), LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("sendingHours.days", "sendingHours.until"))
                .hasMessageContaining("sendingHours.until: must be after from (18:00), or 00:00 for the end of the day"
                        + " (was 09:00)");
        assertThat(new SendingHours(Set.of(DayOfWeek.SATURDAY), LocalTime.of(20, 0), LocalTime.MIDNIGHT)
                .allows(Instant.parse("2026-11-28T22:59:59Z"), ZoneId.of("Europe/Paris"))).isTrue();
    }

    @Test
    @DisplayName("sending hours that quiet hours cover entirely are refused, and the replay delay is 0 to 7 days")
    void sendingHoursAgainstQuietHours() {
        assertThatThrownBy(() -> CommunicationSettings.builder()
                .sendingHours(SendingHours.workingDays(LocalTime.of(22, 0), LocalTime.of(23, 0)))
                .replayDelay(Duration.ofDays(8))
                .build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("replayDelay", "sendingHours", "sendingHours"))
                .hasMessageContaining("sendingHours: must leave some time outside the quiet hours of sms"
                        + " (21:00–08:00) (was 22:00–23:00)");
        assertThatThrownBy(() -> CommunicationSettings.builder().replayDelay(Duration.ofMinutes(-1)).build())
                .hasMessage("replayDelay: must be between 0 and 7 days (was PT-1M)");
    }
}
