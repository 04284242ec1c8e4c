package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step in a pair's history: a finding raised or resolved, a nudge sent to its members, an escalation to the
 * programme team.
 *
 * @param date the day it happened, in the program's zone
 * @param kind what happened
 * @param findingCode the finding concerned, for {@link Kind#FLAGGED} and {@link Kind#RESOLVED}; {@code null} otherwise
 * @param who the people concerned, by name: the member a finding is about, the members nudged, the person an
 *     escalation went to; empty when a finding is about the whole pair
 * @param detail the finding's sentence for {@link Kind#FLAGGED} and {@link Kind#RESOLVED}, the message's subject
 *     otherwise
 */
public record PairEvent(LocalDate date, Kind kind, @Nullable String findingCode, List<String> who, String detail) {

    /** What happened to the pair. */
    public enum Kind {
        /** A finding was raised. */
        FLAGGED,
        /** Its members were nudged. */
        NUDGED,
        /** The programme team was alerted. */
        ESCALATED,
        /** A finding is no longer raised. */
        RESOLVED
    }

    /**
     * Validates every field and copies the names.
     *
     * @param date the day it happened, in the program's zone
     * @param kind what happened
     * @param findingCode the finding concerned, for {@link Kind#FLAGGED} and {@link Kind#RESOLVED}; {@code null}
     *     otherwise
     * @param who the people concerned, by name: the member a finding is about, the members nudged, the person an
     *         escalation went to; empty when a finding is about the whole pair
     * @param detail the finding's sentence for {@link Kind#FLAGGED} and {@link Kind#RESOLVED}, the message's subject
     *         otherwise
     */
    public PairEvent {
        Checks.present(date, "date");
        Checks.present(kind, "kind");
        who = List.copyOf(Checks.present(who, "who"));
        Checks.present(detail, "detail");
        if ((kind == Kind.FLAGGED || kind == Kind.RESOLVED) && findingCode == null) {
            throw new io.elan.mentoring.spi.InvalidValueException("findingCode", "is required for " + kind);
        }
    }
}
