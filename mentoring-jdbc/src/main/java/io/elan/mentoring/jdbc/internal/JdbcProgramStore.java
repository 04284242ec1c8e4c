package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.ProgramRows.ATTENDANCE;
import static io.elan.mentoring.jdbc.internal.ProgramRows.FOLLOW_UP_CALLS;
import static io.elan.mentoring.jdbc.internal.ProgramRows.HOTLINE_REQUESTS;
import static io.elan.mentoring.jdbc.internal.ProgramRows.PAIRS;
import static io.elan.mentoring.jdbc.internal.ProgramRows.PARTICIPANTS;
import static io.elan.mentoring.jdbc.internal.ProgramRows.PROGRAMS;
import static io.elan.mentoring.jdbc.internal.ProgramRows.TOUCHPOINTS;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * {@link ProgramStore} on JDBC: one row per program, participant, pair, touchpoint, attendance, hotline request and
 * follow-up call, each keyed by tenant first and declared once in {@link ProgramRows}. Every entity is saved, found
 * and listed the same way; what differs between them is their declaration. Thread-safe.
 */
public final class JdbcProgramStore implements ProgramStore {
    private final Transactor transactor;
    private final String upsertAttendance;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcProgramStore(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.upsertAttendance = ATTENDANCE.upsertSql(dialect);
    }

    // Programs

    @Override
    public Program saveProgram(Program program) {
        Objects.requireNonNull(program, "program");
        return save(PROGRAMS, program.tenant(), program, p -> null, p -> p.id().value());
    }

    @Override
    public Optional<Program> findProgram(TenantId tenant, ProgramId id) {
        return find(PROGRAMS, tenant.value(), id.value());
    }

    @Override
    public List<Program> programs(TenantId tenant) {
        return list(PROGRAMS, "list programs", tenant.value());
    }

