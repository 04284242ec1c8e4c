package io.elan.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Program definitions written in Java: defaults, derived dates and every rule with its message. */
class ProgramDefinitionTest {

    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);

    private static ProgramDefinition.Builder valid() {
        return ProgramDefinition.builder().id("spring-2027").name("Printemps").kickOff(KICK_OFF)
                .zone(ZoneId.of("Europe/Paris"));
    }

    @Test
    @DisplayName("without closing nor duration a program lasts ten months, capacity one, calls at months 2 and 7")
    void defaults() {
        ProgramDefinition definition = valid().build();
        assertThat(definition.closing()).isEqualTo(LocalDate.of(2027, 11, 11));
        assertThat(definition.locale()).isEqualTo(Locale.FRENCH);
        assertThat(definition.mentorCapacity()).isEqualTo(1);
        assertThat(definition.followUp().windows()).containsExactly(new FollowUpWindow(2, 14),
                new FollowUpWindow(7, 14));
        assertThat(definition.hotlineResponseWorkingDays()).isEqualTo(2);
        assertThat(definition.midPoint()).isEqualTo(LocalDate.of(2027, 6, 12));
    }

    @Test
    @DisplayName("a duration sets the closing date and keeps the default calls that fit; a rebuilt definition is equal")
    void duration() {
        ProgramDefinition definition = valid().durationMonths(6).build();
        assertThat(definition.closing()).isEqualTo(LocalDate.of(2027, 7, 11));
        assertThat(definition.followUp().windows()).as("the default month-7 call does not fit in six months")
                .containsExactly(new FollowUpWindow(2, 14));
        assertThat(definition.toBuilder().build()).isEqualTo(definition);
    }

    @Test
    @DisplayName("every broken rule is reported at once, each naming its field and rule")
    void everyViolationAtOnce() {
        assertThatThrownBy(() -> ProgramDefinition.builder().name(" ").kickOff(KICK_OFF)
                .closing(KICK_OFF.minusDays(1)).locale(null).mentorCapacity(0).followUp(null)
                .hotlineResponseWorkingDays(21).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "id: is required",
                                "name: must not be blank",
                                "closing: must be after kickOff (2027-01-11) (was 2027-01-10)",
                                "zone: is required",
                                "locale: is required",
                                "mentorCapacity: must be between 1 and 50 (was 0)",
                                "followUp: is required",
                                "hotlineResponseWorkingDays: must be between 1 and 20 (was 21)"))
                .hasMessageStartingWith("8 invalid values: id: is required; name: must not be blank;");
    }

    @Test
    @DisplayName("closing and duration are not given together; a duration is 1 to 36 months")
    void closingOrDuration() {
        assertThatThrownBy(() -> valid().closing(KICK_OFF.plusMonths(3)).durationMonths(3).build())
                .hasMessage("durationMonths: must not be given together with closing");
        assertThatThrownBy(() -> valid().durationMonths(37).build())
                .hasMessage("durationMonths: must be between 1 and 36 (was 37)");
        assertThatThrownBy(() -> valid().closing(KICK_OFF.plusMonths(37)).build())
                .hasMessage("closing: must be at most 36 months after kickOff (2027-01-11) (was 2030-02-11)");
    }

    @Test
    @DisplayName("without a kick-off only the kick-off is reported, not the closing derived from it")
    void missingKickOff() {
        assertThatThrownBy(() -> valid().kickOff(null).build()).hasMessage("kickOff: is required");
    }

    @Test
    @DisplayName("a name over 200 characters, with control characters or an unpaired surrogate is refused")
    void nameRules() {
        assertThatThrownBy(() -> valid().name("x".repeat(201)).build())
                .hasMessage("name: must be at most 200 characters (was 201 characters)");
        assertThatThrownBy(() -> valid().name("a\u0000b").build())
                .hasMessage("name: must not contain control characters (was U+0000 at index 1)");
        assertThatThrownBy(() -> valid().name("Printemps \uD83D").build())
                .hasMessage("name: must not contain an unpaired surrogate character (was U+D83D at index 10)");
        assertThat(valid().name("Printemps \uD83C\uDF31").build().name()).isEqualTo("Printemps 🌱");
    }

    @Test
    @DisplayName("dates are in the years 1 to 9999, as every store keeps them; a far kick-off is reported, not overflowed")
    void dateRange() {
        assertThatThrownBy(() -> valid().kickOff(LocalDate.of(999_999_999, 1, 1)).build())
                .hasMessage("kickOff: must be in the years 1 to 9999 (was +999999999-01-01)");
        assertThatThrownBy(() -> valid().kickOff(LocalDate.of(999_999_999, 1, 1)).durationMonths(3).build())
                .hasMessage("kickOff: must be in the years 1 to 9999 (was +999999999-01-01)");
        assertThatThrownBy(() -> valid().kickOff(LocalDate.of(0, 12, 1)).closing(LocalDate.of(1, 6, 1)).build())
                .hasMessage("kickOff: must be in the years 1 to 9999 (was 0000-12-01)");
        assertThatThrownBy(() -> valid().kickOff(LocalDate.of(9999, 6, 1)).build())
                .hasMessage("closing: must be in the years 1 to 9999 (was +10000-04-01)");
        ProgramDefinition last = valid().kickOff(LocalDate.of(9999, 1, 4)).closing(LocalDate.of(9999, 12, 31)).build();
        assertThat(last.closing()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(valid().kickOff(LocalDate.of(1, 1, 1)).build().closing()).isEqualTo(LocalDate.of(1, 11, 1));
    }

    @Test
    @DisplayName("a follow-up window given explicitly must open before closing")
    void windowAfterClosing() {
        assertThatThrownBy(() -> valid().durationMonths(6).followUp(FollowUpPolicy.defaults()).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("followUp[1].afterMonths"))
                .hasMessage("followUp[1].afterMonths: must open before closing (2027-07-11), it would open on"
                        + " 2027-08-11 (was 7)");
    }

    @Test
    @DisplayName("follow-up windows report both of their fields and must open in increasing months")
    void windowRules() {
        assertThatThrownBy(() -> new FollowUpWindow(-1, 0))
                .hasMessage("2 invalid values: afterMonths: must be between 0 and 36 (was -1);"
                        + " windowDays: must be between 1 and 92 (was 0)");
        assertThatThrownBy(() -> FollowUpPolicy.of(new FollowUpWindow(3, 10), new FollowUpWindow(3, 10)))
                .hasMessage("windows[1].afterMonths: must be greater than the previous window's (3) (was 3)");
    }
}
