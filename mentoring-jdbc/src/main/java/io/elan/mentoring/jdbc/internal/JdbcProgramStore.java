package io.elan.mentoring.jdbc.internal;

import static io.elan.mentoring.jdbc.internal.Columns.text;
import static io.elan.mentoring.jdbc.internal.Rows.strings;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.CallStatus;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@link ProgramStore} on JDBC: one row per program, participant, pair, touchpoint, attendance, hotline request and
 * follow-up call, each keyed by tenant first. Thread-safe.
 */
public final class JdbcProgramStore implements ProgramStore {
    private static final VersionedTable PROGRAMS = VersionedTable.of("elan_program", "program",
            List.of("tenant_id", "program_id"),
            List.of("name", "kick_off", "closing", "zone_id", "locale_tag", "status", "settings"));
    private static final VersionedTable PARTICIPANTS = VersionedTable.of("elan_participant", "participant",
            List.of("tenant_id", "program_id", "person_id"),
            List.of("role", "channel", "locale_tag", "zone_id", "status", "enrolled_on", "opt_outs"));
    private static final VersionedTable PAIRS = VersionedTable.of("elan_pair", "pair",
            List.of("tenant_id", "program_id", "pair_id"),
            List.of("mentor_id", "mentee_id", "status", "formed_on", "ended_on", "end_reason"));
    private static final VersionedTable TOUCHPOINTS = VersionedTable.of("elan_touchpoint", "touchpoint",
            List.of("tenant_id", "program_id", "touchpoint_id"),
            List.of("format", "theme", "starts_at", "ends_at", "delivery_mode", "audience", "status"));
    private static final VersionedTable HOTLINE = VersionedTable.of("elan_hotline_request", "hotline request",
            List.of("tenant_id", "program_id", "request_id"),
            List.of("raised_by", "topic", "subject", "details", "raised_at", "status", "assignee_id", "answer",
                    "answered_at", "closed_at"));
    private static final VersionedTable CALLS = VersionedTable.of("elan_checkpoint_call", "follow-up call",
            List.of("tenant_id", "program_id", "call_id"),
            List.of("person_id", "due_from", "due_by", "status", "outcome", "logged_at", "notes"));

    private static final String PROGRAM_EXISTS =
            "SELECT 1 FROM elan_program WHERE tenant_id = ? AND program_id = ?";
    private static final String TOUCHPOINT_EXISTS =
            "SELECT 1 FROM elan_touchpoint WHERE tenant_id = ? AND program_id = ? AND touchpoint_id = ?";
    private static final String ATTENDANCE_COLUMNS =
            "tenant_id, program_id, touchpoint_id, person_id, status, recorded_at";
    private static final String SELECT_ATTENDANCE = "SELECT " + ATTENDANCE_COLUMNS
            + " FROM elan_attendance WHERE tenant_id = ? AND program_id = ? AND touchpoint_id = ? ORDER BY person_id";

    private final Transactor transactor;
    private final String upsertAttendance;

    /**
     * @param transactor runs each call in a transaction
     * @param dialect the database's dialect
     */
    public JdbcProgramStore(Transactor transactor, JdbcDialect dialect) {
        this.transactor = transactor;
        this.upsertAttendance = switch (dialect) {
            case POSTGRESQL -> "INSERT INTO elan_attendance (" + ATTENDANCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT ON CONSTRAINT elan_attendance_pk"
                    + " DO UPDATE SET status = EXCLUDED.status, recorded_at = EXCLUDED.recorded_at";
            case H2 -> "MERGE INTO elan_attendance (" + ATTENDANCE_COLUMNS + ")"
                    + " KEY (tenant_id, program_id, touchpoint_id, person_id) VALUES (?, ?, ?, ?, ?, ?)";
        };
    }

    // Programs

