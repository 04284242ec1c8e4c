package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.WaveDefinition;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link WaveDefinitionStore} on JDBC: one row of {@code elan_survey_wave} per tenant, program and wave, the definition
 * encoded in one column as {@link Codec} text. A definition is inserted only if the wave's key is free
 * ({@code ON CONFLICT DO NOTHING} on PostgreSQL, {@code INSERT ... WHERE NOT EXISTS} on H2), then the row stored first
 * is read back; two pins racing past the check on H2 meet the primary key, and the loser's fresh transaction reads the
 * winner's. Every call is one transaction, through prepared statements, with the tenant in every query. Thread-safe.
 */
public final class JdbcWaveDefinitionStore implements WaveDefinitionStore {
    /** Attempts of a pin that keeps losing races; the second attempt already sees the winner. */
    private static final int ATTEMPTS = 5;
    private static final String COLUMN = "elan_survey_wave.definition";

    private static final String KEY = "tenant_id = ? AND program_id = ? AND wave = ?";
    private static final String COLUMNS = "tenant_id, program_id, wave, definition";
    private static final String PIN_POSTGRESQL = "INSERT INTO elan_survey_wave (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, program_id, wave) DO NOTHING";
    private static final String PIN_H2 = "INSERT INTO elan_survey_wave (" + COLUMNS + ")"
            + " SELECT ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
            + " WHERE NOT EXISTS (SELECT 1 FROM elan_survey_wave WHERE " + KEY + ")";
    private static final String PINNED = "SELECT definition FROM elan_survey_wave WHERE " + KEY;

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcWaveDefinitionStore(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    @Override
    public WaveDefinition pinIfAbsent(TenantId tenant, ProgramId program, String wave, WaveDefinition candidate) {
        Objects.requireNonNull(candidate, "candidate");
        String tenantId = text(tenant.value(), "tenant");
        String programId = text(program.value(), "program");
        String waveId = text(Checks.id(wave, "wave", 64), "wave");
        String encoded = encode(candidate);
        String what = "pin the definition of wave " + waveId + " of " + programId;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactor.inTransaction(what, c -> {
                    insert(c, tenantId, programId, waveId, encoded);
                    return find(c, tenantId, programId, waveId).orElseThrow(() -> new StoreException("could not "
                            + what + ": the wave's key is taken but no definition is stored under it", true,
                            new IllegalStateException("definition neither stored nor found")));
                });
            } catch (Transactor.DuplicateKeyException race) {
                if (attempt == ATTEMPTS) {
                    throw new StoreException("could not " + what + ": concurrent pins kept conflicting after "
                            + ATTEMPTS + " attempts (retryable)", true, race);
                }
            }
        }
    }

    @Override
    public Optional<WaveDefinition> pinned(TenantId tenant, ProgramId program, String wave) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return Optional.empty();
        }
        return transactor.inTransaction("read the definition of wave " + wave + " of " + program,
                c -> find(c, tenant.value(), program.value(), wave));
    }

    private void insert(Connection c, String tenant, String program, String wave, String encoded)
            throws SQLException {
        boolean postgres = dialect == JdbcDialect.POSTGRESQL;
        Rows.update(c, postgres ? PIN_POSTGRESQL : PIN_H2, ps -> {
            if (postgres) {
                strings(ps, tenant, program, wave, encoded);
            } else {
                strings(ps, tenant, program, wave, encoded, tenant, program, wave);
            }
        });
    }

    private static Optional<WaveDefinition> find(Connection c, String tenant, String program, String wave)
            throws SQLException {
        return Rows.first(c, PINNED, ps -> strings(ps, tenant, program, wave),
                rs -> decode(rs.getString("definition")));
    }

    /** Writes the questionnaire, the dimensions, then each item and each scale, every list preceded by its size. */
    static String encode(WaveDefinition definition) {
        Codec.Writer writer = new Codec.Writer().add(text(definition.questionnaire(), "candidate.questionnaire"));
        writer.add(definition.segments().size());
        definition.segments().forEach(writer::add);
        writer.add(definition.items().size());
        for (WaveDefinition.Item item : definition.items()) {
            writer.add(text(item.id(), "candidate.items[].id")).add(text(item.kind(), "candidate.items[].kind"))
                    .add(text(item.track(), "candidate.items[].track")).add(item.options().size());
            for (String option : item.options()) {
                writer.add(text(option, "candidate.items[].options[]"));
            }
        }
        writer.add(definition.scales().size());
        for (WaveDefinition.Scale scale : definition.scales()) {
            writer.add(text(scale.id(), "candidate.scales[].id")).add(scale.items().size());
            scale.items().forEach(writer::add);
        }
        return writer.encoded();
    }

    /** Reads a definition written by {@link #encode(WaveDefinition)}. */
    static WaveDefinition decode(String encoded) {
        Codec.Reader reader = new Codec.Reader(encoded, COLUMN);
        String questionnaire = reader.next();
        List<String> segments = reader.next(reader.nextCount());
        int itemCount = reader.nextCount();
        List<WaveDefinition.Item> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            String id = reader.next();
            String kind = reader.next();
            String track = reader.next();
            List<String> options = reader.next(reader.nextCount());
            items.add(checked(reader, () -> new WaveDefinition.Item(id, kind, track, options)));
        }
        int scaleCount = reader.nextCount();
        List<WaveDefinition.Scale> scales = new ArrayList<>();
        for (int s = 0; s < scaleCount; s++) {
            String id = reader.next();
            List<String> scaleItems = reader.next(reader.nextCount());
            scales.add(checked(reader, () -> new WaveDefinition.Scale(id, scaleItems)));
        }
        reader.end();
        return checked(reader, () -> new WaveDefinition(questionnaire, items, scales, segments));
    }

    /** A stored value that reads but breaks a rule of its type was damaged after it was written. */
    private static <T> T checked(Codec.Reader reader, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw reader.corrupt(e.getMessage());
        }
    }
}
