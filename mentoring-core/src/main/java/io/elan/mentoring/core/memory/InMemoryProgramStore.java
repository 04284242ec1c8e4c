package io.elan.mentoring.core.memory;

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
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProgramStore} in memory. Thread-safe: each tenant's data is guarded by its own lock, so writes to one tenant
 * never wait for another's. Nothing survives the process.
 */
public final class InMemoryProgramStore implements ProgramStore {

    private final Map<TenantId, TenantData> tenants = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryProgramStore() {}

    private static final class TenantData {
        final Map<ProgramId, Program> programs = new HashMap<>();
        final Map<ProgramId, ProgramData> byProgram = new HashMap<>();
    }

    private static final class ProgramData {
        final Map<PersonId, Participant> participants = new HashMap<>();
        final Map<PairId, Pair> pairs = new HashMap<>();
        final Map<TouchpointId, Touchpoint> touchpoints = new HashMap<>();
        final Map<TouchpointId, Map<PersonId, Attendance>> attendance = new HashMap<>();
        final Map<HotlineRequestId, HotlineRequest> hotline = new HashMap<>();
        final Map<FollowUpCallId, FollowUpCall> calls = new HashMap<>();
    }

    private TenantData tenant(TenantId tenant) {
        return tenants.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new TenantData());
    }

    private static final TenantData EMPTY = new TenantData();

    /** Reads never create tenant state: an unknown tenant reads as empty. */
    private TenantData existing(TenantId tenant) {
        return tenants.getOrDefault(Objects.requireNonNull(tenant, "tenant"), EMPTY);
    }

    /** Reads one program's data under its tenant's lock; an unknown tenant or program reads as {@code absent}. */
    private <T> T read(TenantId tenant, ProgramId program, Function<ProgramData, T> reader, T absent) {
        TenantData data = existing(tenant);
        synchronized (data) {
            ProgramData found = data.byProgram.get(program);
            return found == null ? absent : reader.apply(found);
        }
    }

    private static ProgramData program(TenantData data, ProgramId program) {
        ProgramData found = data.byProgram.get(program);
        if (found == null) {
            throw new NotFoundException("program", program.value());
        }
        return found;
    }

    /** Saves a program's entity under its version check, holding the tenant's lock. */
    private <K, V extends Versioned<V>> V saveIn(TenantId tenant, ProgramId programId,
            Function<ProgramData, Map<K, V>> table, K key, V value, String entity) {
        TenantData data = tenant(tenant);
        synchronized (data) {
            return versioned(table.apply(program(data, programId)), key, value, entity);
        }
    }

    private static <K, V extends Versioned<V>> V versioned(Map<K, V> map, K key, V value, String entity) {
        @Nullable V current = map.get(key);
        long stored = current == null ? 0 : current.version();
        if (value.version() == 0 ? current != null : value.version() != stored) {
            throw new VersionConflictException(entity, key.toString(), value.version(), stored);
        }
        V saved = value.withVersion(value.version() + 1);
        map.put(key, saved);
        return saved;
    }

    @Override
    public Program saveProgram(Program program) {
        TenantData data = tenant(program.tenant());
        synchronized (data) {
            Program saved = versioned(data.programs, program.id(), program, "program");
            data.byProgram.computeIfAbsent(program.id(), id -> new ProgramData());
            return saved;
        }
    }

    @Override
    public Optional<Program> findProgram(TenantId tenant, ProgramId id) {
        TenantData data = existing(tenant);
        synchronized (data) {
            return Optional.ofNullable(data.programs.get(id));
        }
    }

    @Override
    public List<Program> programs(TenantId tenant) {
        TenantData data = existing(tenant);
        synchronized (data) {
            return sorted(data.programs.values(), Comparator.comparing(p -> p.id().value()));
        }
    }

    @Override
    public List<TenantId> tenants() {
        List<TenantId> found = new ArrayList<>();
        for (Map.Entry<TenantId, TenantData> entry : tenants.entrySet()) {
            TenantData data = entry.getValue();
            synchronized (data) {
                if (!data.programs.isEmpty()) {
                    found.add(entry.getKey());
                }
            }
        }
        found.sort(Comparator.comparing(TenantId::value));
        return List.copyOf(found);
    }

    @Override
    public Participant saveParticipant(TenantId tenant, Participant participant) {
        return saveIn(tenant, participant.program(), found -> found.participants, participant.person(), participant,
                "participant");
    }

    @Override
    public Optional<Participant> findParticipant(TenantId tenant, ProgramId program, PersonId person) {
        return read(tenant, program, found -> Optional.ofNullable(found.participants.get(person)), Optional.empty());
    }

    @Override
    public List<Participant> participants(TenantId tenant, ProgramId program) {
        return read(tenant, program, found -> sorted(found.participants.values(),
                Comparator.comparing(p -> p.person().value())), List.of());
    }

    @Override
    public Pair savePair(TenantId tenant, Pair pair) {
        return saveIn(tenant, pair.program(), found -> found.pairs, pair.id(), pair, "pair");
    }

    @Override
    public Optional<Pair> findPair(TenantId tenant, ProgramId program, PairId id) {
        return read(tenant, program, found -> Optional.ofNullable(found.pairs.get(id)), Optional.empty());
    }

    @Override
    public List<Pair> pairs(TenantId tenant, ProgramId program) {
        return read(tenant, program, found -> sorted(found.pairs.values(),
                Comparator.comparing(p -> p.id().value())), List.of());
    }

    @Override
    public Touchpoint saveTouchpoint(TenantId tenant, Touchpoint touchpoint) {
        return saveIn(tenant, touchpoint.program(), found -> found.touchpoints, touchpoint.id(), touchpoint,
                "touchpoint");
    }

    @Override
    public Optional<Touchpoint> findTouchpoint(TenantId tenant, ProgramId program, TouchpointId id) {
        return read(tenant, program, found -> Optional.ofNullable(found.touchpoints.get(id)), Optional.empty());
    }

    @Override
    public List<Touchpoint> touchpoints(TenantId tenant, ProgramId program) {
        return read(tenant, program, found -> sorted(found.touchpoints.values(),
                Comparator.comparing(Touchpoint::start).thenComparing(t -> t.id().value())), List.of());
    }

    @Override
    public HotlineRequest saveHotlineRequest(TenantId tenant, HotlineRequest request) {
        return saveIn(tenant, request.program(), found -> found.hotline, request.id(), request, "hotline request");
    }

    @Override
    public Optional<HotlineRequest> findHotlineRequest(TenantId tenant, ProgramId program, HotlineRequestId id) {
        return read(tenant, program, found -> Optional.ofNullable(found.hotline.get(id)), Optional.empty());
    }

    @Override
    public List<HotlineRequest> hotlineRequests(TenantId tenant, ProgramId program) {
        return read(tenant, program, found -> sorted(found.hotline.values(),
                Comparator.comparing(HotlineRequest::raisedAt).thenComparing(r -> r.id().value())), List.of());
    }

    @Override
    public FollowUpCall saveFollowUpCall(TenantId tenant, FollowUpCall call) {
        return saveIn(tenant, call.program(), found -> found.calls, call.id(), call, "follow-up call");
    }

    @Override
    public Optional<FollowUpCall> findFollowUpCall(TenantId tenant, ProgramId program, FollowUpCallId id) {
        return read(tenant, program, found -> Optional.ofNullable(found.calls.get(id)), Optional.empty());
    }

    @Override
    public List<FollowUpCall> followUpCalls(TenantId tenant, ProgramId program) {
        return read(tenant, program, found -> sorted(found.calls.values(),
                Comparator.comparing(FollowUpCall::dueFrom).thenComparing(c -> c.id().value())), List.of());
    }

    @Override
    public void recordAttendance(TenantId tenant, Attendance attendance) {
        TenantData data = tenant(tenant);
        synchronized (data) {
            ProgramData program = program(data, attendance.program());
            if (!program.touchpoints.containsKey(attendance.touchpoint())) {
                throw new NotFoundException("touchpoint", attendance.touchpoint().value());
            }
            program.attendance.computeIfAbsent(attendance.touchpoint(), t -> new TreeMap<>(
                    Comparator.comparing(PersonId::value))).put(attendance.person(), attendance);
        }
    }

    @Override
    public List<Attendance> attendance(TenantId tenant, ProgramId program, TouchpointId touchpoint) {
        TenantData data = existing(tenant);
        synchronized (data) {
            ProgramData found = data.byProgram.get(program);
            if (found == null) {
                return List.of();
            }
            Map<PersonId, Attendance> records = found.attendance.get(touchpoint);
            return records == null ? List.of() : List.copyOf(records.values());
        }
    }

    private static <T> List<T> sorted(java.util.Collection<T> values, Comparator<T> order) {
        List<T> list = new ArrayList<>(values);
        list.sort(order);
        return List.copyOf(list);
    }

    @Override
    public int erase(TenantId tenant, Erasure erasure) {
        TenantData data = existing(tenant);
        PersonId person = erasure.person();
        int changed = 0;
        synchronized (data) {
            for (ProgramData program : data.byProgram.values()) {
                changed += program.participants.remove(person) == null ? 0 : 1;
                for (Map<PersonId, Attendance> byPerson : program.attendance.values()) {
                    changed += byPerson.remove(person) == null ? 0 : 1;
                }
                changed += removeIf(program.calls, c -> c.person().equals(person));
                changed += removeIf(program.hotline, r -> r.raisedBy().equals(person));
                changed += rewrite(program.pairs, pair -> pair.mentor().equals(person) || pair.mentee().equals(person)
                        || erasure.mentions(pair.endReason()), pair -> new Pair(pair.id(), pair.program(),
                        erasure.replace(pair.mentor()), erasure.replace(pair.mentee()), pair.status(), pair.formedOn(),
                        pair.endedOn(), erasure.redactOptional(pair.endReason()), pair.version() + 1));
                changed += rewrite(program.hotline, r -> person.equals(r.assignee()) || erasure.mentions(r.subject())
                        || erasure.mentions(r.details()) || erasure.mentions(r.answer()), r -> redacted(r, erasure));
                changed += rewrite(program.calls, c -> erasure.mentions(c.notes()), c -> new FollowUpCall(c.id(),
                        c.program(), c.person(), c.dueFrom(), c.dueBy(), c.status(), c.outcome(), c.loggedAt(),
                        erasure.redactOptional(c.notes()), c.version() + 1));
            }
        }
        return changed;
    }

    private static HotlineRequest redacted(HotlineRequest r, Erasure erasure) {
        PersonId assignee = r.assignee();
        return new HotlineRequest(r.id(), r.program(), r.raisedBy(), r.topic(), erasure.redact(r.subject()),
                erasure.redact(r.details()), r.raisedAt(), r.status(),
                assignee == null ? null : erasure.replace(assignee), erasure.redactOptional(r.answer()), r.answeredAt(),
                r.closedAt(), r.version() + 1);
    }

    private static <K, V> int removeIf(Map<K, V> map, Predicate<V> condition) {
        int before = map.size();
        map.values().removeIf(condition);
        return before - map.size();
    }

    private static <K, V> int rewrite(Map<K, V> map, Predicate<V> condition, UnaryOperator<V> rewriting) {
        int changed = 0;
        for (Map.Entry<K, V> entry : map.entrySet()) {
            if (condition.test(entry.getValue())) {
                entry.setValue(rewriting.apply(entry.getValue()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public boolean eraseProgram(TenantId tenant, ProgramId program) {
        TenantData data = existing(tenant);
        synchronized (data) {
            data.byProgram.remove(program);
            return data.programs.remove(program) != null;
        }
    }

    @Override
    public int clearHotlineTexts(TenantId tenant, Instant closedBefore, int limit) {
        Checks.atLeastOne(limit, "limit");
        TenantData data = existing(tenant);
        synchronized (data) {
            List<HotlineRequest> due = new ArrayList<>();
            for (ProgramData program : data.byProgram.values()) {
                for (HotlineRequest r : program.hotline.values()) {
                    if (r.closedAt() != null && r.closedAt().isBefore(closedBefore) && !isCleared(r)) {
                        due.add(r);
                    }
                }
            }
            due.sort(Comparator.comparing((HotlineRequest r) -> r.closedAt()).thenComparing(r -> r.id().value()));
            List<HotlineRequest> cleared = due.subList(0, Math.min(limit, due.size()));
            for (HotlineRequest r : cleared) {
                data.byProgram.get(r.program()).hotline.put(r.id(), new HotlineRequest(r.id(), r.program(),
                        r.raisedBy(), r.topic(), CLEARED_TEXT, "", r.raisedAt(), r.status(), r.assignee(),
                        r.answer() == null ? null : CLEARED_TEXT, r.answeredAt(), r.closedAt(), r.version() + 1));
            }
            return cleared.size();
        }
    }

    private static boolean isCleared(HotlineRequest r) {
        return r.subject().equals(CLEARED_TEXT) && r.details().isEmpty()
                && (r.answer() == null || r.answer().equals(CLEARED_TEXT));
    }
}
