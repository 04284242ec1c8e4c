package io.elan.mentoring.spi.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The value rules an {@link ActivityLog} meets: every event the SPI accepts, up to the edges of its rules, is kept
 * exactly, and nothing beyond them can reach the log. The activity log kit mounts it as a {@code @Nested} subclass that
 * passes it the kit's log.
 */
public abstract class ActivityLogValueRules extends PortRules<ActivityLog> {

    /** @param log the kit's hook for the log under test */
    protected ActivityLogValueRules(Supplier<ActivityLog> log) {
        super(log);
    }

    /** @return the log under test */
    protected final ActivityLog log() {
        return port();
    }

    private static ActivityEvent edgeEvent(ProgramId program, Instant at) {
        Map<String, String> attributes = new TreeMap<>();
        for (int i = 0; i < ActivityEvent.MAX_ATTRIBUTES; i++) {
            attributes.put(String.format(Locale.ROOT, "%02d", i) + Edges.text(62), Edges.text(1024));
        }
        return new ActivityEvent(EventId.of(Edges.id(Checks.MAX_ID_LENGTH)), program,
                PairId.of(Edges.id(Checks.MAX_ID_LENGTH)), PersonId.of(Edges.id(Checks.MAX_ID_LENGTH)),
                ActivityKind.PAIR_MEETING, at, Edges.text(64), attributes);
    }

    @Test
    @DisplayName("events at the earliest and the latest instants, with the longest identifiers, source and attributes,"
            + " come back exactly")
    void edgeEventsComeBackExactly() {
        TenantId tenant = TenantId.of(Edges.id(Checks.MAX_ID_LENGTH));
        ProgramId program = ProgramId.of(Edges.id(Checks.MAX_ID_LENGTH));
        ActivityEvent earliest = edgeEvent(program, Edges.EARLIEST);
        ActivityEvent latest = edgeEvent(program, Edges.LATEST);

        assertThat(log().append(tenant, List.of(latest, earliest))).isEqualTo(2);

        try (Stream<ActivityEvent> events = log().events(tenant, program, Instant.MIN, Instant.MAX)) {
            assertThat(events.toList()).containsExactly(earliest, latest);
        }
    }

    @Test
    @DisplayName("an event beyond the rules cannot even be built, so no log ever meets one")
    void beyondTheRulesNothingIsBuilt() {
        ProgramId program = ProgramId.of("p");
        assertThatThrownBy(() -> edgeEvent(program, Edges.LATEST.plusNanos(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("occurredAt: must be between");
        assertThatThrownBy(() -> edgeEvent(program, Edges.EARLIEST.minusNanos(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("occurredAt: must be between");
        assertThatThrownBy(() -> ActivityEvent.ofPerson(EventId.of("e"), program, PersonId.of("ana"),
                ActivityKind.PAIR_MEETING, Edges.LATEST, "host \uDC00"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("source: must not contain an unpaired surrogate character");
        assertThatThrownBy(() -> edgeEvent(program, Edges.LATEST).withAttributes(Map.of("k", "nul\0")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("attributes[k]");
    }
}
