package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.jdbc.JdbcStores;
import io.elan.mentoring.spi.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The storage the simulation hands to Élan in one call, as a host would: the embedded H2 database by default, or
 * memory.
 *
 * @param all every storage port
 * @param database the H2 stores to close at the end, or {@code null} in memory
 */
record SimulationStores(Stores all, @Nullable JdbcStores database) implements AutoCloseable {

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
            return new SimulationStores(new InMemoryStores(), null);
        }
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve(DATABASE + ".mv.db"));
            Files.deleteIfExists(folder.resolve(DATABASE + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the database folder " + folder, e);
        }
        JdbcStores stores = JdbcStores.embeddedH2(folder.resolve(DATABASE));
        return new SimulationStores(stores, stores);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
