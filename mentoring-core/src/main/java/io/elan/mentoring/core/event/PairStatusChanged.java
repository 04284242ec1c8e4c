package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pair was paused, resumed or ended.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param pair the pair
 * @param from the status before
 * @param to the status after
 * @param reason why it ended; present when it ended
 */
public record PairStatusChanged(TenantId tenant, ProgramId program, Instant occurredAt, PairId pair, PairStatus from,
        PairStatus to, @Nullable String reason) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param pair the pair
     * @param from the status before
     * @param to the status after
     * @param reason why it ended; present when it ended
     */
    public PairStatusChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
