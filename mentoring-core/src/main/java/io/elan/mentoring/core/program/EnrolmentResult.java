package io.elan.mentoring.core.program;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Participant;
import java.util.List;

/**
 * What one bulk enrolment did with each person asked for; nobody is silently dropped.
 *
 * @param enrolled the participants newly stored
 * @param alreadyEnrolled people who already take part in this program (in either community), left as they were
 * @param inactive people the directory says left the company; not enrolled
 * @param unknown people the directory does not know; not enrolled
 */
public record EnrolmentResult(List<Participant> enrolled, List<PersonId> alreadyEnrolled, List<PersonId> inactive,
        List<PersonId> unknown) {

    /**
     * Copies the lists.
     *
     * @param enrolled the participants newly stored
     * @param alreadyEnrolled people who already take part in this program (in either community), left as they were
     * @param inactive people the directory says left the company; not enrolled
     * @param unknown people the directory does not know; not enrolled
     */
    public EnrolmentResult {
        enrolled = List.copyOf(enrolled);
        alreadyEnrolled = List.copyOf(alreadyEnrolled);
        inactive = List.copyOf(inactive);
        unknown = List.copyOf(unknown);
    }
}
