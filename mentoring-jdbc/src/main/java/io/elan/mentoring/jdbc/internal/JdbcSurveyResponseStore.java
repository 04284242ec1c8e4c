package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@link SurveyResponseStore} on JDBC: one row of {@code elan_survey_response} per tenant, program, wave and token,
 * with the segments and answers encoded in two columns, and one row of {@code elan_survey_held} per held sealed
 * response. The rows hold nothing else: no timestamp, no sequence, nothing that could order responses by arrival.
 * Thread-safe.
 *
 * <h2>Holding and publishing</h2>
 * A sealed response is inserted only where its token is free ({@code ON CONFLICT DO NOTHING} on PostgreSQL; on H2 the
 * primary key refuses the second). A publication is one transaction: it clears the ciphertext of each held row, in
 * token order so that two publications lock rows in the same order and cannot deadlock, each only where it is not
 * cleared yet; if one row was not waiting any more, it rolls back what it cleared and the call answers {@code false}.
 * Otherwise it inserts the responses, one statement each in the order given, and commits. The rows it inserts share
 * the transaction's id (PostgreSQL's {@code xmin}) and take their physical places ({@code ctid}, H2's
 * {@code _ROWID_}) in the order given, which the caller has shuffled. Two publications racing for one row: on
 * PostgreSQL the second waits for the first's row lock, then finds the row cleared; on H2 it may instead fail on the
 * concurrent update, and is tried again, when it finds the row cleared.
 */
public final class JdbcSurveyResponseStore implements SurveyResponseStore {
    private static final String INSERT = "INSERT INTO elan_survey_response"
            + " (tenant_id, program_id, wave, token, segments, answers) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_UNLESS_STORED = INSERT
            + " ON CONFLICT (tenant_id, program_id, wave, token) DO NOTHING";
    private static final String EXISTS = "SELECT 1 FROM elan_survey_response"
            + " WHERE tenant_id = ? AND program_id = ? AND wave = ? AND token = ?";
    private static final String WAVE = " FROM elan_survey_response WHERE tenant_id = ? AND program_id = ? AND wave = ?";
    private static final String SELECT = "SELECT program_id, wave, token, segments, answers" + WAVE + " ORDER BY token";
    private static final String COUNT = "SELECT COUNT(*)" + WAVE;

    private static final String HOLD = "INSERT INTO elan_survey_held"
            + " (tenant_id, program_id, wave, token, batch_group, ciphertext) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String HOLD_UNLESS_HELD =
            HOLD + " ON CONFLICT (tenant_id, program_id, wave, token) DO NOTHING";
    private static final String HELD = "SELECT token, batch_group, ciphertext FROM elan_survey_held"
            + " WHERE tenant_id = ? AND program_id = ? AND wave = ? AND ciphertext IS NOT NULL";
    private static final String HELD_ALL = HELD + " ORDER BY token";
    private static final String HELD_GROUP = HELD + " AND batch_group = ? ORDER BY token";
    private static final String RETIRE = "UPDATE elan_survey_held SET ciphertext = NULL"
            + " WHERE tenant_id = ? AND program_id = ? AND wave = ? AND token = ? AND ciphertext IS NOT NULL";
    /** Attempts of a publication that keeps meeting H2's concurrent update error; each retry sees the winner. */
    private static final int ATTEMPTS = 5;
    /** H2's SQL state for "concurrent update in table": another transaction changed the row first. */
    private static final String H2_CONCURRENT_UPDATE = "90131";

    private static final String NUMERIC = "N";
    private static final String CHOICES = "C";
    private static final String TEXT = "T";

    private final Transactor transactor;
    private final String insert;
    private final String hold;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcSurveyResponseStore(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.insert = dialect == JdbcDialect.POSTGRESQL ? INSERT_UNLESS_STORED : INSERT;
        this.hold = dialect == JdbcDialect.POSTGRESQL ? HOLD_UNLESS_HELD : HOLD;
    }

