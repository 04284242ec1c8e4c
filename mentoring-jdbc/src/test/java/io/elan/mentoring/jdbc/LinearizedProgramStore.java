package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A program store that lets one program or pair write commit at a time and writes down each one that did, in the
 * order they committed: a history a checker can replay to see the state every write left. Reads are not held, so
 * every read-then-write race of the callers still happens. Thread-safe.
 */
final class LinearizedProgramStore implements ProgramStore {

    /** One committed write: a program or a pair, as stored. */
    record Write(TenantId tenant, Object stored) {
        @Override
        public String toString() {
            if (stored instanceof Program p) {
                return "program " + p.id() + " saved " + p.status() + " at version " + p.version();
            }
            Pair p = (Pair) stored;
            return "pair " + p.id() + " (" + p.mentor() + " with " + p.mentee() + ") saved " + p.status()
                    + " at version " + p.version();
        }
    }

    private final ProgramStore delegate;
    private final List<Write> history = new ArrayList<>();

    LinearizedProgramStore(ProgramStore delegate) {
        this.delegate = delegate;
    }

    /**
     * @param tenant a tenant
     * @return the tenant's committed program and pair writes, in commit order
     */
    synchronized List<Write> history(TenantId tenant) {
        return history.stream().filter(w -> w.tenant().equals(tenant)).toList();
    }

    @Override
    public synchronized Program saveProgram(Program program) {
        Program stored = delegate.saveProgram(program);
        history.add(new Write(stored.tenant(), stored));
        return stored;
    }

    @Override
    public synchronized Pair savePair(TenantId tenant, Pair pair) {
        Pair stored = delegate.savePair(tenant, pair);
        history.add(new Write(tenant, stored));
        return stored;
    }

    @Override
    public Optional<Program> findProgram(TenantId tenant, ProgramId id) {
        return delegate.findProgram(tenant, id);
    }

    @Override
    public List<Program> programs(TenantId tenant) {
        return delegate.programs(tenant);
    }

    @Override
    public Participant saveParticipant(TenantId tenant, Participant participant) {
        return delegate.saveParticipant(tenant, participant);
    }

    @Override
    public Optional<Participant> findParticipant(TenantId tenant, ProgramId program, PersonId person) {
        return delegate.findParticipant(tenant, program, person);
    }

    @Override
    public List<Participant> participants(TenantId tenant, ProgramId program) {
        return delegate.participants(tenant, program);
    }

    @Override
    public Optional<Pair> findPair(TenantId tenant, ProgramId program, PairId id) {
        return delegate.findPair(tenant, program, id);
    }

    @Override
    public List<Pair> pairs(TenantId tenant, ProgramId program) {
        return delegate.pairs(tenant, program);
    }

    @Override
    public Touchpoint saveTouchpoint(TenantId tenant, Touchpoint touchpoint) {
        return delegate.saveTouchpoint(tenant, touchpoint);
    }

    @Override
    public Optional<Touchpoint> findTouchpoint(TenantId tenant, ProgramId program, TouchpointId id) {
        return delegate.findTouchpoint(tenant, program, id);
    }

    @Override
    public List<Touchpoint> touchpoints(TenantId tenant, ProgramId program) {
        return delegate.touchpoints(tenant, program);
    }

    @Override
    public HotlineRequest saveHotlineRequest(TenantId tenant, HotlineRequest request) {
        return delegate.saveHotlineRequest(tenant, request);
    }

    @Override
    public Optional<HotlineRequest> findHotlineRequest(TenantId tenant, ProgramId program, HotlineRequestId id) {
        return delegate.findHotlineRequest(tenant, program, id);
    }

    @Override
    public List<HotlineRequest> hotlineRequests(TenantId tenant, ProgramId program) {
        return delegate.hotlineRequests(tenant, program);
    }

    @Override
    public FollowUpCall saveFollowUpCall(TenantId tenant, FollowUpCall call) {
        return delegate.saveFollowUpCall(tenant, call);
    }

    @Override
    public Optional<FollowUpCall> findFollowUpCall(TenantId tenant, ProgramId program, FollowUpCallId id) {
        return delegate.findFollowUpCall(tenant, program, id);
    }

    @Override
    public List<FollowUpCall> followUpCalls(TenantId tenant, ProgramId program) {
        return delegate.followUpCalls(tenant, program);
    }

    @Override
    public void recordAttendance(TenantId tenant, Attendance attendance) {
        delegate.recordAttendance(tenant, attendance);
    }

    @Override
    public List<Attendance> attendance(TenantId tenant, ProgramId program, TouchpointId touchpoint) {
        return delegate.attendance(tenant, program, touchpoint);
    }
}
