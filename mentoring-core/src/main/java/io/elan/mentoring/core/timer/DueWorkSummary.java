package io.elan.mentoring.core.timer;

import io.elan.mentoring.core.communication.DispatchSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one timer call did, for the host to log and to watch.
 *
 * @param at the instant the call worked at, read once from the engine's clock
 * @param tenants how many tenants it served
 * @param programs how many running or closing programs it worked on
 * @param queued the messages it wrote into the outbox
 * @param responsesPublished survey responses it published once their wave closed
 * @param programsAssessed programs whose weekly engagement assessment it made
 * @param overdue what it found overdue
 * @param delivery what the outbox delivery did, every tenant added up
 * @param failures the steps that failed; the next call tries them again
 * @param budgetSpent whether it stopped short of its {@link DueWorkSettings budget}, leaving work to the next call
 */
public record DueWorkSummary(Instant at, int tenants, int programs, QueuedMessages queued, int responsesPublished,
        int programsAssessed, Overdue overdue, DispatchSummary delivery, List<DueFailure> failures,
        boolean budgetSpent) {

    /**
     * Checks the parts and copies the failures.
     *
     * @param at the instant the call worked at, read once from the engine's clock
     * @param tenants how many tenants it served
     * @param programs how many running or closing programs it worked on
     * @param queued the messages it wrote into the outbox
     * @param responsesPublished survey responses it published once their wave closed
     * @param programsAssessed programs whose weekly engagement assessment it made
     * @param overdue what it found overdue
     * @param delivery what the outbox delivery did, every tenant added up
     * @param failures the steps that failed; the next call tries them again
     * @param budgetSpent whether it stopped short of its {@link DueWorkSettings budget}, leaving work to the next call
     */
    public DueWorkSummary {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(delivery, "delivery");
        failures = List.copyOf(failures);
    }

    /** @return whether the call had nothing to do and nothing failed */
    public boolean idle() {
        return queued.total() == 0 && responsesPublished == 0 && programsAssessed == 0 && delivery.idle()
                && failures.isEmpty();
    }

    /** @return one line for a log: what was written, delivered and found, and how many steps failed */
    @Override
    public String toString() {
        return "due work at " + at + ": " + tenants + " tenants, " + programs + " programs; queued "
                + queued.total() + " (monthly " + queued.monthlyMessages() + ", survey invitations "
                + queued.surveyInvitations() + ", reminders " + queued.surveyReminders() + ", nudges "
                + queued.nudges() + ", alerts " + queued.alerts() + "); published " + responsesPublished
                + " survey responses; assessed " + programsAssessed + " programs; overdue hotline "
                + overdue.hotlineRequests() + ", calls " + overdue.followUpCalls() + "; delivered "
                + delivery.delivered() + " of " + delivery.claimed() + " claimed (retried " + delivery.retried()
                + ", deferred " + delivery.deferred() + ", dead " + delivery.deadLettered() + ", lost claims "
                + delivery.lostClaims() + "); " + failures.size() + " failed steps"
                + (budgetSpent ? "; budget spent, the rest is left to the next call" : "");
    }
}
