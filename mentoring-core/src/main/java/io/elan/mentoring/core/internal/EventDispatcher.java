package io.elan.mentoring.core.internal;

import io.elan.mentoring.spi.event.DomainEvent;
import io.elan.mentoring.spi.event.DomainEventListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers domain events to every listener, in order, on the calling thread. A listener that throws is logged and
 * skipped: the change is already stored, and the other listeners must still hear about it. Thread-safe.
 */
public final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final List<DomainEventListener> listeners;

    /**
     * @param listeners the listeners, in delivery order
     */
    public EventDispatcher(List<DomainEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * @param event a change the store accepted
     */
    public void deliver(DomainEvent event) {
        for (DomainEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Listener {} failed on {}; the change stays stored and other listeners still receive it",
                        listener, event, e);
            }
        }
    }

    /**
     * @param events changes the store accepted, in the order they happened
     */
    public void deliverAll(List<? extends DomainEvent> events) {
        events.forEach(this::deliver);
    }
}