    @Override
    public boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
        Objects.requireNonNull(response, "response");
        String tenantId = text(tenant.value(), "tenant");
        String program = text(response.program().value(), "program");
        String wave = text(response.wave(), "wave");
        String token = text(response.token().value(), "token");
        String segments = Columns.map(response.segments(), "segments");
        String answers = answers(response.answers());
        try {
            return transactor.inTransaction("save a survey response of " + program + "/" + wave,
                    c -> Rows.update(c, insert, ps -> {
                        strings(ps, tenantId, program, wave, token);
                        ps.setString(5, segments);
                        ps.setString(6, answers);
                    }) == 1);
        } catch (Transactor.DuplicateKeyException e) {
            // The token was used already (H2 reports it as a duplicate key): the stored response stays.
            return false;
        }
    }

    @Override
    public boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return false;
        }
        return transactor.inTransaction("look up a survey token of " + program, c -> Rows.first(c, EXISTS,
                ps -> strings(ps, tenant.value(), program.value(), wave, token.value()), rs -> true).isPresent());
    }

    @Override
    public Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return Stream.empty();
        }
        return Rows.stream(transactor, "read survey responses of " + program, SELECT,
                ps -> strings(ps, tenant.value(), program.value(), wave), JdbcSurveyResponseStore::response);
    }

    @Override
    public long count(TenantId tenant, ProgramId program, String wave) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return 0;
        }
        return transactor.inTransaction("count survey responses of " + program, c -> Rows.first(c, COUNT,
                ps -> strings(ps, tenant.value(), program.value(), wave), rs -> rs.getLong(1)).orElse(0L));
    }

    @Override
    public boolean hold(TenantId tenant, ProgramId program, String wave, SealedResponse sealed) {
        Objects.requireNonNull(sealed, "sealed");
        String tenantId = text(tenant.value(), "tenant");
        String programId = text(program.value(), "program");
        String waveId = text(Checks.id(wave, "wave", 64), "wave");
        String token = text(sealed.token().value(), "sealed.token");
        String group = text(sealed.group(), "sealed.group");
        byte[] ciphertext = sealed.ciphertext();
        try {
            return transactor.inTransaction("hold a sealed survey response of " + programId + "/" + waveId,
                    c -> Rows.update(c, hold, ps -> {
                        strings(ps, tenantId, programId, waveId, token, group);
                        ps.setBytes(6, ciphertext);
                    }) == 1);
        } catch (Transactor.DuplicateKeyException e) {
            // The token was held already (H2 reports it as a duplicate key): what is held stays.
            return false;
        }
    }

    @Override
    public List<SealedResponse> held(TenantId tenant, ProgramId program, String wave) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return List.of();
        }
        return transactor.inTransaction("read the held survey responses of " + program, c -> Rows.list(c, HELD_ALL,
                ps -> strings(ps, tenant.value(), program.value(), wave), JdbcSurveyResponseStore::sealed));
    }

    @Override
    public List<SealedResponse> held(TenantId tenant, ProgramId program, String wave, String group) {
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(group, "group");
        if (!Columns.isStorable(wave) || !Columns.isStorable(group)) {
            return List.of();
        }
        return transactor.inTransaction("read the held survey responses of " + program, c -> Rows.list(c,
                HELD_GROUP, ps -> strings(ps, tenant.value(), program.value(), wave, group),
                JdbcSurveyResponseStore::sealed));
    }

    @Override
    public boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
            List<SurveyResponse> responses) {
        SurveyResponseStore.checkPublication(program, wave, held, responses);
        String tenantId = text(tenant.value(), "tenant");
        String programId = text(program.value(), "program");
        String waveId = text(wave, "wave");
        List<String> tokens = new ArrayList<>();
        for (ResponseToken token : held) {
            tokens.add(text(token.value(), "held[]"));
        }
        tokens.sort(null);
        List<String[]> rows = new ArrayList<>();
        for (SurveyResponse response : responses) {
            rows.add(new String[] {text(response.token().value(), "responses[].token"),
                    Columns.map(response.segments(), "responses[].segments"), answers(response.answers())});
        }
        String what = "publish " + responses.size() + " survey responses of " + programId + "/" + waveId;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactor.inTransaction(what, c -> {
                    for (String token : tokens) {
                        if (Rows.update(c, RETIRE, ps -> strings(ps, tenantId, programId, waveId, token)) != 1) {
                            // Another caller published it first: undo what this call retired, and publish nothing.
                            c.rollback();
                            return false;
                        }
                    }
                    for (String[] row : rows) {
                        Rows.update(c, INSERT, ps -> {
                            strings(ps, tenantId, programId, waveId, row[0]);
                            ps.setString(5, row[1]);
                            ps.setString(6, row[2]);
                        });
                    }
                    return true;
                });
            } catch (Transactor.DuplicateKeyException e) {
                throw new IllegalStateException("a stored survey response of " + programId + "/" + waveId
                        + " already has the token of a published one; nothing was published", e);
            } catch (StoreException e) {
                if (!concurrentUpdate(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** H2 refuses to update a row that a transaction committed after this one began: the row may not wait now. */
    private static boolean concurrentUpdate(StoreException e) {
        return e.getCause() instanceof SQLException sql && H2_CONCURRENT_UPDATE.equals(sql.getSQLState());
    }

    private static SealedResponse sealed(ResultSet rs) throws SQLException {
        return new SealedResponse(ResponseToken.of(rs.getString("token")), rs.getString("batch_group"),
                rs.getBytes("ciphertext"));
    }

    private static SurveyResponse response(ResultSet rs) throws SQLException {
        return new SurveyResponse(ProgramId.of(rs.getString("program_id")), rs.getString("wave"),
                ResponseToken.of(rs.getString("token")),
                Columns.map(rs.getString("segments"), "elan_survey_response.segments"),
                answers(rs.getString("answers")));
    }

    /**
     * Encodes answers by item id: the id, a kind ({@code N}, {@code C} or {@code T}), then the number, the count and
     * the options in order, or the text.
     */
    static String answers(Map<String, Answer> answers) {
        Codec.Writer writer = new Codec.Writer();
        for (Map.Entry<String, Answer> e : new TreeMap<>(answers).entrySet()) {
            String item = text(e.getKey(), "answers key");
            writer.add(item);
            Answer answer = e.getValue();
            if (answer instanceof Answer.Numeric n) {
                writer.add(NUMERIC).add(n.value());
            } else if (answer instanceof Answer.Choices c) {
                writer.add(CHOICES).add(c.options().size());
                for (String option : new TreeSet<>(c.options())) {
                    writer.add(text(option, "answers[" + item + "].options[]"));
                }
            } else if (answer instanceof Answer.Text t) {
                writer.add(TEXT).add(text(t.text(), "answers[" + item + "].text"));
            } else {
                throw new IllegalStateException("an Answer is Numeric, Choices or Text: " + answer.getClass());
            }
        }
        return writer.encoded();
    }

    static Map<String, Answer> answers(String encoded) {
        Codec.Reader reader = new Codec.Reader(encoded, "elan_survey_response.answers");
        Map<String, Answer> answers = new HashMap<>();
        while (reader.hasNext()) {
            String item = reader.next();
            String kind = reader.next();
            Answer answer = switch (kind) {
                case NUMERIC -> new Answer.Numeric(reader.nextInt());
                case CHOICES -> {
                    Set<String> options = new HashSet<>(reader.next(reader.nextCount()));
                    yield new Answer.Choices(options);
                }
                case TEXT -> new Answer.Text(reader.next());
                default -> throw reader.corrupt("unknown answer kind " + kind);
            };
            answers.put(item, answer);
        }
        return answers;
    }
}
