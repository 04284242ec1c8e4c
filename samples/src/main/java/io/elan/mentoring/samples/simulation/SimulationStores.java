package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.memory.InMemoryActivityLog;
import io.elan.mentoring.core.memory.InMemoryBroadcastLog;
import io.elan.mentoring.core.memory.InMemoryOutbox;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.memory.InMemorySurveyResponseStore;
import io.elan.mentoring.jdbc.JdbcStores;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The storage ports the simulation hands to Élan, as a host would: the embedded H2 database by default, or memory.
 *
 * @param programs programs and everything in them
 * @param activity the activity log
 * @param outbox where messages wait until delivered
 * @param surveyResponses the anonymous survey answers
 * @param broadcasts the published broadcasts and whom each reached
 * @param invitations the survey invitations: who was handed which token, and who answered
 * @param releases the respondents behind every survey figure the anonymity guard released
 * @param waves the definition each survey wave was opened with
 * @param database the H2 stores to close at the end, or {@code null} in memory
 */
record SimulationStores(ProgramStore programs, ActivityLog activity, Outbox outbox,
        SurveyResponseStore surveyResponses, BroadcastLog broadcasts, TokenRegistry invitations, ReleaseLedger releases,
        WaveDefinitionStore waves, @Nullable JdbcStores database) implements AutoCloseable {

    /** The database file name under the store folder; H2 adds {@code .mv.db}. */
    static final String DATABASE = "elan";

    /**
     * @param kind where to keep the data
     * @param folder the folder the H2 database lives in; a database left there by an earlier run is replaced, so
     *     that every run simulates the program from its first day
     * @return the stores
     */
    static SimulationStores open(StoreKind kind, Path folder) {
        if (kind == StoreKind.MEMORY) {
            return new SimulationStores(new InMemoryProgramStore(), new InMemoryActivityLog(), new InMemoryOutbox(),
                    new InMemorySurveyResponseStore(), new InMemoryBroadcastLog(), new InMemoryTokenRegistry(),
                    new InMemoryReleaseLedger(), new InMemoryWaveDefinitionStore(), null);
        }
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve(DATABASE + ".mv.db"));
            Files.deleteIfExists(folder.resolve(DATABASE + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the database folder " + folder, e);
        }
        JdbcStores stores = JdbcStores.embeddedH2(folder.resolve(DATABASE));
        return new SimulationStores(stores.programStore(), stores.activityLog(), stores.outbox(),
                stores.surveyResponseStore(), stores.broadcastLog(), stores.tokenRegistry(), stores.releaseLedger(),
                stores.waveDefinitionStore(), stores);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