    @Override
    public Program saveProgram(Program program) {
        Objects.requireNonNull(program, "program");
        String tenant = text(program.tenant().value(), "tenant");
        String id = text(program.id().value(), "id");
        String zone = Columns.zoneId(program.zone(), "zone");
        String locale = Columns.localeTag(program.locale(), "locale");
        String settings = Columns.map(program.settings(), "settings");
        String name = text(program.name(), "name");
        VersionedTable.Params key = (ps, i) -> {
            ps.setString(i, tenant);
            ps.setString(i + 1, id);
            return i + 2;
        };
        long version = save(PROGRAMS, "save program " + id, id, program.version(), null, program.tenant(), key,
                (ps, i) -> {
                    ps.setString(i, name);
                    Columns.setDate(ps, i + 1, program.kickOff(), "kickOff");
                    Columns.setDate(ps, i + 2, program.closing(), "closing");
                    ps.setString(i + 3, zone);
                    ps.setString(i + 4, locale);
                    ps.setString(i + 5, program.status().name());
                    ps.setString(i + 6, settings);
                    return i + 7;
                });
        return program.withVersion(version);
    }

    @Override
    public Optional<Program> findProgram(TenantId tenant, ProgramId id) {
        return transactor.inTransaction("find program " + id, c -> Rows.first(c,
                PROGRAMS.selectSql() + " WHERE tenant_id = ? AND program_id = ?",
                ps -> strings(ps, tenant.value(), id.value()), JdbcProgramStore::program));
    }

