package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.validation.Checks;

/**
 * One invitation a person holds, with where it belongs: what the person's export lists of their survey invitations.
 *
 * @param program the program
 * @param wave the wave id
 * @param invitation the invitation
 */
public record PersonInvitation(ProgramId program, String wave, Invitation invitation) {

    /**
     * Checks that every part is present.
     *
     * @param program the program
     * @param wave the wave id
     * @param invitation the invitation
     */
    public PersonInvitation {
        Checks.present(program, "program");
        Checks.id(wave, "wave", 64);
        Checks.present(invitation, "invitation");
    }
}
