package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import java.util.Optional;

/**
 * Every storage port in memory, fresh and empty: for tests, samples and a single node that may forget everything at
 * restart. Nothing is shared with another process, so two engines given two {@code InMemoryStores} run two separate
 * worlds; engines on several nodes share a durable storage such as the JDBC store instead.
 *
 * <pre>{@code
 * Elan elan = Elan.builder().stores(new InMemoryStores())...build();
 * }</pre>
 *
 * <p>Thread-safe, as each of its stores is.
 */
public final class InMemoryStores implements Stores {

    private final InMemoryProgramStore programStore = new InMemoryProgramStore();
    private final InMemoryActivityLog activityLog = new InMemoryActivityLog();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryBroadcastLog broadcastLog = new InMemoryBroadcastLog();
    private final InMemorySurveyResponseStore surveyResponseStore = new InMemorySurveyResponseStore();
    private final InMemoryTokenRegistry tokenRegistry = new InMemoryTokenRegistry();
    private final InMemoryReleaseLedger releaseLedger = new InMemoryReleaseLedger();
    private final InMemoryWaveDefinitionStore waveDefinitionStore = new InMemoryWaveDefinitionStore();
    private final InMemoryErasureReceipts erasureReceipts = new InMemoryErasureReceipts();

    /** Creates empty stores. */
    public InMemoryStores() {}

    @Override
    public InMemoryProgramStore programStore() {
        return programStore;
    }

    @Override
    public InMemoryActivityLog activityLog() {
        return activityLog;
    }

    @Override
    public InMemoryOutbox outbox() {
        return outbox;
    }

    @Override
    public InMemoryBroadcastLog broadcastLog() {
        return broadcastLog;
    }

    @Override
    public InMemorySurveyResponseStore surveyResponseStore() {
        return surveyResponseStore;
    }

    @Override
    public InMemoryTokenRegistry tokenRegistry() {
        return tokenRegistry;
    }

    @Override
    public InMemoryReleaseLedger releaseLedger() {
        return releaseLedger;
    }

    @Override
    public InMemoryWaveDefinitionStore waveDefinitionStore() {
        return waveDefinitionStore;
    }

    @Override
    public Optional<ErasureReceipts> erasureReceipts() {
        return Optional.of(erasureReceipts);
    }
}
