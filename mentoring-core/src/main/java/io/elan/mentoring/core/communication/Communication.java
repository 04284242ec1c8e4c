package io.elan.mentoring.core.communication;

import io.elan.mentoring.core.communication.broadcast.Broadcasts;
import io.elan.mentoring.core.communication.delivery.DeadLetters;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.communication.replay.UsefulReplays;

/**
 * One tenant's communication with its programs' communities: monthly messages, broadcasts with catch-up digests and
 * parity reports, useful replays, and the messages the dispatcher gave up on. Everything is written to the outbox
 * first; the engine's timer call ({@link io.elan.mentoring.core.Elan#runDue()}) delivers it, each message inside its
 * recipient's sending hours, and sends the calendar's monthly messages itself when their time comes.
 *
 * <p>Obtained from {@code elan.tenant(tenant).communication()}; immutable and thread-safe.
 */
public interface Communication {

    /** @return monthly community messages */
    MonthlyMessages monthlyMessages();

    /** @return broadcasts, catch-up digests and parity reports */
    Broadcasts broadcasts();

    /** @return useful replays for absentees */
    UsefulReplays replays();

    /** @return the messages the dispatcher gave up on, to list and to put back */
    DeadLetters deadLetters();

    /** @return the texts messages are written with */
    MessageTexts texts();
}
