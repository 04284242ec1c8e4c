package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.activity.ActivityReports;
import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Attendance and pair activity reach the activity log once, however often they are reported. */
class ActivityReportsTest {

    private static final TouchpointId WEBINAR = TouchpointId.of("webinar-feedback");
    private static final PairId PAIR = PairId.of("pair-00001");

    private final EngineFixture fixture = new EngineFixture();
    private final ActivityReports activity = fixture.acme().activity();

    @BeforeEach
    void program() {
        fixture.enrollingProgramWithPairs(2);
        fixture.store.saveTouchpoint(ACME, Touchpoint.builder().id(WEBINAR).program(SPRING)
                .format(Format.WEBINAR_FOCUS).theme("Donner du feedback")
                .start(Instant.parse("2027-02-02T12:00:00Z")).duration(Duration.ofMinutes(45)).build());
    }

    @Test
    @DisplayName("attendance is stored for everyone and each attendee becomes one TOUCHPOINT_ATTENDED event")
    void attendance() {
        int appended = activity.recordAttendance(SPRING, WEBINAR, Map.of(id("mentor-1"), AttendanceStatus.ATTENDED,
                id("mentee-1"), AttendanceStatus.EXCUSED, id("mentee-2"), AttendanceStatus.ATTENDED));
        assertThat(appended).isEqualTo(2);
        assertThat(activity.attendance(SPRING, WEBINAR)).hasSize(3);
        assertThat(fixture.activity()).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(ActivityKind.TOUCHPOINT_ATTENDED);
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2027-02-02T12:00:00Z"));
            assertThat(event.attributes()).containsEntry("touchpoint", "webinar-feedback")
                    .containsEntry("format", "WEBINAR_FOCUS");
        }).extracting(ActivityEvent::person).containsExactlyInAnyOrder(id("mentor-1"), id("mentee-2"));
    }

    @Test
    @DisplayName("recording attendance again replaces it and adds no activity event")
    void attendanceReplay() {
        activity.recordAttendance(SPRING, WEBINAR, Map.of(id("mentor-1"), AttendanceStatus.ATTENDED));
        assertThat(activity.recordAttendance(SPRING, WEBINAR, Map.of(id("mentor-1"), AttendanceStatus.ATTENDED)))
                .isZero();
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
    @DisplayName("pair reports are appended once: a replayed batch adds nothing, a distinct reference adds one")
    void pairActivityIsIdempotent() {
        Instant lunch = Instant.parse("2027-02-03T11:30:00Z");
        List<PairActivity> batch = List.of(PairActivity.meeting(PAIR, lunch), PairActivity.message(PAIR, lunch),
                PairActivity.meeting(PAIR, lunch));
        assertThat(activity.reportPairActivity(SPRING, batch)).isEqualTo(2);
        assertThat(activity.reportPairActivity(SPRING, batch)).isZero();
        assertThat(activity.reportPairActivity(SPRING,
                List.of(new PairActivity(PAIR, ActivityKind.PAIR_MEETING, lunch, "visio-2")))).isEqualTo(1);
        assertThat(fixture.activity()).extracting(ActivityEvent::kind).containsExactlyInAnyOrder(
                ActivityKind.PAIR_MEETING, ActivityKind.PAIR_MESSAGE, ActivityKind.PAIR_MEETING);
    }

    @Test
    @DisplayName("a report names a pair of the program and a pair kind")
    void pairActivityRefusals() {
        assertThatThrownBy(() -> activity.reportPairActivity(SPRING,
                List.of(PairActivity.meeting(PairId.of("pair-99999"), Instant.EPOCH))))
                .hasMessage("pair pair-99999: not found in this tenant");
        assertThatThrownBy(() -> new PairActivity(PAIR, ActivityKind.HOTLINE_REQUEST, Instant.EPOCH, null))
                .hasMessage("kind: must be PAIR_MEETING or PAIR_MESSAGE (was HOTLINE_REQUEST)");
    }
}
