package io.elan.mentoring.spi.tck.internal;

import static io.elan.mentoring.spi.tck.internal.Edges.EARLIEST;
import static io.elan.mentoring.spi.tck.internal.Edges.FIRST_DAY;
import static io.elan.mentoring.spi.tck.internal.Edges.LAST_DAY;
import static io.elan.mentoring.spi.tck.internal.Edges.LATEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The value rules a {@link ProgramStore} meets: every value the SPI accepts, up to the edges of its rules, is kept
 * exactly, and nothing beyond them can reach the store. The program store kit mounts it as a {@code @Nested} subclass
 * that passes it the kit's store.
 */
public abstract class ProgramStoreValueRules extends PortRules<ProgramStore> {

    /** @param store the kit's hook for the store under test */
    protected ProgramStoreValueRules(Supplier<ProgramStore> store) {
        super(store);
    }

    /** @return the store under test */
    protected final ProgramStore store() {
        return port();
    }

    /** @return a program at the edges: the longest id and name, the most and the longest settings */
    private static Program edgeProgram(TenantId tenant, LocalDate kickOff, LocalDate closing) {
        Map<String, String> settings = new TreeMap<>();
        for (int i = 0; i < Program.MAX_SETTINGS; i++) {
            settings.put(String.format(Locale.ROOT, "%02d", i) + Edges.text(62), Edges.text(4000));
        }
        return Program.builder().tenant(tenant).id(ProgramId.of(Edges.id(Checks.MAX_ID_LENGTH)))
                .name(Edges.text(Program.MAX_NAME_LENGTH)).kickOff(kickOff).closing(closing)
                .zone(Edges.LONGEST_ZONE).locale(Edges.LONG_LANGUAGE).settings(settings).build();
    }

    private static TenantId edgeTenant() {
        return TenantId.of(Edges.id(Checks.MAX_ID_LENGTH));
    }

    @Test
    @DisplayName("the longest texts and identifiers, holding every kind of character the rules let through, come back"
            + " exactly")
    void longestTextsComeBackExactly() {
        TenantId tenant = edgeTenant();
        Program program = store().saveProgram(edgeProgram(tenant, LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 11, 11)));
        ProgramId id = program.id();
        assertThat(store().findProgram(tenant, id)).contains(program);

        Set<String> optOuts = new LinkedHashSet<>();
        for (int i = 0; i < 32; i++) {
            optOuts.add(String.format(Locale.ROOT, "%02d", i) + Edges.text(62));
        }
        Participant mentor = store().saveParticipant(tenant, Participant.builder().program(id)
                .person(PersonId.of(Edges.id(Checks.MAX_ID_LENGTH))).role(Role.MENTOR)
                .preferredChannel(Channel.EMAIL).locale(Edges.LONG_LANGUAGE).zone(Edges.LONGEST_ZONE)
                .enrolledOn(LocalDate.of(2027, 1, 4)).optOuts(optOuts).build());
        assertThat(store().findParticipant(tenant, id, mentor.person())).contains(mentor);

        Pair pair = store().savePair(tenant, Pair.formed(PairId.of(Edges.id(Checks.MAX_ID_LENGTH)), id,
                mentor.person(), PersonId.of(Edges.id(Checks.MAX_ID_LENGTH)), LocalDate.of(2027, 1, 11)));
        Pair ended = store().savePair(tenant, pair.ended(LocalDate.of(2027, 3, 1), Edges.text(Pair.MAX_REASON_LENGTH)));
        assertThat(store().findPair(tenant, id, pair.id())).contains(ended);

        Touchpoint touchpoint = store().saveTouchpoint(tenant, Touchpoint.builder()
                .id(TouchpointId.of(Edges.id(Checks.MAX_ID_LENGTH))).program(id).format(Format.WEBINAR_FOCUS)
                .theme(Edges.line(Touchpoint.MAX_THEME_LENGTH)).start(Instant.parse("2027-02-01T12:00:00Z"))
                .duration(Duration.ofMinutes(45)).audience(Audience.BOTH).build());
        assertThat(store().findTouchpoint(tenant, id, touchpoint.id())).contains(touchpoint);

        HotlineRequest raised = store().saveHotlineRequest(tenant, HotlineRequest.raised(
                HotlineRequestId.of(Edges.id(Checks.MAX_ID_LENGTH)), id, mentor.person(), HotlineTopic.QUESTION,
                Edges.line(200), Edges.text(4000), Instant.parse("2027-02-01T12:00:00Z")));
        HotlineRequest answered = store().saveHotlineRequest(tenant, raised.answered(Edges.text(4000),
                Instant.parse("2027-02-02T12:00:00Z")));
        assertThat(store().findHotlineRequest(tenant, id, raised.id())).contains(answered);

