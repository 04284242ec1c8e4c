package io.elan.mentoring.spi.store;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import java.util.Optional;

/**
 * Every port in which Élan keeps state, from one storage: programs, activity, messages waiting to be sent, broadcasts,
 * and the survey state (invitations, responses, released figures, the definitions waves were opened with, as
 * {@link SurveyStores}). A storage module implements it so that a host gives the engine all its ports in one call;
 * several application nodes that share the state share one storage.
 *
 * <p>Secrets are deliberately not among these ports: the survey wave secrets live in the host's key store, apart from
 * the storage that holds the invitations and the responses (see the survey module's {@code WaveSecrets}).
 *
 * <h2>Concurrency</h2>
 * Each port says what it guarantees; every accessor returns the same port on every call.
 */
public interface Stores extends SurveyStores {

    /** @return programs, participants, pairs, touchpoints, attendance, hotline requests and follow-up calls */
    ProgramStore programStore();

    /** @return the activity log */
    ActivityLog activityLog();

    /** @return the outbox of messages to send */
    Outbox outbox();

    /** @return the published broadcasts and whom each was addressed to */
    BroadcastLog broadcastLog();

    /**
     * @return where the receipts of erasures are kept across restarts; empty unless overridden, and the engine then
     *     keeps them in memory only
     */
    default Optional<ErasureReceipts> erasureReceipts() {
        return Optional.empty();
    }
}
