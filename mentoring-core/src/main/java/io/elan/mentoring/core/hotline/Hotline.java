package io.elan.mentoring.core.hotline;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import java.time.Instant;
import java.util.List;

/**
 * The hotline of one tenant's programs: a participant raises a question or a difficulty, someone of the program team
 * is assigned, answers, and closes it. The answer is sent to the person who asked, in their language. The program's
 * definition sets a response target in working days (default two), counted in the working days of the program's
 * company calendar (its definition's {@code companyCalendar}: working days, public holidays, blackouts);
 * {@link #overdue} lists the requests past it and {@link #alertOverdue}, called from the host's timer, alerts the
 * program team about each one, once.
 *
 * <p>Each raise is also appended to the activity log as a
 * {@link io.elan.mentoring.spi.activity.ActivityKind#HOTLINE_REQUEST}, with an id derived from the request, so raising
 * the same request again adds nothing. Thread-safe; version conflicts are retried a bounded number of times, then
 * surfaced.
 */
public interface Hotline {

    /** The message kind of the answer sent to the person who asked; participants may opt out of it. */
    String ANSWER_KIND = "hotline-answer";

    /** The message kind of the alerts about overdue requests. */
    String ALERT_KIND = "hotline-alert";

    /**
     * Raises a request. The host names it (its own ticket id, say), which makes a repeated raise harmless: raising an
     * id that exists returns the stored request.
     *
     * @param program a program that is enrolling, ready, running, closing or suspended
     * @param id the request's id, unique in the program
     * @param raisedBy a participant of the program
     * @param topic question or difficulty
     * @param subject a short title, 1 to 200 characters
     * @param details what the participant wrote, at most 4,000 characters
     * @return the stored request, {@code OPEN}
     * @throws RefusedOperationException if the program is a draft or over, or the person does not take part
     */
    HotlineRequest raise(ProgramId program, HotlineRequestId id, PersonId raisedBy, HotlineTopic topic,
            String subject, String details);

    /**
     * @param program the program
     * @param id an open or assigned request
     * @param assignee who of the program team handles it
     * @return the stored request, {@code ASSIGNED}
     * @throws RefusedOperationException if the request was already answered or closed
     * @throws NotFoundException if there is no such request
     */
    HotlineRequest assign(ProgramId program, HotlineRequestId id, PersonId assignee);

    /**
     * Answers a request and sends the answer to the person who raised it: in their language, on the channel that
     * reaches them, inside their sending hours (message kind {@value #ANSWER_KIND}). Answering again with the same
     * answer changes nothing and queues the message if an earlier call could not; an answer that cannot be sent (the
     * person opted out of {@value #ANSWER_KIND} or no channel reaches them) is logged at WARN.
     *
     * @param program the program
     * @param id an open or assigned request, or one answered with the same answer
     * @param answer the answer, 1 to 4,000 characters
     * @return the stored request, {@code ANSWERED} (or {@code CLOSED} if it was closed after the same answer)
     * @throws RefusedOperationException if the request was closed unanswered or answered differently
     */
    HotlineRequest answer(ProgramId program, HotlineRequestId id, String answer);

    /**
     * @param program the program
     * @param id a request, answered or not (a question may be withdrawn)
     * @return the stored request, {@code CLOSED}
     */
    HotlineRequest close(ProgramId program, HotlineRequestId id);

    /**
     * @param program the program
     * @return every request, by raising time then id
     */
    List<HotlineRequest> list(ProgramId program);

    /**
     * @param program the program
     * @param request a request
     * @return when its answer is due
     */
    Instant answerDueBy(ProgramId program, HotlineRequest request);

    /**
     * @param program the program
     * @return the requests still open or assigned after their answer was due, oldest first
     */
    List<OverdueHotlineRequest> overdue(ProgramId program);

    /**
     * Alerts the program team about every request of the tenant's programs (enrolling to closing, or suspended) still
     * unanswered after its response target at {@code now}: the program manager
     * (the program definition's {@code programManager}, else {@link
     * io.elan.mentoring.core.engagement.EngagementSettings#programManager()}) and, if someone else is assigned
     * to it, that person too (message kind {@value #ALERT_KIND}, in each one's language).
     *
     * <p>This is a due job for the host's timer: it is idempotent and safe to call from several nodes at once over a
     * shared store, since each alert's idempotency key is derived from the program, the request and the recipient, so
     * each recipient is alerted once per request however often it is called. An alert is queued only when it can
     * leave at once in the recipient's sending hours: a call at night queues nothing, so that a request answered first
     * thing in the morning raises no stale alert, and the first call inside the hours queues it. The work is one pass
     * over the requests of the tenant's open programs.
     *
     * @param now the instant the timer runs at
     * @return the overdue requests, the alerts about them, and those nobody could be alerted about
     */
    OverdueAlerts alertOverdue(Instant now);
}
