package io.elan.mentoring.core.communication.replay;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Touchpoint;
import java.util.List;

/**
 * Sends the useful replay of a touchpoint (replay utile) to those who missed it, and only to them: the absentees are
 * the active participants of the touchpoint's audience minus those whose attendance is recorded as attended. The
 * replay carries what the team gave, no more: its one to five key points and its links.
 *
 * <p>The team may give the replay as soon as the touchpoint has ended: it goes out
 * {@link CommunicationSettings#replayDelay()} after the end (2 hours unless set), moved into each absentee's
 * {@link CommunicationSettings#sendingHours() sending hours}; the outbox holds it until then and the timer call
 * delivers it. Sending the same replay again sends nothing twice. Thread-safe.
 */
public interface UsefulReplays {

    /** The message kind of useful replays; participants may opt out of it. */
    String KIND = "replay";

    /**
     * Queues the replay for the touchpoint's absentees, in their language, to go out at the time
     * {@link CommunicationSettings#replayDelay()} and the sending hours give.
     *
     * @param replay the key points and links
     * @return the absentees: whose replay is in the outbox, and who could not be reached and why
     * @throws NotFoundException if the program or the touchpoint does not exist in the tenant
     * @throws InvalidValueException naming {@code touchpoint} if it has not ended yet at the clock's instant, was
     *     cancelled, or is a message nobody attends; naming {@code program} if the program cannot send
     */
    SendReport send(UsefulReplay replay);

    /**
     * @param touchpoint a touchpoint of one of the tenant's programs
     * @return the active participants of its audience whose attendance is not recorded as attended, by person id
     */
    List<Participant> absentees(Touchpoint touchpoint);
}