    @Override
    public List<Program> programs(TenantId tenant) {
        return transactor.inTransaction("list programs", c -> Rows.list(c,
                PROGRAMS.selectSql() + " WHERE tenant_id = ? ORDER BY program_id",
                ps -> strings(ps, tenant.value()), JdbcProgramStore::program));
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
                PROGRAMS.selectSql() + " WHERE tenant_id = ? AND status IN (" + marks + ") ORDER BY program_id",
                ps -> strings(ps, parameters.toArray(String[]::new)), JdbcProgramStore::program));
    }

    @Override
    public List<TenantId> tenants() {
        return transactor.inTransaction("list tenants", c -> Rows.list(c,
                "SELECT DISTINCT tenant_id FROM elan_program ORDER BY tenant_id", ps -> { },
                rs -> TenantId.of(rs.getString("tenant_id"))));
    }

    private static Program program(ResultSet rs) throws SQLException {
        return Program.builder()
                .tenant(TenantId.of(rs.getString("tenant_id")))
                .id(ProgramId.of(rs.getString("program_id")))
                .name(rs.getString("name"))
                .kickOff(Columns.date(rs, "kick_off"))
                .closing(Columns.date(rs, "closing"))
                .zone(Columns.zone(rs.getString("zone_id"), "elan_program.zone_id"))
                .locale(Columns.locale(rs.getString("locale_tag")))
                .status(Columns.constant(ProgramStatus.class, rs.getString("status"), "elan_program.status"))
                .settings(Columns.map(rs.getString("settings"), "elan_program.settings"))
                .version(rs.getLong("version"))
                .build();
    }

    // Participants

    @Override
    public Participant saveParticipant(TenantId tenant, Participant participant) {
        Objects.requireNonNull(participant, "participant");
        String program = text(participant.program().value(), "program");
        String person = text(participant.person().value(), "person");
        String locale = Columns.localeTag(participant.locale(), "locale");
        String zone = Columns.zoneId(participant.zone(), "zone");
        Codec.Writer optOuts = new Codec.Writer();
        for (String kind : new TreeSet<>(participant.optOuts())) {
            optOuts.add(text(kind, "optOuts[]"));
        }
        String id = program + "/" + person;
        long version = save(PARTICIPANTS, "save participant " + id, id, participant.version(),
                participant.program(), tenant, key(tenant, program, person), (ps, i) -> {
                    ps.setString(i, participant.role().name());
                    ps.setString(i + 1, participant.preferredChannel().name());
                    ps.setString(i + 2, locale);
                    ps.setString(i + 3, zone);
                    ps.setString(i + 4, participant.status().name());
                    Columns.setDate(ps, i + 5, participant.enrolledOn(), "enrolledOn");
                    ps.setString(i + 6, optOuts.encoded());
                    return i + 7;
                });
        return participant.withVersion(version);
    }

    @Override
    public Optional<Participant> findParticipant(TenantId tenant, ProgramId program, PersonId person) {
        return transactor.inTransaction("find participant " + program + "/" + person, c -> Rows.first(c,
                PARTICIPANTS.selectSql() + " WHERE tenant_id = ? AND program_id = ? AND person_id = ?",
                ps -> strings(ps, tenant.value(), program.value(), person.value()), JdbcProgramStore::participant));
    }

    @Override
    public List<Participant> participants(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("list participants of " + program, c -> Rows.list(c,
                PARTICIPANTS.selectSql() + " WHERE tenant_id = ? AND program_id = ? ORDER BY person_id",
                ps -> strings(ps, tenant.value(), program.value()), JdbcProgramStore::participant));
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        Codec.Reader optOuts = new Codec.Reader(rs.getString("opt_outs"), "elan_participant.opt_outs");
        Set<String> kinds = new HashSet<>();
        while (optOuts.hasNext()) {
            kinds.add(optOuts.next());
        }
        return Participant.builder()
                .program(ProgramId.of(rs.getString("program_id")))
                .person(PersonId.of(rs.getString("person_id")))
                .role(Columns.constant(Role.class, rs.getString("role"), "elan_participant.role"))
                .preferredChannel(Channel.of(rs.getString("channel")))
                .locale(Columns.locale(rs.getString("locale_tag")))
                .zone(Columns.zone(rs.getString("zone_id"), "elan_participant.zone_id"))
                .status(Columns.constant(ParticipantStatus.class, rs.getString("status"), "elan_participant.status"))
                .enrolledOn(Columns.date(rs, "enrolled_on"))
                .optOuts(kinds)
                .version(rs.getLong("version"))
                .build();
    }

    // Pairs

    @Override
    public Pair savePair(TenantId tenant, Pair pair) {
        Objects.requireNonNull(pair, "pair");
        String program = text(pair.program().value(), "program");
        String id = text(pair.id().value(), "id");
        String mentor = text(pair.mentor().value(), "mentor");
        String mentee = text(pair.mentee().value(), "mentee");
        String reason = Columns.nullableText(pair.endReason(), "endReason");
        long version = save(PAIRS, "save pair " + program + "/" + id, id, pair.version(),
                pair.program(), tenant, key(tenant, program, id), (ps, i) -> {
                    ps.setString(i, mentor);
                    ps.setString(i + 1, mentee);
                    ps.setString(i + 2, pair.status().name());
                    Columns.setDate(ps, i + 3, pair.formedOn(), "formedOn");
                    Columns.setDate(ps, i + 4, pair.endedOn(), "endedOn");
                    ps.setString(i + 5, reason);
                    return i + 6;
                });
        return pair.withVersion(version);
    }

    @Override
    public Optional<Pair> findPair(TenantId tenant, ProgramId program, PairId id) {
        return transactor.inTransaction("find pair " + program + "/" + id, c -> Rows.first(c,
                PAIRS.selectSql() + " WHERE tenant_id = ? AND program_id = ? AND pair_id = ?",
                ps -> strings(ps, tenant.value(), program.value(), id.value()), JdbcProgramStore::pair));
    }

    @Override
    public List<Pair> pairs(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("list pairs of " + program, c -> Rows.list(c,
                PAIRS.selectSql() + " WHERE tenant_id = ? AND program_id = ? ORDER BY pair_id",
                ps -> strings(ps, tenant.value(), program.value()), JdbcProgramStore::pair));
    }

    private static Pair pair(ResultSet rs) throws SQLException {
        return new Pair(PairId.of(rs.getString("pair_id")), ProgramId.of(rs.getString("program_id")),
                PersonId.of(rs.getString("mentor_id")), PersonId.of(rs.getString("mentee_id")),
                Columns.constant(PairStatus.class, rs.getString("status"), "elan_pair.status"),
                Columns.date(rs, "formed_on"), Columns.date(rs, "ended_on"), rs.getString("end_reason"),
                rs.getLong("version"));
    }

    // Touchpoints

    @Override
    public Touchpoint saveTouchpoint(TenantId tenant, Touchpoint touchpoint) {
        Objects.requireNonNull(touchpoint, "touchpoint");
        String program = text(touchpoint.program().value(), "program");
        String id = text(touchpoint.id().value(), "id");
        String theme = text(touchpoint.theme(), "theme");
        long start = Columns.nanos(touchpoint.start(), "start");
        long end = Columns.nanos(touchpoint.end(), "end");
        long version = save(TOUCHPOINTS, "save touchpoint " + program + "/" + id, id, touchpoint.version(),
                touchpoint.program(), tenant, key(tenant, program, id), (ps, i) -> {
                    ps.setString(i, touchpoint.format().name());
                    ps.setString(i + 1, theme);
                    ps.setLong(i + 2, start);
                    ps.setLong(i + 3, end);
                    ps.setString(i + 4, touchpoint.mode().name());
                    ps.setString(i + 5, touchpoint.audience().name());
                    ps.setString(i + 6, touchpoint.status().name());
                    return i + 7;
                });
        return touchpoint.withVersion(version);
    }

    @Override
    public Optional<Touchpoint> findTouchpoint(TenantId tenant, ProgramId program, TouchpointId id) {
        return transactor.inTransaction("find touchpoint " + program + "/" + id, c -> Rows.first(c,
                TOUCHPOINTS.selectSql() + " WHERE tenant_id = ? AND program_id = ? AND touchpoint_id = ?",
                ps -> strings(ps, tenant.value(), program.value(), id.value()), JdbcProgramStore::touchpoint));
    }

    @Override
    public List<Touchpoint> touchpoints(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("list touchpoints of " + program, c -> Rows.list(c,
                TOUCHPOINTS.selectSql() + " WHERE tenant_id = ? AND program_id = ? ORDER BY starts_at, touchpoint_id",
                ps -> strings(ps, tenant.value(), program.value()), JdbcProgramStore::touchpoint));
    }

    private static Touchpoint touchpoint(ResultSet rs) throws SQLException {
        return new Touchpoint(TouchpointId.of(rs.getString("touchpoint_id")), ProgramId.of(rs.getString("program_id")),
                Columns.constant(Format.class, rs.getString("format"), "elan_touchpoint.format"),
                Columns.singleLine(rs.getString("theme")),
                Columns.instant(rs.getLong("starts_at")),
                Columns.instant(rs.getLong("ends_at")),
                Columns.constant(DeliveryMode.class, rs.getString("delivery_mode"), "elan_touchpoint.delivery_mode"),
                Columns.constant(Audience.class, rs.getString("audience"), "elan_touchpoint.audience"),
                Columns.constant(TouchpointStatus.class, rs.getString("status"), "elan_touchpoint.status"),
                rs.getLong("version"));
    }

    // Hotline requests

    @Override
    public HotlineRequest saveHotlineRequest(TenantId tenant, HotlineRequest request) {
        Objects.requireNonNull(request, "request");
        String program = text(request.program().value(), "program");
        String id = text(request.id().value(), "id");
        String raisedBy = text(request.raisedBy().value(), "raisedBy");
        String subject = text(request.subject(), "subject");
        String details = text(request.details(), "details");
        long raisedAt = Columns.nanos(request.raisedAt(), "raisedAt");
        String assignee = request.assignee() == null ? null : text(request.assignee().value(), "assignee");
        String answer = Columns.nullableText(request.answer(), "answer");
        Long answeredAt = Columns.nullableNanos(request.answeredAt(), "answeredAt");
        Long closedAt = Columns.nullableNanos(request.closedAt(), "closedAt");
        long version = save(HOTLINE, "save hotline request " + program + "/" + id, id, request.version(),
                request.program(), tenant, key(tenant, program, id), (ps, i) -> {
                    ps.setString(i, raisedBy);
                    ps.setString(i + 1, request.topic().name());
                    ps.setString(i + 2, subject);
                    ps.setString(i + 3, details);
                    ps.setLong(i + 4, raisedAt);
                    ps.setString(i + 5, request.status().name());
                    ps.setString(i + 6, assignee);
                    ps.setString(i + 7, answer);
                    Columns.setNullableLong(ps, i + 8, answeredAt);
                    Columns.setNullableLong(ps, i + 9, closedAt);
                    return i + 10;
                });
        return request.withVersion(version);
    }

    @Override
    public Optional<HotlineRequest> findHotlineRequest(TenantId tenant, ProgramId program, HotlineRequestId id) {
        return transactor.inTransaction("find hotline request " + program + "/" + id, c -> Rows.first(c,
                HOTLINE.selectSql() + " WHERE tenant_id = ? AND program_id = ? AND request_id = ?",
                ps -> strings(ps, tenant.value(), program.value(), id.value()), JdbcProgramStore::hotlineRequest));
    }

    @Override
    public List<HotlineRequest> hotlineRequests(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("list hotline requests of " + program, c -> Rows.list(c,
                HOTLINE.selectSql() + " WHERE tenant_id = ? AND program_id = ? ORDER BY raised_at, request_id",
                ps -> strings(ps, tenant.value(), program.value()), JdbcProgramStore::hotlineRequest));
    }

    private static HotlineRequest hotlineRequest(ResultSet rs) throws SQLException {
        String assignee = rs.getString("assignee_id");
        return new HotlineRequest(HotlineRequestId.of(rs.getString("request_id")),
                ProgramId.of(rs.getString("program_id")), PersonId.of(rs.getString("raised_by")),
                Columns.constant(HotlineTopic.class, rs.getString("topic"), "elan_hotline_request.topic"),
                Columns.singleLine(rs.getString("subject")), rs.getString("details"),
                Columns.instant(rs.getLong("raised_at")),
                Columns.constant(HotlineStatus.class, rs.getString("status"), "elan_hotline_request.status"),
                assignee == null ? null : PersonId.of(assignee), rs.getString("answer"),
                Columns.nullableInstant(rs, "answered_at"), Columns.nullableInstant(rs, "closed_at"),
                rs.getLong("version"));
    }

    // Follow-up calls

    @Override
    public FollowUpCall saveFollowUpCall(TenantId tenant, FollowUpCall call) {
        Objects.requireNonNull(call, "call");
        String program = text(call.program().value(), "program");
        String id = text(call.id().value(), "id");
        String person = text(call.person().value(), "person");
        String notes = Columns.nullableText(call.notes(), "notes");
        Long loggedAt = Columns.nullableNanos(call.loggedAt(), "loggedAt");
        long version = save(CALLS, "save follow-up call " + program + "/" + id, id, call.version(),
                call.program(), tenant, key(tenant, program, id), (ps, i) -> {
                    ps.setString(i, person);
                    Columns.setDate(ps, i + 1, call.dueFrom(), "dueFrom");
                    Columns.setDate(ps, i + 2, call.dueBy(), "dueBy");
                    ps.setString(i + 3, call.status().name());
                    ps.setString(i + 4, call.outcome() == null ? null : call.outcome().name());
                    Columns.setNullableLong(ps, i + 5, loggedAt);
                    ps.setString(i + 6, notes);
                    return i + 7;
                });
        return call.withVersion(version);
    }

    @Override
    public Optional<FollowUpCall> findFollowUpCall(TenantId tenant, ProgramId program, FollowUpCallId id) {
        return transactor.inTransaction("find follow-up call " + program + "/" + id, c -> Rows.first(c,
                CALLS.selectSql() + " WHERE tenant_id = ? AND program_id = ? AND call_id = ?",
                ps -> strings(ps, tenant.value(), program.value(), id.value()), JdbcProgramStore::checkpointCall));
    }

    @Override
    public List<FollowUpCall> followUpCalls(TenantId tenant, ProgramId program) {
        return transactor.inTransaction("list follow-up calls of " + program, c -> Rows.list(c,
                CALLS.selectSql() + " WHERE tenant_id = ? AND program_id = ? ORDER BY due_from, call_id",
                ps -> strings(ps, tenant.value(), program.value()), JdbcProgramStore::checkpointCall));
    }

    private static FollowUpCall checkpointCall(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new FollowUpCall(FollowUpCallId.of(rs.getString("call_id")),
                ProgramId.of(rs.getString("program_id")), PersonId.of(rs.getString("person_id")),
                Columns.date(rs, "due_from"), Columns.date(rs, "due_by"),
                Columns.constant(CallStatus.class, rs.getString("status"), "elan_checkpoint_call.status"),
                outcome == null ? null : Columns.constant(CallOutcome.class, outcome, "elan_checkpoint_call.outcome"),
                Columns.nullableInstant(rs, "logged_at"), rs.getString("notes"), rs.getLong("version"));
    }

    // Attendance

    @Override
    public void recordAttendance(TenantId tenant, Attendance attendance) {
        Objects.requireNonNull(attendance, "attendance");
        String program = text(attendance.program().value(), "program");
        String touchpoint = text(attendance.touchpoint().value(), "touchpoint");
        String person = text(attendance.person().value(), "person");
        long recordedAt = Columns.nanos(attendance.recordedAt(), "recordedAt");
        String what = "record attendance " + program + "/" + touchpoint + "/" + person;
        Transactor.Work<Integer> record = c -> {
            requireProgram(c, tenant, attendance.program());
            if (Rows.first(c, TOUCHPOINT_EXISTS, ps -> strings(ps, tenant.value(), program, touchpoint), rs -> true)
                    .isEmpty()) {
                throw new NotFoundException("touchpoint", program + "/" + touchpoint);
            }
            return Rows.update(c, upsertAttendance, ps -> {
                strings(ps, tenant.value(), program, touchpoint, person);
                ps.setString(5, attendance.status().name());
                ps.setLong(6, recordedAt);
            });
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
        return transactor.inTransaction("list attendance of " + program + "/" + touchpoint, c -> Rows.list(c,
                SELECT_ATTENDANCE, ps -> strings(ps, tenant.value(), program.value(), touchpoint.value()),
                rs -> new Attendance(ProgramId.of(rs.getString("program_id")),
                        TouchpointId.of(rs.getString("touchpoint_id")), PersonId.of(rs.getString("person_id")),
                        Columns.constant(AttendanceStatus.class, rs.getString("status"), "elan_attendance.status"),
                        Columns.instant(rs.getLong("recorded_at")))));
    }

    // Shared

    /**
     * Runs a versioned save in its own transaction, after checking that the program exists when the row belongs to
     * one. When a concurrent save created the same row between the check and the insert, the insert hits the primary
     * key: that is a version conflict too, reported with the version now stored.
     */
    private long save(VersionedTable table, String what, String id, long version, @Nullable ProgramId program,
            TenantId tenant, VersionedTable.Params key, VersionedTable.Params data) {
        try {
            return transactor.inTransaction(what, c -> {
                if (program != null) {
                    requireProgram(c, tenant, program);
                }
                return table.save(c, id, key, data, version);
            });
        } catch (Transactor.DuplicateKeyException e) {
            long stored = transactor.inTransaction(what, c -> table.storedVersion(c, key).orElse(0L));
            throw new VersionConflictException(table.entity(), id, version, stored);
        }
    }

    private static void requireProgram(Connection c, TenantId tenant, ProgramId program) throws SQLException {
        if (Rows.first(c, PROGRAM_EXISTS, ps -> strings(ps, tenant.value(), program.value()), rs -> true).isEmpty()) {
            throw new NotFoundException("program", program.value());
        }
    }

    private static VersionedTable.Params key(TenantId tenant, String program, String id) {
        String t = text(tenant.value(), "tenant");
        return (ps, i) -> {
            ps.setString(i, t);
            ps.setString(i + 1, program);
            ps.setString(i + 2, id);
            return i + 3;
        };
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
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_pair",
                    List.of("program_id", "pair_id"), Map.of("end_reason", erasure::redact), true));
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_hotline_request",
                    List.of("program_id", "request_id"), Map.of("subject", erasure::redact, "details", erasure::redact,
                            "answer", erasure::redact), true));
            changed += ErasureSql.redact(c, tenant, erasure, new ErasureSql.Table("elan_checkpoint_call",
                    List.of("program_id", "call_id"), Map.of("notes", erasure::redact), true));
            return changed;
        });
    }

    @Override
    public boolean eraseProgram(TenantId tenant, ProgramId program) {
        String t = tenant.value();
        String p = program.value();
        return transactor.inTransaction("erase program " + program, c -> {
            for (String table : List.of("elan_attendance", "elan_touchpoint", "elan_participant", "elan_pair",
                    "elan_hotline_request", "elan_checkpoint_call")) {
                ErasureSql.update(c, "DELETE FROM " + table + " WHERE tenant_id = ? AND program_id = ?", t, p);
            }
            return ErasureSql.update(c, "DELETE FROM elan_program WHERE tenant_id = ? AND program_id = ?", t, p) > 0;
        });
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
}
