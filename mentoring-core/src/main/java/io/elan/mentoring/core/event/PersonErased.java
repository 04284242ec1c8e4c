package io.elan.mentoring.core.event;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.privacy.ErasureReceipt;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who took part in the program was erased. Deliberately names no one: the receipt says when and how much,
 * so that a listener may refresh what it shows of the program (its participants, its pairs) without learning whom.
 *
 * @param tenant the tenant that owns the program
 * @param program a program the person took part in
 * @param occurredAt when the erasure completed, from the engine's clock
 * @param receipt the erasure's receipt
 */
public record PersonErased(TenantId tenant, ProgramId program, Instant occurredAt, ErasureReceipt receipt)
        implements DomainEvent {
    /**
     * Checks that every field is present.
     *
     * @param tenant the tenant that owns the program
     * @param program a program the person took part in
     * @param occurredAt when the erasure completed, from the engine's clock
     * @param receipt the erasure's receipt
     */
    public PersonErased {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receipt, "receipt");
    }
}
