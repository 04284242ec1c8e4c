package io.elan.mentoring.core.timer;

import io.elan.mentoring.core.communication.delivery.DispatchSummary;
import io.elan.mentoring.core.privacy.RetentionSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param retired what it removed or cleared because its retention period was over, every tenant added up
 */
public record DueWorkSummary(Instant at, int tenants, int programs, QueuedMessages queued, int responsesPublished,
        int programsAssessed, Overdue overdue, DispatchSummary delivery, List<DueFailure> failures,
        boolean budgetSpent, RetentionSummary retired) {

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
     * @param retired what it removed or cleared because its retention period was over, every tenant added up
     */
    public DueWorkSummary {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(retired, "retired");
        failures = List.copyOf(failures);
    }

    /** @return whether the call had nothing to do and nothing failed */
    public boolean idle() {
        return queued.total() == 0 && responsesPublished == 0 && programsAssessed == 0 && delivery.idle()
                && failures.isEmpty()
                && retired.total() == 0;
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
                + delivery.lostClaims() + "); retired " + retired.programs() + " closed programs, "
                + retired.messageBodies() + " message bodies, " + retired.activityEvents() + " activity events, "
                + retired.hotlineTexts() + " hotline texts; " + failures.size() + " failed steps"
                + (budgetSpent ? "; budget spent, the rest is left to the next call" : "");
    }

    /**
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this DueWorkSummary's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().at(at).tenants(tenants).programs(programs).queued(queued)
                .responsesPublished(responsesPublished).programsAssessed(programsAssessed).overdue(overdue)
                .delivery(delivery).failures(failures).budgetSpent(budgetSpent).retired(retired);
    }

    /** Builds a {@link DueWorkSummary}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant at;
        private int tenants;
        private int programs;
        private @Nullable QueuedMessages queued;
        private int responsesPublished;
        private int programsAssessed;
        private @Nullable Overdue overdue;
        private @Nullable DispatchSummary delivery;
        private @Nullable List<DueFailure> failures;
        private boolean budgetSpent;
        private RetentionSummary retired = RetentionSummary.NONE;

        private Builder() {}

        /**
         * @param value the instant the call worked at, read once from the engine's clock
         * @return this builder
         */
        public Builder at(Instant value) { at = value; return this; }

        /**
         * @param value how many tenants it served
         * @return this builder
         */
        public Builder tenants(int value) { tenants = value; return this; }

        /**
         * @param value how many running or closing programs it worked on
         * @return this builder
         */
        public Builder programs(int value) { programs = value; return this; }

        /**
         * @param value the messages it wrote into the outbox
         * @return this builder
         */
        public Builder queued(QueuedMessages value) { queued = value; return this; }

        /**
         * @param value survey responses it published once their wave closed
         * @return this builder
         */
        public Builder responsesPublished(int value) { responsesPublished = value; return this; }

        /**
         * @param value programs whose weekly engagement assessment it made
         * @return this builder
         */
        public Builder programsAssessed(int value) { programsAssessed = value; return this; }

        /**
         * @param value what it found overdue
         * @return this builder
         */
        public Builder overdue(Overdue value) { overdue = value; return this; }

        /**
         * @param value what the outbox delivery did, every tenant added up
         * @return this builder
         */
        public Builder delivery(DispatchSummary value) { delivery = value; return this; }

        /**
         * @param value the steps that failed; the next call tries them again
         * @return this builder
         */
        public Builder failures(List<DueFailure> value) { failures = value; return this; }

        /**
         * @param value whether it stopped short of its {@link DueWorkSettings budget}, leaving work to the next call
         * @return this builder
         */
        public Builder budgetSpent(boolean value) { budgetSpent = value; return this; }

        /**
         * @param value what it removed or cleared because its retention period was over, every tenant added up;
         *     nothing unless set
         * @return this builder
         */
        public Builder retired(RetentionSummary value) { retired = value; return this; }

        /**
         * @return the DueWorkSummary
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        public DueWorkSummary build() {
            return new DueWorkSummary(at, tenants, programs, queued, responsesPublished, programsAssessed, overdue,
                    delivery, failures, budgetSpent, retired);
        }
    }
}
