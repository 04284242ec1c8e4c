package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.core.activity.ActivityOutcome;
import io.elan.mentoring.core.activity.ActivityReceipt;
import io.elan.mentoring.core.activity.ActivityRefusal;
import io.elan.mentoring.core.activity.ActivityReports;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.activity.ReportedActivity;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Attendance and pair activity reach the activity log once, however often they are reported, and the host is told,
 * event by event, what became of each report: nothing is dropped without saying so.
 */
class ActivityReportsTest {

    private static final TouchpointId WEBINAR = TouchpointId.of("webinar-feedback");
    private static final PairId PAIR = PairId.of("pair-00001");
    private static final Instant WEBINAR_START = Instant.parse("2027-02-02T12:00:00Z");

    private final EngineFixture fixture = new EngineFixture();
    private final ActivityReports activity = fixture.acme().activity();

    @BeforeEach
    void program() {
        fixture.enrollingProgramWithPairs(2);
        fixture.store.saveTouchpoint(ACME, Touchpoint.builder().id(WEBINAR).program(SPRING)
                .format(Format.WEBINAR_FOCUS).theme("Donner du feedback")
                .start(WEBINAR_START).duration(Duration.ofMinutes(45)).build());
        // After the webinar and the lunch the tests report: what has happened can be counted.
        fixture.clock.set(Instant.parse("2027-02-10T08:00:00Z"));
    }

