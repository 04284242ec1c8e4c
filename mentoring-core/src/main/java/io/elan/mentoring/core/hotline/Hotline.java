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
 * is assigned, answers, and closes it. The program's definition sets a response target in working days (default
 * two), counted on the engine's {@link WorkingCalendar}; {@link #overdue} lists the requests past it.
 *
 * <p>Each raise is also appended to the activity log as a
 * {@link io.elan.mentoring.spi.activity.ActivityKind#HOTLINE_REQUEST}, with an id derived from the request, so raising
 * the same request again adds nothing. Thread-safe; version conflicts are retried a bounded number of times, then
 * surfaced.
 */
public interface Hotline {

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
     * @param program the program
     * @param id an open or assigned request
     * @param answer the answer, 1 to 4,000 characters
     * @return the stored request, {@code ANSWERED}
     * @throws RefusedOperationException if the request was already answered or closed
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
}
