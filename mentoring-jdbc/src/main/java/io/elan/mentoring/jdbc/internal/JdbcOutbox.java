package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutboxState;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@link Outbox} on JDBC. One row per tenant and idempotency key; {@code next_attempt_at} holds the instant the message
 * is next due: its not-before, its retry time or, while it is in flight, its lease expiry. {@code due_at} repeats it
 * while the message may still be claimed and is empty once it is final, so that claims read one index in order.
 * Expired claims are read through their own index ({@code elan_outbox_in_flight}), in-flight rows only, so that
 * taking them first costs nothing whatever the backlog of pending rows.
 *
 * <h2>Exclusive claims</h2>
 * A claim locks the due rows it takes for the length of its transaction and skips rows another claim holds
 * ({@code FOR UPDATE SKIP LOCKED}), then moves each to {@code IN_FLIGHT} with a fresh random claim token, only if the
 * row is still due. On PostgreSQL the locking query takes the earliest due rows directly. H2 applies the row limit
 * before it skips locked rows, so there the earliest due keys are read first, then locked one by one: a claim that
 * races with another may return fewer messages than it could, never one that is already claimed. A settle, renewal or
 * release changes the row only if it still holds the caller's token and is in flight, so a stale token is refused even
 * when it arrives at the same time as a newer claim. A late delivery needs no token: it changes the row unless it is
 * delivered already, or counts fewer attempts than the claim (it was put back since). Thread-safe.
 */
public final class JdbcOutbox implements Outbox {
    private static final int MAX_REASON_LENGTH = 1000;
    /** Extra keys read on H2 beyond the limit, so that a claim racing with another still finds rows to take. */
    private static final int H2_EXTRA_CANDIDATES = 16;

    private static final String COLUMNS = "tenant_id, idempotency_key, program_id, recipient_id, channel, locale_tag,"
            + " recipient_locale_tag, recipient_zone, kind, content, not_before, state, attempts, next_attempt_at,"
            + " due_at, claim_token, last_error, settled_at";
    private static final String INSERT = "INSERT INTO elan_outbox (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, NULL, NULL, NULL)";
    private static final String INSERT_UNLESS_KNOWN = INSERT + " ON CONFLICT (tenant_id, idempotency_key) DO NOTHING";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM elan_outbox";
    private static final String SETTLED_BY = " WHERE tenant_id = ? AND claim_token = ? AND state = 'IN_FLIGHT'";
    private static final String DELIVERED = "UPDATE elan_outbox SET state = 'DELIVERED', due_at = NULL,"
            + " settled_at = ?" + SETTLED_BY;
    private static final String RETRY = "UPDATE elan_outbox SET state = 'PENDING', next_attempt_at = ?, due_at = ?,"
            + " last_error = ?" + SETTLED_BY;
    private static final String DEAD = "UPDATE elan_outbox SET state = 'DEAD', due_at = NULL, settled_at = ?,"
            + " last_error = ?" + SETTLED_BY;
    private static final String RENEW = "UPDATE elan_outbox SET next_attempt_at = ?, due_at = ?" + SETTLED_BY;
    private static final String RELEASE = "UPDATE elan_outbox SET state = 'PENDING', attempts = attempts - 1,"
            + " next_attempt_at = ?, due_at = ?" + SETTLED_BY;
    private static final String DELIVERED_LATE = "UPDATE elan_outbox SET state = 'DELIVERED', due_at = NULL,"
            + " settled_at = ? WHERE tenant_id = ? AND idempotency_key = ? AND state <> 'DELIVERED' AND attempts >= ?";
    private static final String REQUEUE = "UPDATE elan_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?,"
            + " due_at = ?, settled_at = NULL WHERE tenant_id = ? AND idempotency_key = ? AND state = 'DEAD'";

