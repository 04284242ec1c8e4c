package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@link SurveyResponseStore} on JDBC: one row per tenant, program, wave and token, with the segments and answers
 * encoded in two columns. The row holds nothing else: no timestamp, no sequence, nothing that could order responses
 * by arrival. Thread-safe.
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

    private static final String NUMERIC = "N";
    private static final String CHOICES = "C";
    private static final String TEXT = "T";

    private final Transactor transactor;
    private final String insert;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcSurveyResponseStore(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.insert = dialect == JdbcDialect.POSTGRESQL ? INSERT_UNLESS_STORED : INSERT;
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
