package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One message the engine queued for someone, and what became of it.
 *
 * @param at when it was delivered or given up on, or when it is due while it waits; in the program's zone
 * @param delivery where it stands
 * @param kind its kind as the engine names it, such as {@code monthly-message}, {@code replay} or {@code nudge}
 * @param channel the channel's name, such as {@code email}
 * @param recipient who it is for, by name
 * @param recipientZone the recipient's own zone, which sending hours are counted in
 * @param subject its title
 */
public record MessageRecord(ZonedDateTime at, Delivery delivery, String kind, String channel, String recipient,
        ZoneId recipientZone, String subject) {

    /** Where a message stands. */
    public enum Delivery {
        /** Delivered. */
        SENT,
        /** Waiting for its time or for a retry. */
        WAITING,
        /** Given up on after its retries. */
        GIVEN_UP
    }

    /**
     * Validates every field.
     *
     * @param at when it was delivered or given up on, or when it is due while it waits; in the program's zone
     * @param delivery where it stands
     * @param kind its kind as the engine names it, such as {@code monthly-message}, {@code replay} or {@code nudge}
     * @param channel the channel's name, such as {@code email}
     * @param recipient who it is for, by name
     * @param recipientZone the recipient's own zone, which sending hours are counted in
     * @param subject its title
     */
    public MessageRecord {
        Checks.present(at, "at");
        Checks.present(delivery, "delivery");
        Checks.present(kind, "kind");
        Checks.present(channel, "channel");
        Checks.present(recipient, "recipient");
        Checks.present(recipientZone, "recipientZone");
        Checks.present(subject, "subject");
    }
}