    /** Which rows a claim takes: every due row, or only in-flight rows whose lease expired. */
    private enum Claim {
        // Ordering by tenant_id too lets H2 read the index in order and stop at the limit instead of sorting.
        DUE(" WHERE tenant_id = ? AND due_at <= ? ORDER BY tenant_id, due_at, idempotency_key LIMIT ?", ""),
        EXPIRED(" WHERE tenant_id = ? AND state = 'IN_FLIGHT' AND due_at <= ?"
                + " ORDER BY tenant_id, state, due_at, idempotency_key LIMIT ?", " AND state = 'IN_FLIGHT'");

        final String lockPostgresql;
        final String candidatesH2;
        final String lockH2;
        final String take;
        final boolean inFlightOnly;

        Claim(String due, String stillClaimable) {
            lockPostgresql = SELECT + due + " FOR UPDATE SKIP LOCKED";
            candidatesH2 = "SELECT idempotency_key FROM elan_outbox" + due;
            lockH2 = SELECT + " WHERE tenant_id = ? AND idempotency_key = ? FOR UPDATE SKIP LOCKED";
            take = "UPDATE elan_outbox SET state = 'IN_FLIGHT', attempts = attempts + 1, next_attempt_at = ?,"
                    + " due_at = ?, claim_token = ? WHERE tenant_id = ? AND idempotency_key = ? AND due_at <= ?"
                    + stillClaimable;
            inFlightOnly = !stillClaimable.isEmpty();
        }
    }

    private final Transactor transactor;
    private final JdbcDialect dialect;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcOutbox(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.dialect = dialect;
    }

    @Override
    public boolean enqueue(TenantId tenant, OutgoingMessage message) {
        Objects.requireNonNull(message, "message");
        if (!message.tenant().equals(tenant)) {
            throw new InvalidValueException("message.tenant", "must be the tenant it is enqueued in (" + tenant + ")",
                    message.tenant());
        }
        String tenantId = text(tenant.value(), "tenant");
        String key = text(message.idempotencyKey(), "idempotencyKey");
        String program = text(message.program().value(), "program");
        String recipient = text(message.recipient().value(), "recipient");
        String locale = Columns.localeTag(message.locale(), "locale");
        String recipientLocale = Columns.localeTag(message.recipientLocale(), "recipientLocale");
        String recipientZone = Columns.zoneId(message.recipientZone(), "recipientZone");
        String kind = text(message.kind(), "kind");
        String content = MessageContents.encode(message.content(), "content");
        long notBefore = Columns.nanos(message.notBefore(), "notBefore");
        String insert = dialect == JdbcDialect.POSTGRESQL ? INSERT_UNLESS_KNOWN : INSERT;
        try {
            return transactor.inTransaction("enqueue message " + key, c -> Rows.update(c, insert, ps -> {
                strings(ps, tenantId, key, program, recipient, message.channel().name(), locale, recipientLocale,
                        recipientZone, kind, content);
                ps.setLong(11, notBefore);
                ps.setLong(12, notBefore);
                ps.setLong(13, notBefore);
            }) == 1);
        } catch (Transactor.DuplicateKeyException e) {
            // The key is known already (H2 reports it as a duplicate key): nothing changes.
            return false;
        }
    }

    @Override
    public List<ClaimedMessage> claimDue(TenantId tenant, Instant now, int limit, Duration lease) {
        return claim(Claim.DUE, tenant, now, limit, lease);
    }

    @Override
    public List<ClaimedMessage> claimExpired(TenantId tenant, Instant now, int limit, Duration lease) {
        return claim(Claim.EXPIRED, tenant, now, limit, lease);
    }

    private List<ClaimedMessage> claim(Claim which, TenantId tenant, Instant now, int limit, Duration lease) {
        if (limit < 1) {
            throw new InvalidValueException("limit", "must be at least 1", limit);
        }
        String tenantId = text(tenant.value(), "tenant");
        long at = Columns.nanos(Objects.requireNonNull(now, "now"), "now");
        Instant expiry = leaseExpiry(now, lease);
        long expiresAt = Columns.nanos(expiry, "now + lease");
        return transactor.inTransaction("claim due messages", c -> {
            List<OutboxEntry> locked = dialect == JdbcDialect.POSTGRESQL
                    ? Rows.list(c, which.lockPostgresql, ps -> due(ps, tenantId, at, limit), JdbcOutbox::entry)
                    : lockDueH2(c, which, tenantId, at, limit);
            return take(c, which, tenantId, locked, at, expiresAt, expiry);
        });
    }

