package io.elan.mentoring.core.program;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Participant;
import java.util.List;

/**
 * What checking a program's participants against the people directory found.
 *
 * @param flagged participants newly flagged {@link io.elan.mentoring.spi.program.ParticipantStatus#LEFT}
 * @param unknown active participants the directory no longer knows at all; left as they are for the team to look at
 */
public record LeaverCheck(List<Participant> flagged, List<PersonId> unknown) {

    /**
     * Copies the lists.
     *
     * @param flagged participants newly flagged {@link io.elan.mentoring.spi.program.ParticipantStatus#LEFT}
     * @param unknown active participants the directory no longer knows at all; left as they are for the team to look at
     */
    public LeaverCheck {
        flagged = List.copyOf(flagged);
        unknown = List.copyOf(unknown);
    }
}
