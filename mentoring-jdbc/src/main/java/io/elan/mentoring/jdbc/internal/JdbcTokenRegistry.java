package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.PersonInvitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TokenRegistry} on JDBC: one row of {@code elan_survey_invitation} per tenant, program, wave and person, with a
 * unique key on the token within the wave. The row holds no time and no sequence. Every call is one transaction,
 * through prepared statements, with the tenant in every query.
 *
 * <h2>First invitation wins, on every node</h2>
 * An invitation is inserted only if the person's key is free ({@code ON CONFLICT DO NOTHING} on PostgreSQL,
 * {@code INSERT ... WHERE NOT EXISTS} on H2), then the row stored first is read back when it was not. Two invitations
 * racing past the check meet a unique key: the loser's transaction rolls back, and a fresh one reads the person's
 * invitation, or finds the token held by another person, which is refused. Marking answered is one conditional
 * update, idempotent by nature. Thread-safe.
 */
public final class JdbcTokenRegistry implements TokenRegistry {
    /** Attempts of an invitation that keeps losing races; the second attempt already sees the winner. */
    private static final int ATTEMPTS = 5;

    private static final String COLUMNS = "tenant_id, program_id, wave, person_id, token, segments, answered";
    private static final String WAVE = "tenant_id = ? AND program_id = ? AND wave = ?";
    private static final String ISSUE_POSTGRESQL = "INSERT INTO elan_survey_invitation (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, program_id, wave, person_id) DO NOTHING";
    private static final String ISSUE_H2 = "INSERT INTO elan_survey_invitation (" + COLUMNS + ")"
            + " SELECT ?, ?, ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
            + " WHERE NOT EXISTS (SELECT 1 FROM elan_survey_invitation WHERE " + WAVE + " AND person_id = ?)";
    private static final String SELECT = "SELECT person_id, token, segments, answered FROM elan_survey_invitation"
            + " WHERE " + WAVE;
    private static final String BY_PERSON = SELECT + " AND person_id = ?";
    private static final String BY_TOKEN = SELECT + " AND token = ?";
    private static final String ALL = SELECT + " ORDER BY person_id";
    private static final String MARK_ANSWERED = "UPDATE elan_survey_invitation SET answered = TRUE"
            + " WHERE " + WAVE + " AND token = ? AND answered = FALSE";

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcTokenRegistry(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    @Override
    public Invitation issueIfAbsent(TenantId tenant, ProgramId program, String wave, Invitation candidate) {
        Objects.requireNonNull(candidate, "candidate");
        String tenantId = text(tenant.value(), "tenant");
        String programId = text(program.value(), "program");
        String waveId = text(Checks.id(wave, "wave", 64), "wave");
        String person = text(candidate.person().value(), "candidate.person");
        String token = text(candidate.token().value(), "candidate.token");
        String segments = Columns.map(candidate.segments(), "candidate.segments");
        String what = "invite a person to wave " + waveId + " of " + programId;
        for (int attempt = 1; ; attempt++) {
            try {
                return transactor.inTransaction(what, c -> {
                    if (insert(c, tenantId, programId, waveId, person, token, segments, candidate.answered()) == 1) {
                        return candidate;
                    }
                    return find(c, BY_PERSON, tenantId, programId, waveId, person).orElseThrow(() ->
                            new StoreException("could not " + what + ": the person's key is taken but no invitation"
                                    + " is stored under it", true, new IllegalStateException("invitation neither"
                                            + " stored nor found")));
                });
            } catch (Transactor.DuplicateKeyException conflict) {
                Optional<Invitation> winner = transactor.inTransaction(what, c -> {
                    Optional<Invitation> first = find(c, BY_PERSON, tenantId, programId, waveId, person);
                    if (first.isEmpty() && find(c, BY_TOKEN, tenantId, programId, waveId, token).isPresent()) {
                        throw new IllegalStateException("token already issued to another person of the wave");
                    }
                    return first;
                });
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (attempt == ATTEMPTS) {
                    throw new StoreException("could not " + what + ": concurrent invitations kept conflicting"
                            + " after " + ATTEMPTS + " attempts (retryable)", true, conflict);
                }
            }
        }
    }

    private int insert(Connection c, String tenant, String program, String wave, String person, String token,
            String segments, boolean answered) throws SQLException {
        boolean postgres = dialect == JdbcDialect.POSTGRESQL;
        return Rows.update(c, postgres ? ISSUE_POSTGRESQL : ISSUE_H2, ps -> {
            strings(ps, tenant, program, wave, person, token, segments);
            ps.setBoolean(7, answered);
            if (!postgres) {
                ps.setString(8, tenant);
                ps.setString(9, program);
                ps.setString(10, wave);
                ps.setString(11, person);
            }
        });
    }

    @Override
    public Optional<Invitation> byToken(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return Optional.empty();
        }
        return transactor.inTransaction("look up an invitation of " + program, c -> find(c, BY_TOKEN, tenant.value(),
                program.value(), wave, token.value()));
    }

    @Override
    public void markAnswered(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return;
        }
        transactor.inTransaction("mark an invitation of " + program + " answered", c -> Rows.update(c, MARK_ANSWERED,
                ps -> strings(ps, tenant.value(), program.value(), wave, token.value())));
    }

    @Override
    public List<Invitation> invitations(TenantId tenant, ProgramId program, String wave) {
        Objects.requireNonNull(wave, "wave");
        if (!Columns.isStorable(wave)) {
            return List.of();
        }
        return transactor.inTransaction("read the invitations of " + program, c -> Rows.list(c, ALL,
                ps -> strings(ps, tenant.value(), program.value(), wave), JdbcTokenRegistry::invitation));
    }

    private static Optional<Invitation> find(Connection c, String sql, String tenant, String program, String wave,
            String key) throws SQLException {
        return Rows.first(c, sql, ps -> strings(ps, tenant, program, wave, key), JdbcTokenRegistry::invitation);
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(PersonId.of(rs.getString("person_id")), ResponseToken.of(rs.getString("token")),
                Columns.map(rs.getString("segments"), "elan_survey_invitation.segments"), rs.getBoolean("answered"));
    }

    @Override
    public List<PersonInvitation> invitationsOf(TenantId tenant, PersonId person) {
        return transactor.inTransaction("list a person's invitations", c -> Rows.list(c,
                "SELECT program_id, wave, person_id, token, segments, answered FROM elan_survey_invitation"
                        + " WHERE tenant_id = ? AND person_id = ? ORDER BY program_id, wave",
                ps -> Rows.strings(ps, tenant.value(), person.value()),
                rs -> new PersonInvitation(ProgramId.of(rs.getString("program_id")), rs.getString("wave"),
                        invitation(rs))));
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        return transactor.inTransaction("erase a person's invitations", c -> ErasureSql.update(c,
                "DELETE FROM elan_survey_invitation WHERE tenant_id = ? AND person_id = ?", tenant.value(),
                erasure.person().value()));
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("erase the invitations of " + program, c -> ErasureSql.update(c,
                "DELETE FROM elan_survey_invitation WHERE tenant_id = ? AND program_id = ?", tenant.value(),
                program.value()));
    }
}
