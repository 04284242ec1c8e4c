package io.elan.mentoring.core.survey;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.survey.anonymity.QueryRefusedException;
import io.elan.mentoring.survey.anonymity.RespondentGroup;
import io.elan.mentoring.survey.collection.SubmissionResult;
import io.elan.mentoring.survey.collection.WaveClosedException;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.SurveyReport;
import java.util.List;
import java.util.Map;

/**
 * One tenant's anonymous questionnaires, run by the engine from each program's definition. The engine's timer call
 * ({@link io.elan.mentoring.core.Elan#runDue()}) does the rest: it opens each wave at its window and invites every
 * active mentor and mentee through the outbox (people enrolled while it is open too), reminds those who have not
 * answered at most {@link SurveySettings#reminders()} times, and once the wave closes publishes the responses still
 * held. The host only shows the questionnaire on the page the invitation links to ({@link SurveyLinks}), hands the
 * answers over, and reads the reports.
 *
 * <p>Answers are stored apart from identities and published in shuffled batches (see the survey module's
 * {@code SurveyCollector}); figures leave only through the anonymity guard, which remembers every figure it released
 * in the shared release ledger.
 *
 * <h2>Concurrency</h2>
 * Thread-safe, and safe on several nodes sharing one storage: a person's first invitation to a wave wins, each
 * message goes out once whatever node queued it, and each response is published exactly once.
 */
public interface Surveys {

    /** The message kind of survey invitations; the link in each is the person's own. */
    String INVITATION_KIND = "survey-invitation";

    /** The message kind of survey reminders, sent only to those who have not answered. */
    String REMINDER_KIND = "survey-reminder";

    /**
     * @param program the program
     * @return the waves of its definition, by opening, with their state and counts
     * @throws NotFoundException if this tenant has no such program
     */
    List<SurveyWave> waves(ProgramId program);

    /**
     * @param program the program
     * @param wave the wave's id
     * @param token the token the respondent's link carries
     * @return the items asked of that respondent
     * @throws NotFoundException if there is no such program or wave, or the token was not issued for the wave
     */
    SurveyForm form(ProgramId program, String wave, ResponseToken token);

    /**
     * Takes one respondent's answers. Items left out are unanswered.
     *
     * @param program the program
     * @param wave the wave's id
     * @param token the token the respondent's link carries
     * @param answers the answers by item id; at least one
     * @return {@link SubmissionResult#RECORDED} once the answers are durably held, or
     *     {@link SubmissionResult#ALREADY_RECORDED} if the token was used before (nothing changes)
     * @throws NotFoundException if there is no such program or wave, or the token was not issued for the wave
     * @throws WaveClosedException if the wave is not open
     * @throws InvalidValueException listing every refused answer, each naming its item
     */
    SubmissionResult submit(ProgramId program, String wave, ResponseToken token, Map<String, Answer> answers);

    /**
     * The wave's report, as the anonymity guard releases it. Once the wave has closed, what is still held is published
     * first, so the report counts every response its publication policy lets out.
     *
     * @param program the program
     * @param wave the wave's id
     * @return the report
     * @throws NotFoundException if there is no such program or wave
     * @throws RefusedOperationException if the wave has not opened yet
     */
    SurveyReport report(ProgramId program, String wave);

    /**
     * The wave's report compared with an earlier wave of the same program.
     *
     * @param program the program
     * @param wave the wave's id
     * @param previous the earlier wave's id
     * @return the report, with the changes since the earlier wave where both released a figure
     * @throws NotFoundException if there is no such program or wave
     * @throws RefusedOperationException if either wave has not opened yet
     */
    SurveyReport report(ProgramId program, String wave, String previous);

    /**
     * Figures for one group of respondents, if the guard may release them.
     *
     * @param program the program
     * @param wave the wave's id
     * @param selection the respondents wanted, by segment
     * @return the group's figures
     * @throws NotFoundException if there is no such program or wave
     * @throws QueryRefusedException if releasing them would expose fewer respondents than the threshold
     */
    GroupReport query(ProgramId program, String wave, RespondentGroup selection);
}
