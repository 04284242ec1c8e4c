package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
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
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A deliberately small ProgramStore written only to check the kit itself: one sorted map of rows keyed by
 * tenant, program, kind and id. Two switches break it the way real stores break: forgetting the tenant, and writing
 * without checking the version (a lost update).
 */
final class SimpleProgramStore implements ProgramStore {
    private final boolean tenantAware;
    private final boolean checksVersions;
    private final TreeMap<String, Object> rows = new TreeMap<>();

    SimpleProgramStore(boolean tenantAware, boolean checksVersions) {
        this.tenantAware = tenantAware;
        this.checksVersions = checksVersions;
    }

    private String key(TenantId tenant, ProgramId program, String kind, String id) {
        return (tenantAware ? tenant.value() : "*") + "|" + program.value() + "|" + kind + "|" + id;
    }

    private synchronized <T> T save(String key, T value, long version, ToLongFunction<T> versionOf,
            LongFunction<T> withVersion) {
        @SuppressWarnings("unchecked")
        T current = (T) rows.get(key);
        long stored = current == null ? 0 : versionOf.applyAsLong(current);
        if (checksVersions && (version == 0 ? current != null : version != stored)) {
            throw new VersionConflictException("row", key, version, stored);
        }
        T saved = withVersion.apply(stored + 1);
        rows.put(key, saved);
        return saved;
    }

    private synchronized <T> Optional<T> find(String key, Class<T> type) {
        return Optional.ofNullable(rows.get(key)).map(type::cast);
    }

    private synchronized <T> List<T> list(String prefix, Class<T> type, Comparator<T> order) {
        return rows.subMap(prefix, prefix + Character.MAX_VALUE).values().stream().filter(type::isInstance)
                .map(type::cast).sorted(order).toList();
    }

    private void requireProgram(TenantId tenant, ProgramId program) {
        if (find(key(tenant, program, "program", ""), Program.class).isEmpty()) {
            throw new NotFoundException("program", program.value());
        }
    }

    @Override
    public Program saveProgram(Program p) {
        return save(key(p.tenant(), p.id(), "program", ""), p, p.version(), Program::version, p::withVersion);
    }

    @Override
    public Optional<Program> findProgram(TenantId tenant, ProgramId id) {
        return find(key(tenant, id, "program", ""), Program.class);
    }

    @Override
    public List<Program> programs(TenantId tenant) {
        return list((tenantAware ? tenant.value() : "*") + "|", Program.class, Comparator.comparing(p -> p.id().value()));
    }

    @Override
    public synchronized List<TenantId> tenants() {
        return rows.values().stream().filter(Program.class::isInstance).map(p -> ((Program) p).tenant()).distinct()
                .sorted(Comparator.comparing(TenantId::value)).toList();
    }

    @Override
    public Participant saveParticipant(TenantId tenant, Participant p) {
        requireProgram(tenant, p.program());
        return save(key(tenant, p.program(), "participant", p.person().value()), p, p.version(),
                Participant::version, p::withVersion);
    }

    @Override
    public Optional<Participant> findParticipant(TenantId tenant, ProgramId program, PersonId person) {
        return find(key(tenant, program, "participant", person.value()), Participant.class);
    }

    @Override
    public List<Participant> participants(TenantId tenant, ProgramId program) {
        return list(key(tenant, program, "participant", ""), Participant.class,
                Comparator.comparing(p -> p.person().value()));
    }

    @Override
    public Pair savePair(TenantId tenant, Pair p) {
        requireProgram(tenant, p.program());
        return save(key(tenant, p.program(), "pair", p.id().value()), p, p.version(), Pair::version, p::withVersion);
    }

    @Override
    public Optional<Pair> findPair(TenantId tenant, ProgramId program, PairId id) {
        return find(key(tenant, program, "pair", id.value()), Pair.class);
    }

    @Override
    public List<Pair> pairs(TenantId tenant, ProgramId program) {
        return list(key(tenant, program, "pair", ""), Pair.class, Comparator.comparing(p -> p.id().value()));
    }

    @Override
    public Touchpoint saveTouchpoint(TenantId tenant, Touchpoint t) {
        requireProgram(tenant, t.program());
        return save(key(tenant, t.program(), "touchpoint", t.id().value()), t, t.version(), Touchpoint::version,
                t::withVersion);
    }

    @Override
    public Optional<Touchpoint> findTouchpoint(TenantId tenant, ProgramId program, TouchpointId id) {
        return find(key(tenant, program, "touchpoint", id.value()), Touchpoint.class);
    }

    @Override
    public List<Touchpoint> touchpoints(TenantId tenant, ProgramId program) {
        return list(key(tenant, program, "touchpoint", ""), Touchpoint.class,
                Comparator.comparing(Touchpoint::start).thenComparing(t -> t.id().value()));
    }

    @Override
    public HotlineRequest saveHotlineRequest(TenantId tenant, HotlineRequest r) {
        requireProgram(tenant, r.program());
        return save(key(tenant, r.program(), "hotline", r.id().value()), r, r.version(), HotlineRequest::version,
                r::withVersion);
    }

    @Override
    public Optional<HotlineRequest> findHotlineRequest(TenantId tenant, ProgramId program, HotlineRequestId id) {
        return find(key(tenant, program, "hotline", id.value()), HotlineRequest.class);
    }

    @Override
    public List<HotlineRequest> hotlineRequests(TenantId tenant, ProgramId program) {
        return list(key(tenant, program, "hotline", ""), HotlineRequest.class,
                Comparator.comparing(HotlineRequest::raisedAt).thenComparing(r -> r.id().value()));
    }

