package io.elan.mentoring.spi.event;

/**
 * Receives domain events after the store accepted the change they describe.
 *
 * <p>Contract: called on the thread that made the change, in the order of the changes, once per event. A listener
 * must be quick and thread-safe (changes to different programs run concurrently). An exception thrown by a listener
 * is logged by the engine and never undoes or blocks the change; the other listeners still receive the event.
 */
@FunctionalInterface
public interface DomainEventListener {
    /**
     * @param event the stored change
     */
    void onEvent(DomainEvent event);
}