    @Test
    @DisplayName("attendance is stored for everyone and each attendee becomes one TOUCHPOINT_ATTENDED event")
    void attendance() {
        ActivityReceipt receipt = activity.recordAttendance(SPRING, WEBINAR, Map.of(id("mentor-1"),
                AttendanceStatus.ATTENDED, id("mentee-1"), AttendanceStatus.EXCUSED, id("mentee-2"),
                AttendanceStatus.ATTENDED));
        assertThat(receipt.appended()).isEqualTo(2);
        assertThat(receipt.events()).extracting(e -> e.event().person())
                .containsExactly(id("mentee-2"), id("mentor-1"));
        assertThat(activity.attendance(SPRING, WEBINAR)).hasSize(3);
        assertThat(fixture.activity()).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(ActivityKind.TOUCHPOINT_ATTENDED);
            assertThat(event.occurredAt()).isEqualTo(WEBINAR_START);
            assertThat(event.attributes()).containsEntry("touchpoint", "webinar-feedback")
                    .containsEntry("format", "WEBINAR_FOCUS");
        }).extracting(ActivityEvent::person).containsExactlyInAnyOrder(id("mentor-1"), id("mentee-2"));
    }

    @Test
    @DisplayName("recording attendance again replaces it and says the event was already there")
    void attendanceReplay() {
        activity.recordAttendance(SPRING, WEBINAR, Map.of(id("mentor-1"), AttendanceStatus.ATTENDED));
        ActivityReceipt again = activity.recordAttendance(SPRING, WEBINAR,
                Map.of(id("mentor-1"), AttendanceStatus.ATTENDED));
        assertThat(again.events()).singleElement().extracting(ReportedActivity::outcome)
                .isEqualTo(ActivityOutcome.DUPLICATE);
        assertThat(fixture.activity()).hasSize(1);
    }

    @Test
    @DisplayName("attendance of strangers or of an unknown touchpoint is refused")
    void attendanceRefusals() {
        assertThatThrownBy(() -> activity.recordAttendance(SPRING, WEBINAR,
                Map.of(id("zoe"), AttendanceStatus.ATTENDED, id("adam"), AttendanceStatus.ATTENDED)))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("touchpoint webinar-feedback: cannot record attendance of people who are not"
                        + " participants: [adam, zoe]");
        assertThatThrownBy(() -> activity.recordAttendance(SPRING, TouchpointId.of("nope"), Map.of()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("touchpoint nope: not found in this tenant");
    }

    @Test
    @DisplayName("pair reports are appended once: a replayed batch is all duplicates, a distinct reference adds one")
    void pairActivityIsIdempotent() {
        Instant lunch = Instant.parse("2027-02-03T11:30:00Z");
        List<PairActivity> batch = List.of(PairActivity.meeting(PAIR, lunch), PairActivity.message(PAIR, lunch),
                PairActivity.meeting(PAIR, lunch));
        assertThat(activity.reportPairActivity(SPRING, batch).events()).extracting(ReportedActivity::outcome)
                .containsExactly(ActivityOutcome.APPENDED, ActivityOutcome.APPENDED, ActivityOutcome.DUPLICATE);
        ActivityReceipt replay = activity.reportPairActivity(SPRING, batch);
        assertThat(replay.duplicates()).isEqualTo(3);
        assertThat(replay.summary()).isEqualTo("3 reported: 0 appended, 3 duplicates, 0 refused");
        assertThat(activity.reportPairActivity(SPRING,
                List.of(new PairActivity(PAIR, ActivityKind.PAIR_MEETING, lunch, "visio-2"))).appended())
                .isEqualTo(1);
        assertThat(fixture.activity()).extracting(ActivityEvent::kind).containsExactlyInAnyOrder(
                ActivityKind.PAIR_MEETING, ActivityKind.PAIR_MESSAGE, ActivityKind.PAIR_MEETING);
    }

    @Test
    @DisplayName("an unknown pair or a date outside the program's weeks is refused for that report only")
    void refusedReportByReport() throws Exception {
        Instant lunch = Instant.parse("2027-02-03T11:30:00Z");
        CapturedLog.Result<ActivityReceipt> reported = CapturedLog.during(() -> activity.reportPairActivity(SPRING,
                List.of(PairActivity.meeting(PairId.of("pair-99999"), lunch),
                        PairActivity.meeting(PAIR, Instant.parse("2027-01-08T12:00:00Z")),
                        PairActivity.message(PAIR, lunch))));

        ActivityReceipt receipt = reported.value();
        assertThat(receipt.events()).extracting(ReportedActivity::outcome, ReportedActivity::refusal).containsExactly(
                tuple(ActivityOutcome.REFUSED, ActivityRefusal.UNKNOWN_PAIR),
                tuple(ActivityOutcome.REFUSED, ActivityRefusal.OUTSIDE_PROGRAM),
                tuple(ActivityOutcome.APPENDED, null));
        assertThat(receipt.refused()).extracting(r -> r.event().pair())
                .containsExactly(PairId.of("pair-99999"), PAIR);
        assertThat(fixture.activity()).singleElement().extracting(ActivityEvent::kind)
                .isEqualTo(ActivityKind.PAIR_MESSAGE);
        assertThat(warnings(reported)).singleElement().asString()
                .contains("Refused activity of program spring-2027 in tenant acme: 3 reported: 1 appended,"
                        + " 0 duplicates, 2 refused (1 unknown pair, 1 outside the program's weeks)");
    }

    /**
     * The getting-started failure: a host on a fixed clock reported sixteen weekly meetings per pair, each report
     * said "1 newly appended", and every pair came out disengaged because the tracker had refused them all as in the
     * future. Now the host is told, report by report, and once in the log.
     */
    @Test
    @DisplayName("meetings dated after the clock are refused as in the future, said once at WARN, and counted later")
    void meetingsDatedAfterTheClock() throws Exception {
        fixture.clock.set(EngineFixture.KICK_OFF.atTime(9, 0).atZone(EngineFixture.PARIS).toInstant());
        fixture.acme().programs().markReady(SPRING);
        fixture.acme().programs().start(SPRING);
        List<PairActivity> sixteenWeeks = new ArrayList<>();
        for (Pair pair : fixture.acme().pairs().list(SPRING)) {
            for (int week = 0; week < 16; week++) {
                sixteenWeeks.add(PairActivity.meeting(pair.id(),
                        EngineFixture.KICK_OFF.plusWeeks(week).plusDays(2).atTime(12, 0)
                                .atZone(EngineFixture.PARIS).toInstant()));
            }
        }

        CapturedLog.Result<ActivityReceipt> early = CapturedLog.during(
                () -> activity.reportPairActivity(SPRING, sixteenWeeks));

        assertThat(early.value().events()).hasSize(32).allSatisfy(e -> assertThat(e.refusal())
                .isEqualTo(ActivityRefusal.DATED_IN_THE_FUTURE));
        assertThat(early.value().appended()).isZero();
        assertThat(warnings(early)).singleElement().asString().contains(
                "32 reported: 0 appended, 0 duplicates, 32 refused (32 dated in the future);"
                        + " the engine's clock reads 2027-01-11T08:00:00Z");
        assertThat(fixture.activity()).isEmpty();

        LocalDate afterSixteenWeeks = EngineFixture.KICK_OFF.plusWeeks(16);
        fixture.clock.set(afterSixteenWeeks.atTime(9, 0).atZone(EngineFixture.PARIS).toInstant());
        CapturedLog.Result<ActivityReceipt> onTime = CapturedLog.during(
                () -> activity.reportPairActivity(SPRING, sixteenWeeks));
        assertThat(onTime.value().appended()).isEqualTo(32);
        assertThat(onTime.value().nothingRefused()).isTrue();
        assertThat(onTime.lines()).isEmpty();
        ProgramAssessment assessment = fixture.acme().engagement().assess(SPRING, afterSixteenWeeks);
        assertThat(assessment.pairs()).hasSize(2)
                .allSatisfy(pair -> assertThat(pair.status()).isEqualTo(EngagementStatus.ENGAGED));
    }

    @Test
    @DisplayName("reports to a program the tenant does not have are refused as a whole")
    void unknownProgram() {
        assertThatThrownBy(() -> activity.reportPairActivity(ProgramId.of("nope"),
                List.of(PairActivity.meeting(PAIR, Instant.parse("2027-02-03T11:30:00Z")))))
                .isInstanceOf(NotFoundException.class).hasMessage("program nope: not found in this tenant");
    }

    @Test
    @DisplayName("a report names a pair kind, and a receipt line has a reason exactly when it is refused")
    void invalidValues() {
        assertThatThrownBy(() -> new PairActivity(PAIR, ActivityKind.HOTLINE_REQUEST, Instant.EPOCH, null))
                .hasMessage("kind: must be PAIR_MEETING or PAIR_MESSAGE (was HOTLINE_REQUEST)");
        ActivityEvent event = ActivityEvent.ofPair(EventId.of("e-1"), SPRING, PAIR, ActivityKind.PAIR_MEETING,
                Instant.EPOCH, "host");
        assertThatThrownBy(() -> new ReportedActivity(event, ActivityOutcome.REFUSED, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("refusal: is required when the outcome is REFUSED");
        assertThatThrownBy(() -> new ReportedActivity(event, ActivityOutcome.APPENDED,
                ActivityRefusal.UNKNOWN_PAIR))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("refusal: must be empty unless the outcome is REFUSED (was UNKNOWN_PAIR)");
    }

    private static List<String> warnings(CapturedLog.Result<?> logged) {
        return logged.lines().stream().filter(line -> line.startsWith("WARN ")).toList();
    }
}