    @Override
    public FollowUpCall saveFollowUpCall(TenantId tenant, FollowUpCall c) {
        requireProgram(tenant, c.program());
        return save(key(tenant, c.program(), "call", c.id().value()), c, c.version(), FollowUpCall::version,
                c::withVersion);
    }

    @Override
    public Optional<FollowUpCall> findFollowUpCall(TenantId tenant, ProgramId program, FollowUpCallId id) {
        return find(key(tenant, program, "call", id.value()), FollowUpCall.class);
    }

    @Override
    public List<FollowUpCall> followUpCalls(TenantId tenant, ProgramId program) {
        return list(key(tenant, program, "call", ""), FollowUpCall.class,
                Comparator.comparing(FollowUpCall::dueFrom).thenComparing(c -> c.id().value()));
    }

    @Override
    public synchronized void recordAttendance(TenantId tenant, Attendance a) {
        requireProgram(tenant, a.program());
        if (findTouchpoint(tenant, a.program(), a.touchpoint()).isEmpty()) {
            throw new NotFoundException("touchpoint", a.touchpoint().value());
        }
        rows.put(key(tenant, a.program(), "attendance", a.touchpoint().value() + "|" + a.person().value()), a);
    }

    @Override
    public List<Attendance> attendance(TenantId tenant, ProgramId program, TouchpointId touchpoint) {
        return list(key(tenant, program, "attendance", touchpoint.value() + "|"), Attendance.class,
                Comparator.comparing(a -> a.person().value()));
    }

    @Override
    public synchronized int erase(TenantId tenant, Erasure erasure) {
        PersonId person = erasure.person();
        int changed = 0;
        String prefix = (tenantAware ? tenant.value() : "*") + "|";
        for (var it = rows.subMap(prefix, prefix + Character.MAX_VALUE).entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Object> row = it.next();
            Object value = row.getValue();
            Object rewritten = value;
            if (value instanceof Participant p && p.person().equals(person)
                    || value instanceof Attendance a && a.person().equals(person)
                    || value instanceof FollowUpCall c && c.person().equals(person)
                    || value instanceof HotlineRequest r && r.raisedBy().equals(person)) {
                it.remove();
                changed++;
                continue;
            }
            if (value instanceof Pair p && (p.mentor().equals(person) || p.mentee().equals(person)
                    || erasure.mentions(p.endReason()))) {
                rewritten = new Pair(p.id(), p.program(), erasure.replace(p.mentor()), erasure.replace(p.mentee()),
                        p.status(), p.formedOn(), p.endedOn(), erasure.redactOptional(p.endReason()), p.version() + 1);
            } else if (value instanceof HotlineRequest r && (person.equals(r.assignee()) || erasure.mentions(r.subject())
                    || erasure.mentions(r.details()) || erasure.mentions(r.answer()))) {
                PersonId assignee = r.assignee();
                rewritten = new HotlineRequest(r.id(), r.program(), r.raisedBy(), r.topic(), erasure.redact(r.subject()),
                        erasure.redact(r.details()), r.raisedAt(), r.status(),
                        assignee == null ? null : erasure.replace(assignee), erasure.redactOptional(r.answer()),
                        r.answeredAt(), r.closedAt(), r.version() + 1);
            } else if (value instanceof FollowUpCall c && erasure.mentions(c.notes())) {
                rewritten = new FollowUpCall(c.id(), c.program(), c.person(), c.dueFrom(), c.dueBy(), c.status(),
                        c.outcome(), c.loggedAt(), erasure.redactOptional(c.notes()), c.version() + 1);
            }
            if (rewritten != value) {
                row.setValue(rewritten);
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized boolean eraseProgram(TenantId tenant, ProgramId program) {
        boolean had = rows.containsKey(key(tenant, program, "program", ""));
        String prefix = key(tenant, program, "", "");
        prefix = prefix.substring(0, prefix.length() - 1);
        rows.subMap(prefix, prefix + Character.MAX_VALUE).clear();
        return had;
    }

    @Override
    public synchronized int clearHotlineTexts(TenantId tenant, Instant closedBefore, int limit) {
        String prefix = (tenantAware ? tenant.value() : "*") + "|";
        List<Map.Entry<String, Object>> due = new ArrayList<>();
        for (Map.Entry<String, Object> row : rows.subMap(prefix, prefix + Character.MAX_VALUE).entrySet()) {
            if (row.getValue() instanceof HotlineRequest r && r.closedAt() != null
                    && r.closedAt().isBefore(closedBefore) && !r.subject().equals(CLEARED_TEXT)) {
                due.add(row);
            }
        }
        due.sort(Comparator.comparing((Map.Entry<String, Object> row) -> ((HotlineRequest) row.getValue()).closedAt()));
        List<Map.Entry<String, Object>> cleared = due.subList(0, Math.min(limit, due.size()));
        for (Map.Entry<String, Object> row : cleared) {
            HotlineRequest r = (HotlineRequest) row.getValue();
            row.setValue(new HotlineRequest(r.id(), r.program(), r.raisedBy(), r.topic(), CLEARED_TEXT, "",
                    r.raisedAt(), r.status(), r.assignee(), r.answer() == null ? null : CLEARED_TEXT, r.answeredAt(),
                    r.closedAt(), r.version() + 1));
        }
        return cleared.size();
    }
}
