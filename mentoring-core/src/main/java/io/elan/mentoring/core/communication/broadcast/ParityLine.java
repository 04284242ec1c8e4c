package io.elan.mentoring.core.communication.broadcast;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One line of a parity report: one member of the audience, whether they got the broadcast, on which channel, and why
 * not when they did not.
 *
 * @param person the participant
 * @param role their community
 * @param status where they stand
 * @param channel the channel their message went on, if one did
 * @param viaCatchUp whether it reached them in a catch-up digest
 * @param reason why they were not reached, or the outbox's last error while in progress; {@code null} when delivered
 */
public record ParityLine(PersonId person, Role role, ParityStatus status, @Nullable Channel channel, boolean viaCatchUp,
        @Nullable String reason) {

    /**
     * Validates that the required fields are present.
     *
     * @param person the participant
     * @param role their community
     * @param status where they stand
     * @param channel the channel their message went on, if one did
     * @param viaCatchUp whether it reached them in a catch-up digest
     * @param reason why they were not reached, or the outbox's last error while in progress; {@code null} when
     *     delivered
     */
    public ParityLine {
        Checks.present(person, "person");
        Checks.present(role, "role");
        Checks.present(status, "status");
    }
}