        FollowUpCall call = store().saveFollowUpCall(tenant, FollowUpCall.planned(
                FollowUpCallId.of(Edges.id(Checks.MAX_ID_LENGTH)), id, mentor.person(), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 15)));
        FollowUpCall logged = store().saveFollowUpCall(tenant, call.logged(CallOutcome.REACHED,
                Instant.parse("2027-03-02T12:00:00Z"), Edges.text(2000)));
        assertThat(store().findFollowUpCall(tenant, id, call.id())).contains(logged);
    }

    @Test
    @DisplayName("dates in the years 1 and 9999 come back exactly")
    void firstAndLastDays() {
        TenantId tenant = edgeTenant();
        Program program = store().saveProgram(edgeProgram(tenant, FIRST_DAY, LAST_DAY));
        assertThat(store().findProgram(tenant, program.id())).contains(program);
        Participant mentee = store().saveParticipant(tenant, Participant.builder().program(program.id())
                .person(PersonId.of("mentee")).role(Role.MENTEE).preferredChannel(Channel.EMAIL)
                .locale(Locale.FRENCH).zone(ZoneId.of("UTC")).enrolledOn(FIRST_DAY).build());
        assertThat(store().findParticipant(tenant, program.id(), mentee.person())).contains(mentee);
        Pair pair = store().savePair(tenant, Pair.formed(PairId.of("p"), program.id(), PersonId.of("mentor"),
                mentee.person(), FIRST_DAY));
        Pair ended = store().savePair(tenant, pair.ended(LAST_DAY, "the last day"));
        assertThat(store().findPair(tenant, program.id(), pair.id())).contains(ended);
        FollowUpCall call = store().saveFollowUpCall(tenant, FollowUpCall.planned(FollowUpCallId.of("c"),
                program.id(), mentee.person(), FIRST_DAY, LAST_DAY));
        assertThat(store().findFollowUpCall(tenant, program.id(), call.id())).contains(call);
    }

    @Test
    @DisplayName("the earliest and the latest instants come back exactly, to the nanosecond")
    void earliestAndLatestInstants() {
        TenantId tenant = edgeTenant();
        Program program = store().saveProgram(edgeProgram(tenant, LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 11, 11)));
        ProgramId id = program.id();
        Touchpoint touchpoint = store().saveTouchpoint(tenant, Touchpoint.builder().id(TouchpointId.of("t"))
                .program(id).format(Format.WEBINAR_FOCUS).theme("Le temps long").start(EARLIEST).end(LATEST)
                .audience(Audience.BOTH).build());
        assertThat(store().findTouchpoint(tenant, id, touchpoint.id())).contains(touchpoint);
        HotlineRequest raised = store().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("h"),
                id, PersonId.of("ana"), HotlineTopic.QUESTION, "Une question", "", EARLIEST));
        HotlineRequest closed = store().saveHotlineRequest(tenant, raised.answered("Une réponse", LATEST)
                .closed(LATEST));
        assertThat(store().findHotlineRequest(tenant, id, raised.id())).contains(closed);
        FollowUpCall call = store().saveFollowUpCall(tenant, FollowUpCall.planned(FollowUpCallId.of("c"), id,
                PersonId.of("ana"), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15)));
        FollowUpCall logged = store().saveFollowUpCall(tenant, call.logged(CallOutcome.REACHED, EARLIEST, null));
        assertThat(store().findFollowUpCall(tenant, id, call.id())).contains(logged);
        Attendance attendance = new Attendance(id, touchpoint.id(), PersonId.of("ana"), AttendanceStatus.ATTENDED,
                LATEST);
        store().recordAttendance(tenant, attendance);
        assertThat(store().attendance(tenant, id, touchpoint.id())).containsExactly(attendance);
    }

    @Test
    @DisplayName("a value beyond the rules cannot even be built, so no store ever meets one")
    void beyondTheRulesNothingIsBuilt() {
        TenantId tenant = edgeTenant();
        Program.Builder program = Program.builder().tenant(tenant).id("p").name("P").kickOff(LocalDate.of(2027, 1, 11))
                .closing(LocalDate.of(2027, 11, 11)).zone("UTC");
        assertThatThrownBy(() -> program.name("half \uD83C pair").build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name: must not contain an unpaired surrogate character");
        assertThatThrownBy(() -> program.name("nul\0").build()).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("name: must not contain control characters");
        assertThatThrownBy(() -> program.name(Edges.text(Program.MAX_NAME_LENGTH + 1)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("name: must be at most 200");
        program.name("P");
        assertThatThrownBy(() -> program.closing(LAST_DAY.plusDays(1)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("closing: must be in the years 1 to 9999");
        assertThatThrownBy(() -> program.kickOff(FIRST_DAY.minusDays(1)).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("kickOff: must be in the years 1 to 9999");
        assertThatThrownBy(() -> new Attendance(ProgramId.of("p"), TouchpointId.of("t"), PersonId.of("ana"),
                AttendanceStatus.ATTENDED, LATEST.plusNanos(1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("recordedAt: must be between");
        assertThatThrownBy(() -> HotlineRequest.raised(HotlineRequestId.of("h"), ProgramId.of("p"),
                PersonId.of("ana"), HotlineTopic.QUESTION, "Une question", "bell\u0007", EARLIEST))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("details");
        assertThatThrownBy(() -> HotlineRequest.raised(HotlineRequestId.of("h"), ProgramId.of("p"),
                PersonId.of("ana"), HotlineTopic.QUESTION, "Une question", "", EARLIEST.minusNanos(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("raisedAt: must be between");
        assertThatThrownBy(() -> Participant.builder().program(ProgramId.of("p")).person(PersonId.of("ana"))
                .role(Role.MENTEE).preferredChannel(Channel.EMAIL).locale(new Locale("not a language"))
                .zone(ZoneId.of("UTC")).enrolledOn(LocalDate.of(2027, 1, 4)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("locale: must be a well-formed BCP 47");
    }
}
