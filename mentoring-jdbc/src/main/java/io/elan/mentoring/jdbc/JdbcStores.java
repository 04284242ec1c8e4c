package io.elan.mentoring.jdbc;

import io.elan.mentoring.jdbc.internal.EmbeddedH2;
import io.elan.mentoring.jdbc.internal.JdbcActivityLog;
import io.elan.mentoring.jdbc.internal.JdbcBroadcastLog;
import io.elan.mentoring.jdbc.internal.JdbcErasureReceipts;
import io.elan.mentoring.jdbc.internal.JdbcOutbox;
import io.elan.mentoring.jdbc.internal.JdbcProgramStore;
import io.elan.mentoring.jdbc.internal.JdbcReleaseLedger;
import io.elan.mentoring.jdbc.internal.JdbcSurveyResponseStore;
import io.elan.mentoring.jdbc.internal.JdbcTokenRegistry;
import io.elan.mentoring.jdbc.internal.JdbcWaveDefinitionStore;
import io.elan.mentoring.jdbc.internal.SchemaMigrator;
import io.elan.mentoring.jdbc.internal.Transactor;
import io.elan.mentoring.spi.ElanException;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.store.Stores;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Élan's storage ports on one relational database: {@link ProgramStore}, {@link ActivityLog},
 * {@link SurveyResponseStore}, {@link TokenRegistry}, {@link ReleaseLedger}, {@link WaveDefinitionStore},
 * {@link Outbox} and {@link BroadcastLog}, all on the same {@link DataSource}. The survey module's wave secrets are
 * deliberately not among them: kept in the same database as the invitations and the responses, they would let one
 * reader of it link every response to its person.
 *
 * <pre>{@code
 * JdbcStores.migrate(dataSource);                       // or let Flyway apply JdbcDialect.scriptLocation()
 * JdbcStores stores = JdbcStores.builder().dataSource(dataSource).build();
 * Elan elan = Elan.builder().stores(stores)...build();   // every port at once
 * }</pre>
 *
 * <h2>How it stores</h2>
 * Every call runs in one transaction of its own, through prepared statements only, with the tenant in every query.
 * Several application nodes may share one database: versions are checked by conditional updates, outbox claims lock
 * rows and skip those another node holds, activity appends are idempotent by event id, the first publication of a
 * broadcast and the first entry of each of its addressees win, and so does a person's first invitation to a wave. A
 * survey token is held once, ever, and a batch of held survey responses is published in one transaction that fails
 * whole if another node published one of them first.
 *
 * <h2>Values</h2>
 * Every value the SPI accepts is stored exactly: its values already keep to what a database can hold (see
 * {@link io.elan.mentoring.spi.validation.Checks}), so these stores accept and refuse the same values as the
 * in-memory ones. Instants are kept to the nanosecond, as BIGINT nanoseconds since the epoch (a PostgreSQL timestamp
 * would keep only microseconds), which holds every instant from {@code 1677-09-21T00:12:43.145224192Z} to
 * {@code 2262-04-11T23:47:16.854775807Z}, the SPI's range; dates are SQL dates, in the years 1 to 9999. Languages are
 * stored as BCP 47 tags and zones by id. Text is stored as given. What reaches a store as a plain argument rather than
 * in a value (an outbox's instants and reasons) is checked here too: text holding a NUL character or an unpaired
 * surrogate (which UTF-8 cannot encode) or an instant out of range is refused with an
 * {@link io.elan.mentoring.spi.InvalidValueException} naming the field, rather than altered. Lists are ordered by
 * identifiers compared as Java compares strings; on PostgreSQL the identifier columns use the {@code "C"} collation for
 * that, which agrees with Java for every character except that characters above U+FFFF sort after U+E000 to U+FFFF
 * instead of before.
 *
 * <h2>Lifecycle</h2>
 * Thread-safe. The data source belongs to the caller, except for {@link #embeddedH2(Path)}, whose pool
 * {@link #close()} closes.
 */
public final class JdbcStores implements Stores, AutoCloseable {
    private final JdbcErasureReceipts erasureReceipts;
    private final DataSource dataSource;
    private final JdbcDialect dialect;
    private final ProgramStore programStore;
    private final ActivityLog activityLog;
    private final SurveyResponseStore surveyResponseStore;
    private final Outbox outbox;
    private final BroadcastLog broadcastLog;
    private final TokenRegistry tokenRegistry;
    private final ReleaseLedger releaseLedger;
    private final WaveDefinitionStore waveDefinitionStore;
    private final @Nullable AutoCloseable owned;

    private JdbcStores(DataSource dataSource, JdbcDialect dialect, @Nullable AutoCloseable owned) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.owned = owned;
        Transactor transactor = new Transactor(dataSource);
        this.programStore = new JdbcProgramStore(transactor, dialect);
        this.activityLog = new JdbcActivityLog(transactor, dialect);
        this.surveyResponseStore = new JdbcSurveyResponseStore(transactor, dialect);
        this.outbox = new JdbcOutbox(transactor, dialect);
        this.broadcastLog = new JdbcBroadcastLog(transactor, dialect);
        this.tokenRegistry = new JdbcTokenRegistry(transactor, dialect);
        this.releaseLedger = new JdbcReleaseLedger(transactor, dialect);
        this.waveDefinitionStore = new JdbcWaveDefinitionStore(transactor, dialect);
        this.erasureReceipts = new JdbcErasureReceipts(transactor, dialect);
    }

    /** @return a builder: a data source is required, the dialect is detected unless set */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens (or creates) an H2 database in a file, with H2's connection pool, and brings its schema up to date. For
     * trying Élan, for samples and for a single application node: H2 must be on the classpath
     * ({@code com.h2database:h2}, an optional dependency of this module). One process owns the file.
     *
     * <p>Every call that returned has written its changes to the file: a process killed at any moment, even with
     * SIGKILL, loses nothing the store acknowledged. The file is not forced to the disk on each commit, so a power cut
     * or an operating system crash may lose the last acknowledged writes; where that matters, use PostgreSQL.
     *
     * @param file the database file, such as {@code data/elan} (H2 adds {@code .mv.db})
     * @return the stores; {@link #close()} closes the database
     * @throws io.elan.mentoring.spi.ElanException if H2 is not on the classpath
     * @throws InvalidValueException if the path holds a {@code ';'}, which H2 would read as a setting
     */
    public static JdbcStores embeddedH2(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Class.forName("org.h2.Driver", false, JdbcStores.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ElanException("the embedded database needs H2 on the classpath: add com.h2database:h2", e);
        }
        EmbeddedH2 h2 = EmbeddedH2.open(file);
        try {
            SchemaMigrator.migrate(h2.dataSource(), JdbcDialect.H2);
            return new JdbcStores(h2.dataSource(), JdbcDialect.H2, h2);
        } catch (RuntimeException | Error e) {
            h2.close();
            throw e;
        }
    }

    /**
     * Brings the schema up to date for hosts that do not run Flyway or Liquibase: applies the dialect's scripts the
     * database does not have yet and records them in {@code elan_schema_history}. Safe to call on every start and
     * from several nodes at once: migrations take turns under a database lock.
     *
     * @param dataSource the database
     * @return how many scripts were applied; 0 when the schema was already up to date
     * @throws io.elan.mentoring.spi.StoreException if the schema cannot be migrated, or an applied script differs
     *     from this version's
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, JdbcDialect.detect(Objects.requireNonNull(dataSource, "dataSource")));
    }

    /**
     * Like {@link #migrate(DataSource)}, for a known dialect.
     *
     * @param dataSource the database
     * @param dialect its dialect
     * @return how many scripts were applied
     */
    public static int migrate(DataSource dataSource, JdbcDialect dialect) {
        return SchemaMigrator.migrate(Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(dialect, "dialect"));
    }

    /** @return programs, participants, pairs, touchpoints, attendance, hotline requests and follow-up calls */
    @Override
    public ProgramStore programStore() {
        return programStore;
    }

    /** @return the activity log */
    @Override
    public ActivityLog activityLog() {
        return activityLog;
    }

    /** @return the anonymous survey responses, and the submissions held sealed until their batch is published */
    @Override
    public SurveyResponseStore surveyResponseStore() {
        return surveyResponseStore;
    }

    /** @return the outbox of messages to send */
    @Override
    public Outbox outbox() {
        return outbox;
    }

    /** @return the published broadcasts and whom each was addressed to, for catch-up digests and parity reports */
    @Override
    public BroadcastLog broadcastLog() {
        return broadcastLog;
    }

    /**
     * @return the survey invitations: which token each person was handed for a wave, and whether it was used; to
     *     give the survey collector and the anonymity guard
     */
    @Override
    public TokenRegistry tokenRegistry() {
        return tokenRegistry;
    }

    /**
     * @return the respondents behind every survey figure already released, so that the anonymity guard's
     *     differencing checks hold across restarts and nodes
     */
    @Override
    public ReleaseLedger releaseLedger() {
        return releaseLedger;
    }

    /**
     * @return the definition each survey wave was opened with, so that the collector and the anonymity guard refuse
     *     a wave id with another definition, on every node and after a restart
     */
    @Override
    public WaveDefinitionStore waveDefinitionStore() {
        return waveDefinitionStore;
    }

    @Override
    public Optional<ErasureReceipts> erasureReceipts() {
        return Optional.of(erasureReceipts);
    }

    /** @return the database's dialect */
    public JdbcDialect dialect() {
        return dialect;
    }

    /** @return the data source every store uses */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the embedded database opened by {@link #embeddedH2(Path)}; does nothing for a caller's data source. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the embedded database", e);
            }
        }
    }

    /** Builds {@link JdbcStores}; {@link #build()} checks the settings. Not thread-safe. */
    public static final class Builder {
        private @Nullable DataSource dataSource;
        private @Nullable JdbcDialect dialect;
        private boolean migrate;

        private Builder() {}

        /**
         * @param value the database, owned by the caller; a pooled data source is strongly advised
         * @return this builder
         */
        public Builder dataSource(DataSource value) { this.dataSource = value; return this; }

        /**
         * @param value the dialect; when not set, it is detected from the database at {@link #build()}
         * @return this builder
         */
        public Builder dialect(JdbcDialect value) { this.dialect = value; return this; }

        /**
         * @param value whether {@link #build()} brings the schema up to date first, as {@link JdbcStores#migrate}
         *     does; off by default, for hosts whose own migration tool applies the scripts
         * @return this builder
         */
        public Builder migrateSchema(boolean value) { this.migrate = value; return this; }

        /**
         * @return the stores
         * @throws InvalidValueException naming {@code dataSource} if it is missing
         */
        public JdbcStores build() {
            DataSource ds = dataSource;
            if (ds == null) {
                throw new InvalidValueException("dataSource", "is required");
            }
            JdbcDialect d = dialect != null ? dialect : JdbcDialect.detect(ds);
            if (migrate) {
                SchemaMigrator.migrate(ds, d);
            }
            return new JdbcStores(ds, d, null);
        }
    }
}
