package io.elan.mentoring.core.communication.monthly;

import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.broadcast.ParityReport;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.program.Role;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The monthly message to a community (mail ou WhatsApp mensuel d'apport et d'invitation au partage): the team's
 * contribution, a spotlight recognising contributors, and an invitation to share, sent to every active member of the
 * community on the channel that reaches them. A monthly message is a {@link Broadcasts broadcast}: late joiners
 * catch up on it and it has a parity report.
 *
 * <p>The engine's timer call sends the monthly messages of each program's calendar when they come, with the team's
 * words given through {@link MonthlyContributions} or its own; {@link #send} sends one at once. Thread-safe.
 */
public interface MonthlyMessages {

    /** The message kind of monthly messages; participants may opt out of it. */
    String KIND = "monthly-message";

    /**
     * Sends the month's message to the community. Sending the same contribution again sends nothing twice. The team's
     * words identify the month's message: sending it again with another spotlight or share link changes nothing for
     * those already addressed (only members addressed for the first time read the new ones).
     *
     * @param contribution the team's contribution
     * @return who got it in the outbox and who did not and why
     * @throws io.elan.mentoring.spi.NotFoundException if the program does not exist in the tenant
     * @throws io.elan.mentoring.spi.InvalidValueException if the program cannot send, or a different contribution was
     *     already sent to this community for this month
     */
    SendReport send(MonthlyContribution contribution);

    /**
     * @param program the program
     * @param month the month
     * @param community the community
     * @return who got that month's message and who did not and why
     * @throws io.elan.mentoring.spi.NotFoundException if no such message was sent
     */
    ParityReport parity(ProgramId program, YearMonth month, Role community);

    /**
     * @param month the month
     * @param community the community
     * @return the id under which that month's message to that community is broadcast
     */
    static BroadcastId broadcastId(YearMonth month, Role community) {
        return BroadcastId.of(KIND + "-" + community.name().toLowerCase(Locale.ROOT) + "-" + month);
    }
}