    private static Instant leaseExpiry(Instant now, Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidValueException("lease", "must be positive", lease);
        }
        try {
            return now.plus(lease);
        } catch (ArithmeticException | DateTimeException e) {
            throw new InvalidValueException("lease", "must end before " + Columns.LATEST, lease);
        }
    }

    private static void due(PreparedStatement ps, String tenant, long at, int limit) throws SQLException {
        ps.setString(1, tenant);
        ps.setLong(2, at);
        ps.setInt(3, limit);
    }

    /**
     * H2 applies a row limit before it skips locked rows, so a locking query with a limit could return nothing while
     * due rows remain. Instead the earliest due keys are read without locks, then locked one by one by primary key,
     * skipping those another claim holds and those no longer claimable once locked.
     */
    private static List<OutboxEntry> lockDueH2(Connection c, Claim which, String tenant, long at, int limit)
            throws SQLException {
        List<String> keys = Rows.list(c, which.candidatesH2, ps -> due(ps, tenant, at, limit + H2_EXTRA_CANDIDATES),
                rs -> rs.getString(1));
        List<OutboxEntry> locked = new ArrayList<>(limit);
        try (PreparedStatement ps = c.prepareStatement(which.lockH2)) {
            for (int i = 0; i < keys.size() && locked.size() < limit; i++) {
                ps.setString(1, tenant);
                ps.setString(2, keys.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long due = rs.getLong("due_at");
                        boolean claimable = !which.inFlightOnly || "IN_FLIGHT".equals(rs.getString("state"));
                        if (!rs.wasNull() && due <= at && claimable) {
                            locked.add(entry(rs));
                        }
                    }
                }
            }
        }
        return locked;
    }

    private static List<ClaimedMessage> take(Connection c, Claim which, String tenant, List<OutboxEntry> chosen,
            long at, long expiresAt, Instant expiry) throws SQLException {
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>(chosen.size());
        int[] counts;
        try (PreparedStatement ps = c.prepareStatement(which.take)) {
            for (OutboxEntry entry : chosen) {
                String token = UUID.randomUUID().toString();
                tokens.add(token);
                ps.setLong(1, expiresAt);
                ps.setLong(2, expiresAt);
                ps.setString(3, token);
                ps.setString(4, tenant);
                ps.setString(5, entry.message().idempotencyKey());
                ps.setLong(6, at);
                ps.addBatch();
            }
            counts = ps.executeBatch();
        }
        List<ClaimedMessage> claimed = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            if (counts[i] != 0) {
                OutboxEntry entry = chosen.get(i);
                claimed.add(new ClaimedMessage(entry.message(), tokens.get(i), entry.attempts() + 1, expiry));
            }
        }
        return claimed;
    }

    @Override
    public Optional<ClaimedMessage> renew(TenantId tenant, ClaimedMessage claim, Instant now, Duration lease) {
        Objects.requireNonNull(claim, "claim");
        Instant expiry = leaseExpiry(Objects.requireNonNull(now, "now"), lease);
        long expiresAt = Columns.nanos(expiry, "now + lease");
        boolean renewed = settle(tenant, claim.claimToken(), "renew a lease", RENEW, ps -> {
            ps.setLong(1, expiresAt);
            ps.setLong(2, expiresAt);
        }, 3);
        return renewed
                ? Optional.of(new ClaimedMessage(claim.message(), claim.claimToken(), claim.attempt(), expiry))
                : Optional.empty();
    }

    @Override
    public boolean release(TenantId tenant, String claimToken, Instant dueAt) {
        long due = Columns.nanos(Objects.requireNonNull(dueAt, "dueAt"), "dueAt");
        return settle(tenant, claimToken, "give a claim back", RELEASE, ps -> {
            ps.setLong(1, due);
            ps.setLong(2, due);
        }, 3);
    }

    @Override
    public boolean markDelivered(TenantId tenant, String claimToken, Instant at) {
        long settledAt = Columns.nanos(Objects.requireNonNull(at, "at"), "at");
        return settle(tenant, claimToken, "mark delivered", DELIVERED, ps -> ps.setLong(1, settledAt), 2);
    }

    @Override
    public boolean markDeliveredLate(TenantId tenant, ClaimedMessage claim, Instant at) {
        Objects.requireNonNull(claim, "claim");
        long settledAt = Columns.nanos(Objects.requireNonNull(at, "at"), "at");
        String tenantId = text(tenant.value(), "tenant");
        String key = claim.message().idempotencyKey();
        if (!Columns.isStorable(key)) {
            return false;
        }
        return transactor.inTransaction("mark " + key + " delivered late", c -> Rows.update(c, DELIVERED_LATE, ps -> {
            ps.setLong(1, settledAt);
            ps.setString(2, tenantId);
            ps.setString(3, key);
            ps.setInt(4, claim.attempt());
        }) == 1);
    }

    @Override
    public boolean retryAt(TenantId tenant, String claimToken, Instant nextAttemptAt, String reason) {
        long next = Columns.nanos(Objects.requireNonNull(nextAttemptAt, "nextAttemptAt"), "nextAttemptAt");
        String why = reason(reason);
        return settle(tenant, claimToken, "schedule a retry", RETRY, ps -> {
            ps.setLong(1, next);
            ps.setLong(2, next);
            ps.setString(3, why);
        }, 4);
    }

    @Override
    public boolean markDead(TenantId tenant, String claimToken, Instant at, String reason) {
        long settledAt = Columns.nanos(Objects.requireNonNull(at, "at"), "at");
        String why = reason(reason);
        return settle(tenant, claimToken, "mark dead", DEAD, ps -> {
            ps.setLong(1, settledAt);
            ps.setString(2, why);
        }, 3);
    }

    @Override
    public boolean requeue(TenantId tenant, String idempotencyKey, Instant dueAt) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        long due = Columns.nanos(Objects.requireNonNull(dueAt, "dueAt"), "dueAt");
        String tenantId = text(tenant.value(), "tenant");
        if (!Columns.isStorable(idempotencyKey)) {
            return false;
        }
        return transactor.inTransaction("requeue " + idempotencyKey, c -> Rows.update(c, REQUEUE, ps -> {
            ps.setLong(1, due);
            ps.setLong(2, due);
            ps.setString(3, tenantId);
            ps.setString(4, idempotencyKey);
        }) == 1);
    }

    private boolean settle(TenantId tenant, String claimToken, String what, String sql, Rows.Binder values,
            int tenantIndex) {
        Objects.requireNonNull(claimToken, "claimToken");
        String tenantId = text(tenant.value(), "tenant");
        if (!Columns.isStorable(claimToken)) {
            return false;
        }
        return transactor.inTransaction(what, c -> Rows.update(c, sql, ps -> {
            values.bind(ps);
            ps.setString(tenantIndex, tenantId);
            ps.setString(tenantIndex + 1, claimToken);
        }) == 1);
    }

    private static String reason(@Nullable String reason) {
        if (reason == null) {
            throw new InvalidValueException("reason", "is required");
        }
        if (reason.isBlank()) {
            throw new InvalidValueException("reason", "must not be blank");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidValueException("reason", "must be at most " + MAX_REASON_LENGTH + " characters",
                    reason.length() + " characters");
        }
        return text(reason, "reason");
    }

    @Override
    public Optional<OutboxEntry> find(TenantId tenant, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (!Columns.isStorable(idempotencyKey)) {
            return Optional.empty();
        }
        return transactor.inTransaction("find message " + idempotencyKey, c -> Rows.first(c,
                SELECT + " WHERE tenant_id = ? AND idempotency_key = ?",
                ps -> strings(ps, tenant.value(), idempotencyKey), JdbcOutbox::entry));
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program) {
        return Rows.stream(transactor, "read the outbox of " + program,
                SELECT + " WHERE tenant_id = ? AND program_id = ? ORDER BY idempotency_key",
                ps -> strings(ps, tenant.value(), program.value()), JdbcOutbox::entry);
    }

    @Override
    public Stream<OutboxEntry> entries(TenantId tenant, ProgramId program, OutboxState state) {
        Objects.requireNonNull(state, "state");
        return Rows.stream(transactor, "read the " + state + " messages of " + program,
                SELECT + " WHERE tenant_id = ? AND program_id = ? AND state = ? ORDER BY idempotency_key",
                ps -> strings(ps, tenant.value(), program.value(), state.name()), JdbcOutbox::entry);
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        OutgoingMessage message = OutgoingMessage.builder()
                .tenant(TenantId.of(rs.getString("tenant_id")))
                .program(ProgramId.of(rs.getString("program_id")))
                .recipient(PersonId.of(rs.getString("recipient_id")))
                .channel(Channel.of(rs.getString("channel")))
                .locale(Columns.locale(rs.getString("locale_tag")))
                .recipientLocale(Columns.locale(rs.getString("recipient_locale_tag")))
                .recipientZone(Columns.zone(rs.getString("recipient_zone"), "elan_outbox.recipient_zone"))
                .kind(rs.getString("kind"))
                .content(MessageContents.decode(rs.getString("content"), "elan_outbox.content"))
                .idempotencyKey(rs.getString("idempotency_key"))
                .notBefore(Columns.instant(rs.getLong("not_before")))
                .build();
        return new OutboxEntry(message,
                Columns.constant(OutboxState.class, rs.getString("state"), "elan_outbox.state"),
                rs.getInt("attempts"), Columns.instant(rs.getLong("next_attempt_at")), rs.getString("last_error"),
                Columns.nullableInstant(rs, "settled_at"));
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        return transactor.inTransaction("erase a person from the outbox", c -> {
            int changed = ErasureSql.update(c, "DELETE FROM elan_outbox WHERE tenant_id = ? AND recipient_id = ?",
                    tenant.value(), erasure.person().value());
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_outbox",
                    List.of("idempotency_key"), Map.of("content", encoded -> MessageContents.encode(
                            MessageContents.decode(encoded, "elan_outbox.content").redact(erasure), "content"),
                            "last_error", erasure::redact), false));
            return changed;
        });
    }

    @Override
    public int eraseProgram(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("erase the messages of " + program, c -> ErasureSql.update(c,
                "DELETE FROM elan_outbox WHERE tenant_id = ? AND program_id = ?", tenant.value(), program.value()));
    }

    @Override
    public int clearBodies(TenantId tenant, Instant settledBefore, int limit) {
        Checks.atLeastOne(limit, "limit");
        long before = Columns.nanos(settledBefore, "settledBefore");
        String cleared = MessageContents.encode(CLEARED_BODY, "content");
        return transactor.inTransaction("clear settled message bodies", c -> {
            List<String> keys = Rows.list(c, "SELECT idempotency_key FROM elan_outbox WHERE tenant_id = ?"
                    + " AND state IN ('DELIVERED', 'DEAD') AND settled_at < ? AND content <> ?"
                    + " ORDER BY settled_at, idempotency_key LIMIT ?", ps -> {
                        ps.setString(1, tenant.value());
                        ps.setLong(2, before);
                        ps.setString(3, cleared);
                        ps.setInt(4, limit);
                    }, rs -> rs.getString(1));
            for (String key : keys) {
                ErasureSql.update(c, "UPDATE elan_outbox SET content = ? WHERE tenant_id = ? AND idempotency_key = ?",
                        cleared, tenant.value(), key);
            }
            return keys.size();
        });
    }
}
