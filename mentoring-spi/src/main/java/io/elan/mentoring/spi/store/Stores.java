package io.elan.mentoring.spi.store;

import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.program.ProgramStore;
import java.util.Optional;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;

/**
 * Every port in which Élan keeps state, from one storage: programs, activity, messages waiting to be sent, broadcasts,
 * and the survey state (invitations, responses, released figures, the definitions waves were opened with). A storage module implements it so that a host
 * gives the engine all its ports in one call; several application nodes that share the state share one storage.
 *
 * <p>Secrets are deliberately not among these ports: the survey wave secrets live in the host's key store, apart from
 * the storage that holds the invitations and the responses (see the survey module's {@code WaveSecrets}).
 *
 * <h2>Concurrency</h2>
 * Each port says what it guarantees; every accessor returns the same port on every call.
 */
public interface Stores {

    /** @return programs, participants, pairs, touchpoints, attendance, hotline requests and follow-up calls */
    ProgramStore programStore();

    /** @return the activity log */
    ActivityLog activityLog();

    /** @return the outbox of messages to send */
    Outbox outbox();

    /** @return the published broadcasts and whom each was addressed to */
    BroadcastLog broadcastLog();

    /** @return the survey responses, held sealed until published in batches */
    SurveyResponseStore surveyResponseStore();

    /** @return the survey invitations: which token each person was handed for a wave, and whether it was used */
    TokenRegistry tokenRegistry();

    /** @return the respondents behind every survey figure already released */
    ReleaseLedger releaseLedger();

    /** @return the definition each survey wave was opened with */
    WaveDefinitionStore waveDefinitionStore();

    /**
     * @return where the receipts of erasures are kept across restarts; empty unless overridden, and the engine then
     *     keeps them in memory only
     */
    default Optional<ErasureReceipts> erasureReceipts() {
        return Optional.empty();
    }
}
