package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.program.PairId;
import java.time.Instant;
import java.util.Objects;

/**
 * A mentor and a mentee were paired.
 *
 * @param tenant the tenant that owns the program
 * @param program the program
 * @param occurredAt when the change was stored, from the engine's clock
 * @param pair the new pair
 * @param mentor the mentor
 * @param mentee the mentee
 */
public record PairFormed(TenantId tenant, ProgramId program, Instant occurredAt, PairId pair, PersonId mentor,
        PersonId mentee) implements DomainEvent {
    /**
     * Checks that the common fields are present.
     *
     * @param tenant the tenant that owns the program
     * @param program the program
     * @param occurredAt when the change was stored, from the engine's clock
     * @param pair the new pair
     * @param mentor the mentor
     * @param mentee the mentee
     */
    public PairFormed {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
