package io.elan.mentoring.spi.tck.internal;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an {@link ActivityLog} does with personal data: erasing one person, removing a program's events, removing the
 * oldest events. The person erased is {@link ErasedPerson}. The activity log kit mounts it as a {@code @Nested}
 * subclass that passes it the kit's log.
 */
public abstract class ActivityLogErasureRules extends ErasureRules<ActivityLog> {

    /** @param log the kit's hook for the log under test */
    protected ActivityLogErasureRules(Supplier<ActivityLog> log) {
        super(log, ActivityLog::erase);
    }

    /** @return the log under test */
    protected final ActivityLog log() {
        return port();
    }

    @Override
    public void writeRecords(TenantId tenant) {
        log().append(tenant, events());
    }

    @Override
    public List<?> readRecords(TenantId tenant) {
        return all(tenant, ProgramId.of("program-1"));
    }

    private List<ActivityEvent> all(TenantId tenant, ProgramId program) {
        try (Stream<ActivityEvent> events = log().events(tenant, program, Checks.EARLIEST_INSTANT,
                Checks.LATEST_INSTANT)) {
            return events.toList();
        }
    }

    private static ActivityEvent about(String id, String person, Instant at, Map<String, String> attributes) {
        return ActivityEvent.ofPerson(EventId.of(id), ProgramId.of("program-1"), PersonId.of(person),
                ActivityKind.TOUCHPOINT_ATTENDED, at, "kit").withAttributes(attributes);
    }

    /** Events about the erased person, one whose id is derived from them, one naming them, and some that do not. */
    private static List<ActivityEvent> events() {
        ProgramId program = ProgramId.of("program-1");
        return List.of(
                about("attended-1", ErasedPerson.ID, T0, Map.of()),
                ActivityEvent.ofPair(EventId.of("call/" + ErasedPerson.ID + "/m3"), program,
                        PairId.of("pair-9"), ActivityKind.PAIR_MEETING,
                        T0.plusSeconds(10), "kit"),
                about("attended-2", "bruno-kept", T0.plusSeconds(20), Map.of("note", "avec " + ErasedPerson.NAME)),
                about("attended-3", "bruno-kept", T0.plusSeconds(30), Map.of("note", "seul")),
                meeting(program, "meeting-1", "pair-1", T0.plusSeconds(40)));
    }

    @Test
    @DisplayName("after erasing a person no event is about them or names them; every other event reads as before")
    void erasedEverywhere() {
        TenantId tenant = freshTenant();
        ProgramId program = ProgramId.of("program-1");
        log().append(tenant, events());
        assertThat(log().erase(tenant, ErasedPerson.erasure()))
                .as("erasing must count the two events about the person and the one naming them").isEqualTo(3);
        List<ActivityEvent> after = all(tenant, program);
        ErasedPerson.assertNoTrace("the activity log's events", after);
        assertThat(after).as("the events left after erasing, by instant: the one that named the person redacted, the"
                        + " others as appended")
                .containsExactly(events().get(2).withAttributes(Map.of("note", "avec " + Erasure.REDACTED)),
                        events().get(3), events().get(4));
        assertThat(log().count(tenant, program, Checks.EARLIEST_INSTANT, Checks.LATEST_INSTANT))
                .as("count must agree with the events left after erasing").isEqualTo(3);
    }



    @Test
    @DisplayName("removing a program's events leaves the other programs' events")
    void programRemoved() {
        TenantId tenant = freshTenant();
        ProgramId gone = ProgramId.of("program-1");
        ProgramId kept = ProgramId.of("program-2");
        log().append(tenant, List.of(meeting(gone, "a", "pair-1", T0), meeting(gone, "b", "pair-1", T0),
                meeting(kept, "c", "pair-2", T0)));
        assertThat(log().eraseProgram(tenant, gone)).as("removing a program's events must count them").isEqualTo(2);
        assertThat(all(tenant, gone)).as("a removed program's events").isEmpty();
        assertThat(all(tenant, kept)).as("another program's events").containsExactly(meeting(kept, "c", "pair-2", T0));
    }

    @Test
    @DisplayName("removing old events takes those strictly before the instant, oldest first, at most the limit")
    void oldEventsRemoved() {
        TenantId tenant = freshTenant();
        ProgramId a = ProgramId.of("program-1");
        ProgramId b = ProgramId.of("program-2");
        log().append(tenant, List.of(meeting(a, "a0", "p", T0), meeting(b, "b1", "p", T0.plus(Duration.ofDays(1))),
                meeting(a, "a2", "p", T0.plus(Duration.ofDays(2))),
                meeting(b, "b3", "p", T0.plus(Duration.ofDays(3)))));
        Instant cutoff = T0.plus(Duration.ofDays(3));
        assertThat(log().eraseBefore(tenant, cutoff, 2)).as("a call limited to 2 must remove two events").isEqualTo(2);
        assertThat(all(tenant, a)).extracting(e -> e.id().value()).as("program-1 after the first call: the oldest"
                + " event, a0, went first").containsExactly("a2");
        assertThat(log().eraseBefore(tenant, cutoff, 2)).as("the next call must remove the one left before the"
                + " instant").isEqualTo(1);
        assertThat(log().eraseBefore(tenant, cutoff, 2)).as("a call with nothing left before the instant").isZero();
        assertThat(all(tenant, b)).extracting(e -> e.id().value()).as("an event at the instant itself must stay")
                .containsExactly("b3");
    }
}