    @Override
    public List<Program> programs(TenantId tenant, Set<ProgramStatus> statuses) {
        Objects.requireNonNull(tenant, "tenant");
        List<String> wanted = statuses.stream().map(ProgramStatus::name).sorted().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(wanted.size(), "?"));
        List<String> parameters = new ArrayList<>();
        parameters.add(tenant.value());
        parameters.addAll(wanted);
        return transactor.inTransaction("list programs by status", c -> Rows.list(c,
                PROGRAMS.listSql("tenant_id = ? AND status IN (" + marks + ")"),
                ps -> strings(ps, parameters.toArray(String[]::new)), PROGRAMS::decode));
    }

    @Override
    public List<TenantId> tenants() {
        return transactor.inTransaction("list tenants", c -> Rows.list(c,
                "SELECT DISTINCT tenant_id FROM " + PROGRAMS.table() + " ORDER BY tenant_id", ps -> { },
                rs -> TenantId.of(rs.getString("tenant_id"))));
    }

    // Pairs

    @Override
    public Pair savePair(TenantId tenant, Pair pair) {
        return save(PAIRS, tenant, Objects.requireNonNull(pair, "pair"), Pair::program, e -> e.id().value());
    }

    @Override
    public Optional<Pair> findPair(TenantId tenant, ProgramId program, PairId id) {
        return find(PAIRS, tenant.value(), program.value(), id.value());
    }

    @Override
    public List<Pair> pairs(TenantId tenant, ProgramId program) {
        return list(PAIRS, "list pairs of " + program, tenant.value(), program.value());
    }

    // Participants

    @Override
    public Participant saveParticipant(TenantId tenant, Participant participant) {
        return save(PARTICIPANTS, tenant, Objects.requireNonNull(participant, "participant"), Participant::program,
                p -> p.program().value() + "/" + p.person().value());
    }

    @Override
    public Optional<Participant> findParticipant(TenantId tenant, ProgramId program, PersonId person) {
        return find(PARTICIPANTS, tenant.value(), program.value(), person.value());
    }

    @Override
    public List<Participant> participants(TenantId tenant, ProgramId program) {
        return list(PARTICIPANTS, "list participants of " + program, tenant.value(), program.value());
    }

    // Touchpoints

    @Override
    public Touchpoint saveTouchpoint(TenantId tenant, Touchpoint touchpoint) {
        return save(TOUCHPOINTS, tenant, Objects.requireNonNull(touchpoint, "touchpoint"), Touchpoint::program,
                e -> e.id().value());
    }

    @Override
    public Optional<Touchpoint> findTouchpoint(TenantId tenant, ProgramId program, TouchpointId id) {
        return find(TOUCHPOINTS, tenant.value(), program.value(), id.value());
    }

    @Override
    public List<Touchpoint> touchpoints(TenantId tenant, ProgramId program) {
        return list(TOUCHPOINTS, "list touchpoints of " + program, tenant.value(), program.value());
    }

    // Attendance

    @Override
    public void recordAttendance(TenantId tenant, Attendance attendance) {
        Objects.requireNonNull(attendance, "attendance");
        var row = ATTENDANCE.encode(tenant, attendance);
        String what = "record attendance " + row.path();
        Transactor.Work<Integer> record = c -> {
            requireRow(c, PROGRAMS, tenant.value(), attendance.program().value());
            requireRow(c, TOUCHPOINTS, tenant.value(), attendance.program().value(), attendance.touchpoint().value());
            return Rows.update(c, upsertAttendance, row::bindAll);
        };
        try {
            transactor.inTransaction(what, record);
        } catch (Transactor.DuplicateKeyException race) {
            // H2's MERGE is an update, then an insert: two first recordings at once collide on the insert. The row
            // exists now, so recording again updates it, as the last write should.
            transactor.inTransaction(what, record);
        }
    }

    @Override
    public List<Attendance> attendance(TenantId tenant, ProgramId program, TouchpointId touchpoint) {
        return list(ATTENDANCE, "list attendance of " + program + "/" + touchpoint, tenant.value(), program.value(),
                touchpoint.value());
    }

    // Hotline requests

    @Override
    public HotlineRequest saveHotlineRequest(TenantId tenant, HotlineRequest request) {
        return save(HOTLINE_REQUESTS, tenant, Objects.requireNonNull(request, "request"), HotlineRequest::program,
                e -> e.id().value());
    }

    @Override
    public Optional<HotlineRequest> findHotlineRequest(TenantId tenant, ProgramId program, HotlineRequestId id) {
        return find(HOTLINE_REQUESTS, tenant.value(), program.value(), id.value());
    }

    @Override
    public List<HotlineRequest> hotlineRequests(TenantId tenant, ProgramId program) {
        return list(HOTLINE_REQUESTS, "list hotline requests of " + program, tenant.value(), program.value());
    }

    @Override
    public int clearHotlineTexts(TenantId tenant, Instant closedBefore, int limit) {
        Checks.atLeastOne(limit, "limit");
        long before = Columns.nanos(closedBefore, "closedBefore");
        return transactor.inTransaction("clear hotline texts", c -> {
            List<String[]> due = Rows.list(c, "SELECT program_id, request_id FROM elan_hotline_request"
                    + " WHERE tenant_id = ? AND closed_at < ? AND NOT (subject = ? AND details = ''"
                    + " AND (answer IS NULL OR answer = ?)) ORDER BY closed_at, request_id LIMIT ?", ps -> {
                        ps.setString(1, tenant.value());
                        ps.setLong(2, before);
                        ps.setString(3, CLEARED_TEXT);
                        ps.setString(4, CLEARED_TEXT);
                        ps.setInt(5, limit);
                    }, rs -> new String[] {rs.getString(1), rs.getString(2)});
            for (String[] key : due) {
                ErasureSql.update(c, "UPDATE elan_hotline_request SET subject = ?, details = '',"
                        + " answer = CASE WHEN answer IS NULL THEN NULL ELSE ? END, version = version + 1"
                        + " WHERE tenant_id = ? AND program_id = ? AND request_id = ?", CLEARED_TEXT, CLEARED_TEXT,
                        tenant.value(), key[0], key[1]);
            }
            return due.size();
        });
    }

    // Follow-up calls

    @Override
    public FollowUpCall saveFollowUpCall(TenantId tenant, FollowUpCall call) {
        return save(FOLLOW_UP_CALLS, tenant, Objects.requireNonNull(call, "call"), FollowUpCall::program,
                e -> e.id().value());
    }

    @Override
    public Optional<FollowUpCall> findFollowUpCall(TenantId tenant, ProgramId program, FollowUpCallId id) {
        return find(FOLLOW_UP_CALLS, tenant.value(), program.value(), id.value());
    }

    @Override
    public List<FollowUpCall> followUpCalls(TenantId tenant, ProgramId program) {
        return list(FOLLOW_UP_CALLS, "list follow-up calls of " + program, tenant.value(), program.value());
    }

    // Shared

    /**
     * Runs a versioned save in its own transaction, after checking that the program exists when the row belongs to
     * one. When a concurrent save created the same row between the check and the insert, the insert hits the primary
     * key: that is a version conflict too, reported with the version now stored.
     */
    private <T extends Record & Versioned<T>> T save(RowCodec<T> rows, TenantId tenant, T entity,
            Function<T, @Nullable ProgramId> programOf, Function<T, String> idOf) {
        RowCodec<T>.Row row = rows.encode(tenant, entity);
        @Nullable ProgramId program = programOf.apply(entity);
        String id = idOf.apply(entity);
        VersionedTable table = rows.versionedTable();
        long version = entity.version();
        String what = "save " + rows.entity() + " " + row.path();
        try {
            long saved = transactor.inTransaction(what, c -> {
                if (program != null) {
                    requireRow(c, PROGRAMS, tenant.value(), program.value());
                }
                return table.save(c, id, row::bindKey, row::bindValues, version);
            });
            return entity.withVersion(saved);
        } catch (Transactor.DuplicateKeyException e) {
            long stored = transactor.inTransaction(what, c -> table.storedVersion(c, row::bindKey).orElse(0L));
            throw new VersionConflictException(rows.entity(), id, version, stored);
        }
    }

    /** Finds a row by its whole key, tenant first. */
    private <T extends Record> Optional<T> find(RowCodec<T> rows, String... key) {
        return transactor.inTransaction("find " + rows.entity() + " " + path(key),
                c -> Rows.first(c, rows.findSql(), ps -> strings(ps, key), rows::decode));
    }

    /** Lists the rows under every key column but the last, tenant first, in the order their declaration gives. */
    private <T extends Record> List<T> list(RowCodec<T> rows, String what, String... key) {
        return transactor.inTransaction(what, c -> Rows.list(c, rows.listSql(), ps -> strings(ps, key), rows::decode));
    }

    private static void requireRow(Connection c, RowCodec<?> rows, String... key) throws SQLException {
        if (Rows.first(c, rows.existsSql(), ps -> strings(ps, key), rs -> true).isEmpty()) {
            throw new NotFoundException(rows.entity(), path(key));
        }
    }

    /** The key after the tenant, as messages name a row. */
    private static String path(String... key) {
        return String.join("/", Arrays.asList(key).subList(1, key.length));
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        String t = tenant.value();
        String person = erasure.person().value();
        String pseudonym = erasure.pseudonym().value();
        return transactor.inTransaction("erase a person", c -> {
            int changed = ErasureSql.update(c, "DELETE FROM elan_attendance WHERE tenant_id = ? AND person_id = ?",
                    t, person);
            changed += ErasureSql.update(c, "DELETE FROM elan_participant WHERE tenant_id = ? AND person_id = ?",
                    t, person);
            changed += ErasureSql.update(c, "DELETE FROM elan_checkpoint_call WHERE tenant_id = ? AND person_id = ?",
                    t, person);
            changed += ErasureSql.update(c, "DELETE FROM elan_hotline_request WHERE tenant_id = ? AND raised_by = ?",
                    t, person);
            changed += ErasureSql.update(c, "UPDATE elan_pair SET mentor_id = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND mentor_id = ?", pseudonym, t, person);
            changed += ErasureSql.update(c, "UPDATE elan_pair SET mentee_id = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND mentee_id = ?", pseudonym, t, person);
            changed += ErasureSql.update(c, "UPDATE elan_hotline_request SET assignee_id = ?, version = version + 1"
                    + " WHERE tenant_id = ? AND assignee_id = ?", pseudonym, t, person);
            changed += ErasureSql.redact(c, tenant, erasure, erasable(PAIRS, Map.of("end_reason", erasure::redact)));
            changed += ErasureSql.redact(c, tenant, erasure, erasable(HOTLINE_REQUESTS,
                    Map.of("subject", erasure::redact, "details", erasure::redact, "answer", erasure::redact)));
            changed += ErasureSql.redact(c, tenant, erasure, erasable(FOLLOW_UP_CALLS,
                    Map.of("notes", erasure::redact)));
            return changed;
        });
    }

    @Override
    public boolean eraseProgram(TenantId tenant, ProgramId program) {
        String t = tenant.value();
        String p = program.value();
        return transactor.inTransaction("erase program " + program, c -> {
            for (RowCodec<?> rows : List.of(ATTENDANCE, TOUCHPOINTS, PARTICIPANTS, PAIRS, HOTLINE_REQUESTS,
                    FOLLOW_UP_CALLS)) {
                ErasureSql.update(c, "DELETE FROM " + rows.table() + " WHERE tenant_id = ? AND program_id = ?", t, p);
            }
            return ErasureSql.update(c, "DELETE FROM " + PROGRAMS.table() + " WHERE tenant_id = ? AND program_id = ?",
                    t, p) > 0;
        });
    }

    /** A versioned table's texts an erasure rewrites, each row named by its key after the tenant. */
    private static ErasureSql.Table erasable(RowCodec<?> rows, Map<String, UnaryOperator<String>> columns) {
        List<String> key = rows.keyColumns();
        return new ErasureSql.Table(rows.table(), key.subList(1, key.size()), columns, true);
    }
}
