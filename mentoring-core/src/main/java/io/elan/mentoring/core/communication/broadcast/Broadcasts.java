package io.elan.mentoring.core.communication.broadcast;

import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import java.util.List;

/**
 * Broadcasts to a whole audience, with transparency: every active member of the audience is addressed, members who
 * join later get a catch-up digest of what they missed (the engine sends it when they are enrolled), and a parity
 * report says who got each broadcast and who did not and why.
 *
 * <p>Every call is idempotent: publishing or catching up again sends nothing twice (idempotency keys derive from the
 * tenant, the broadcast and the recipient) and fills any gap a crash left between recording and queueing. Thread-safe.
 */
public interface Broadcasts {

    /** The message kind of catch-up digests; a participant who opts out of it gets none. */
    String CATCH_UP_KIND = "catch-up";

    /** Most broadcasts one catch-up digest holds; more are split over several digests. */
    int BROADCASTS_PER_DIGEST = 15;

    /**
     * Publishes a broadcast to every active member of its audience, on the channel that reaches each, in their
     * language when the team wrote that version (else the program's, else English, else any).
     *
     * @param broadcast the broadcast
     * @return who got a message in the outbox and who did not and why
     * @throws NotFoundException if the program does not exist in the tenant
     * @throws io.elan.mentoring.spi.InvalidValueException if the program is suspended, closed or cancelled, or the id
     *     is already used by a different broadcast
     */
    SendReport publish(Broadcast broadcast);

    /**
     * Sends every active participant of the program a digest of the broadcasts of their audience they were never
     * addressed, having joined after them.
     *
     * @param program the program
     * @return one report per participant who had something to catch up, by person id
     * @throws NotFoundException if the program does not exist in the tenant
     */
    List<SendReport> catchUpAll(ProgramId program);

    /**
     * Sends one participant a digest of the broadcasts of their audience they were never addressed (in chunks of
     * {@value #BROADCASTS_PER_DIGEST}). Broadcasts of a kind they opted out of are left out and reported as such.
     *
     * @param program the program
     * @param person the participant
     * @return the broadcasts newly addressed to them and how; empty if they are not an active participant
     * @throws NotFoundException if the program does not exist in the tenant
     */
    SendReport catchUp(ProgramId program, PersonId person);

    /**
     * Says, for one broadcast, who got it, on which channel, and who did not and why; active members who joined later
     * and were not caught up yet are listed as {@link ParityStatus#NOT_ADDRESSED}.
     *
     * @param program the program
     * @param id the broadcast
     * @return the report
     * @throws NotFoundException if the broadcast is not in the tenant's log
     */
    ParityReport parity(ProgramId program, BroadcastId id);

    /**
     * @param program the program
     * @return the program's broadcasts, by publication instant
     */
    List<PublishedBroadcast> published(ProgramId program);
}
