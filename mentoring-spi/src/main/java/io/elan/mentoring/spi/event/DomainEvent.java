package io.elan.mentoring.spi.event;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.time.Instant;

/**
 * Something that happened to a program and was stored, such as a lifecycle transition or a pair formed. The engine
 * defines the concrete event types (records) in {@code io.elan.mentoring.core}; listeners match on them with
 * {@code instanceof} and ignore the ones they do not know, so new event types never break a listener.
 */
public interface DomainEvent {
    /** @return the tenant that owns the program */
    TenantId tenant();

    /** @return the program the event belongs to */
    ProgramId program();

    /** @return when the change was stored, from the engine's clock */
    Instant occurredAt();
}
