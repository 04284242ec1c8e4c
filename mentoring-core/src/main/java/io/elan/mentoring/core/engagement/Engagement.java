package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.PairId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One tenant's engagement: the weekly activity of its programs' pairs and people, assessments over the trailing
 * window with readable reasons, the momentum series, and the nudges and escalations an assessment calls for.
 *
 * <p>The engine feeds it every activity it records, and its timer call ({@link io.elan.mentoring.core.Elan#runDue()})
 * assesses each running program once a week and applies the nudge policy: a host only reads. Each node counts in its
 * own memory what it recorded; the timer call recounts a program from the shared activity log before its weekly
 * assessment, and {@link #recount} does the same on demand, so that a node sees what the others recorded.
 *
 * <h2>Concurrency</h2>
 * Thread-safe. Two nodes applying the nudges of the same assessment queue each message once: its key derives from the
 * finding, the recipient and the program week.
 */
public interface Engagement {

    /** The message kind of nudges and escalations; participants opt out of it. */
    String NUDGE_KIND = "nudge";

    /**
     * Assesses a program today, in its zone, by the engine's clock.
     *
     * @param program the program
     * @return the assessment
     * @throws NotFoundException if this tenant has no such program
     */
    ProgramAssessment assess(ProgramId program);

    /**
     * @param program the program
     * @param asOf the date; program weeks completed before it are read
     * @return the assessment at that date
     * @throws NotFoundException if this tenant has no such program
     */
    ProgramAssessment assess(ProgramId program, LocalDate asOf);

    /** @return one assessment for each running or closing program of the tenant, by program id */
    List<ProgramAssessment> assessAll();

    /**
     * @param program the program
     * @param asOf the date
     * @return one point per program week completed before that date, week 0 first
     * @throws NotFoundException if this tenant has no such program
     */
    List<WeeklyMomentum> momentum(ProgramId program, LocalDate asOf);

    /**
     * Queues the nudges and escalations an assessment calls for, now. The timer call does it once a week; calling it
     * again in the same program week queues nothing twice.
     *
     * @param assessment a recent assessment of one of this tenant's programs
     * @return what was queued and what was held back
     * @throws NotFoundException if the program no longer exists
     * @throws io.elan.mentoring.spi.InvalidValueException naming {@code assessment} if it is another tenant's
     */
    NudgeReport nudge(ProgramAssessment assessment);

    /**
     * The pair an escalation to the program team is about, for a host or a report that lists a pair's history from
     * the outbox. The escalation's text names the pair's members, not its id; its idempotency key identifies it.
     *
     * @param message a message from this tenant's outbox
     * @return the pair, for an escalation ({@value #NUDGE_KIND} to the team) about a pair still in the store; empty
     *     for any other message
     * @throws io.elan.mentoring.spi.InvalidValueException naming {@code message} if it is another tenant's
     */
    Optional<PairId> escalatedPair(OutgoingMessage message);

    /**
     * @param program the program
     * @return a copy of its weekly buckets as this node counts them
     * @throws NotFoundException if this tenant has no such program
     */
    WeeklyActivity weeklyActivity(ProgramId program);

    /**
     * Recounts a program from the activity log: its pairs and participants reloaded, every event replayed. Use it to
     * see what other nodes recorded, or events appended to the log by someone else.
     *
     * @param program the program
     * @throws NotFoundException if this tenant has no such program
     */
    void recount(ProgramId program);

    /**
     * @param program the program
     * @return an estimate of the memory its counters take on this node, in bytes
     * @throws NotFoundException if this tenant has no such program
     */
    long stateBytes(ProgramId program);

    /** @return the windows, ratios, weights and nudge caps the assessments use */
    EngagementSettings settings();
}
