package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A capsule that fills a gap for both communities at once must differ from what each community had just before. The
 * case below is the smallest one a property run found: the mentors have no meeting at all, the mentees have one
 * capsule on the kick-off day, and the capsule inserted for both two weeks later used to be a capsule too.
 */
class SharedGapAlternationTest {
    private static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");
    private static final ProgramWindow WINDOW = ProgramWindow.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1),
            ABIDJAN);

    @Test
    @DisplayName("a gap filler shared by both communities never repeats the format a community just had")
    void sharedGapFillerAlternatesForEachCommunity() {
        RitualRule messages = RitualRule.builder("r0").format(Format.MONTHLY_MESSAGE).audience(Audience.MENTORS)
                .recurrence(Recurrence.monthlyOn(DayOfWeek.TUESDAY, 1)).build();
        RitualRule capsule = RitualRule.builder("r1").format(Format.INSPIRATION_CAPSULE).audience(Audience.MENTEES)
                .at(Placement.atKickOff()).build();
        CompanyCalendar constraints = CompanyCalendar.builder()
                .workingDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY))
                .workingHours(LocalTime.of(7, 0), LocalTime.of(16, 0))
                .holidays(HolidayCalendar.none())
                .maxGapDays(14)
                .shiftPolicy(ShiftPolicy.NEXT_WORKING_DAY)
                .build();

        ProgramCalendar calendar = new CadencePlanner().plan(WINDOW,
                CadencePlan.builder().ritual(messages, capsule).build(), constraints);

        List<PlannedTouchpoint> mentees = calendar.collectiveMeetingsOf(Role.MENTEE);
        assertThat(mentees.get(0).key()).isEqualTo("r1");
        assertThat(mentees.get(1).start().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        for (Role role : Role.values()) {
            List<PlannedTouchpoint> meetings = calendar.collectiveMeetingsOf(role);
            for (int i = 1; i < meetings.size(); i++) {
                assertThat(meetings.get(i).format())
                        .as("%s then %s for %s", meetings.get(i - 1).key(), meetings.get(i).key(), role)
                        .isNotEqualTo(meetings.get(i - 1).format());
            }
        }
        assertThat(calendar.unfilledGaps()).isEmpty();
    }
}
