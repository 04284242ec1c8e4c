package io.elan.mentoring.core.followup;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Individual follow-up calls (appels de suivi) between kick-off and closing. The program's {@link FollowUpPolicy}
 * gives every active mentor and mentee one call per window; the engine plans them when the program starts and when
 * someone joins a running program, skipping windows already over for that person. Each call is due within its
 * window, read in the participant's own zone.
 *
 * <p>Call ids are derived from the person and the window ({@code call/<person>/m<afterMonths>}), so planning again
 * adds nothing. Thread-safe; version conflicts are retried a bounded number of times, then surfaced.
 */
public interface FollowUpCalls {

    /** The message kind of the escalation of a concern raised in a call. */
    String CONCERN_KIND = "follow-up-concern";

    /**
     * Plans the calls every active participant should have and does not have yet; a no-op for calls already planned.
     *
     * @param program a running program
     * @return the calls newly planned
     * @throws RefusedOperationException if the program is not {@code RUNNING}
     */
    List<FollowUpCall> plan(ProgramId program);

    /**
     * Logs what came of a call. A call that took place ({@link CallOutcome#REACHED} or
     * {@link CallOutcome#CONCERN_RAISED}) is also appended to the activity log as a
     * {@link io.elan.mentoring.spi.activity.ActivityKind#CHECKPOINT_CALL}. A call logged {@link CallOutcome#NO_ANSWER}
     * may be logged again after another attempt; logging the same outcome twice changes nothing.
     *
     * <p>A call that raised a concern is escalated at once to the program manager (the program definition's
     * {@code programManager}, else {@link io.elan.mentoring.core.engagement.EngagementSettings#programManager()}): a
     * message of kind
     * {@value #CONCERN_KIND}, in their language and sending hours, naming the person, their pair and the notes. It also
     * becomes an engagement finding
     * ({@link io.elan.mentoring.core.engagement.ReasonCode#CONCERN_RAISED}) that puts the person and their pair at risk
     * until a later call with them goes well or the concern leaves the detection window. Logging it again queues the
     * escalation if an earlier call could not; an escalation that reaches nobody (no program manager, no channel) is
     * logged at WARN.
     *
     * @param program the program
     * @param call the call
     * @param outcome what came of it
     * @param notes notes of the call, at most 2,000 characters
     * @return the stored call
     * @throws RefusedOperationException if the call was cancelled or already logged with another outcome
     * @throws NotFoundException if there is no such call
     */
    FollowUpCall log(ProgramId program, FollowUpCallId call, CallOutcome outcome, @Nullable String notes);

    /**
     * @param program the program
     * @return every call of the program, by due date then id
     */
    List<FollowUpCall> list(ProgramId program);

    /**
     * @param program the program
     * @return the calls still planned after the last day of their window, in each participant's zone today
     */
    List<FollowUpCall> overdue(ProgramId program);
}
