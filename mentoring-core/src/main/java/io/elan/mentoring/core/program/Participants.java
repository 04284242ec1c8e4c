package io.elan.mentoring.core.program;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Enrols people from the host's people directory into a program's mentor or mentee community, and flags those who
 * left the company. People are looked up in bulk through the engine's directory cache: one directory call for all
 * the people not cached yet.
 *
 * <p>A person takes part at most once per program; the same person may be a mentor in one program and a mentee in
 * another. Participants is open while the program is {@code ENROLLING}, {@code READY} or {@code RUNNING}; people who
 * join a running program get their remaining follow-up calls planned at once.
 *
 * <p>Thread-safe: each participant is created with a versioned save, so two callers enrolling the same person store
 * them once.
 */
public interface Participants {

    /**
     * @param program the program
     * @param role the community to join
     * @param people the people, as the directory knows them; repeats are ignored
     * @return who was enrolled, who already took part, and who was not enrolled and why
     * @throws RefusedOperationException if the program is not open for enrolment
     * @throws NotFoundException if there is no such program
     */
    EnrolmentResult enrol(ProgramId program, Role role, Collection<PersonId> people);

    /**
     * @param program the program
     * @return every participant, both communities, by person id
     */
    List<Participant> participants(ProgramId program);

    /**
     * @param program the program
     * @param role a community
     * @return the participants of that community, by person id
     */
    List<Participant> participants(ProgramId program, Role role);

    /**
     * Asks the directory about every active participant and flags those it says left the company as
     * {@link io.elan.mentoring.spi.program.ParticipantStatus#LEFT}, with a
     * {@link io.elan.mentoring.core.event.ParticipantLeft} event; their planned follow-up calls are cancelled. Their
     * pairs are kept for the program team to end or re-match.
     *
     * @param program the program
     * @return who was flagged and who the directory no longer knows
     */
    LeaverCheck flagLeavers(ProgramId program);

    /**
     * Records how a participant wants to be reached, as they chose in the host's product: the channel they prefer,
     * tried first for every message, and the message kinds they opted out of (such as {@code "monthly-message"} or
     * {@code "nudge"}). Setting the same preferences again changes nothing.
     *
     * @param program the program
     * @param person the participant
     * @param preferredChannel the channel tried first
     * @param optOuts the message kinds they do not want
     * @return the participant as stored
     * @throws NotFoundException if there is no such program, or the person does not take part in it
     */
    Participant setPreferences(ProgramId program, PersonId person, Channel preferredChannel, Set<String> optOuts);
}
