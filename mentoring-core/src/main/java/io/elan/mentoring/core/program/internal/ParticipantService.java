package io.elan.mentoring.core.program.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.event.ParticipantEnrolled;
import io.elan.mentoring.core.event.ParticipantLeft;
import io.elan.mentoring.core.followup.internal.FollowUpCallService;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.program.Participants;
import io.elan.mentoring.core.program.EnrolmentResult;
import io.elan.mentoring.core.program.LeaverCheck;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Participants} of one tenant. Thread-safe.
 */
public final class ParticipantService implements Participants {

    private static final Set<ProgramStatus> ENROLMENT_OPEN = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING);

    private final Engine engine;
    private final TenantId tenant;
    private final FollowUpCallService followUps;

    /**
     * @param engine the engine
     * @param tenant the tenant
     * @param followUps the tenant's follow-up calls, planned for people joining a running program
     */
    public ParticipantService(Engine engine, TenantId tenant, FollowUpCallService followUps) {
        this.engine = engine;
        this.tenant = tenant;
        this.followUps = followUps;
    }

    @Override
    public EnrolmentResult enrol(ProgramId programId, Role role, Collection<PersonId> people) {
        Program program = engine.program(tenant, programId);
        if (!ENROLMENT_OPEN.contains(program.status())) {
            throw new RefusedOperationException("program " + programId, "cannot enrol while the program is "
                    + program.status() + " (allowed while ENROLLING, READY or RUNNING)");
        }
        Set<PersonId> wanted = new LinkedHashSet<>(people);
        Map<PersonId, Person> found = engine.directory().findAll(tenant, wanted);
        List<Participant> enrolled = new ArrayList<>();
        List<PersonId> already = new ArrayList<>();
        List<PersonId> inactive = new ArrayList<>();
        List<PersonId> unknown = new ArrayList<>();
        for (PersonId id : wanted) {
            Person person = found.get(id);
            if (person == null) {
                unknown.add(id);
            } else if (!person.active()) {
                inactive.add(id);
            } else {
                Optional<Participant> stored = enrolOne(program, role, person);
                if (stored.isPresent()) {
                    enrolled.add(stored.get());
                } else {
                    already.add(id);
                }
            }
        }
        for (Participant participant : enrolled) {
            engine.events().deliver(new ParticipantEnrolled(tenant, programId, engine.now(), participant.person(),
                    role));
        }
        if (program.status() == ProgramStatus.RUNNING && !enrolled.isEmpty()) {
            followUps.planFor(program, enrolled);
        }
        return new EnrolmentResult(enrolled, already, inactive, unknown);
    }

    private Optional<Participant> enrolOne(Program program, Role role, Person person) {
        Participant participant = Participant.builder()
                .program(program.id())
                .person(person.id())
                .role(role)
                .locale(person.locale())
                .zone(person.zone())
                .enrolledOn(engine.today(program.zone()))
                .build();
        try {
            return Optional.of(engine.store().saveParticipant(tenant, participant));
        } catch (VersionConflictException alreadyEnrolled) {
            return Optional.empty();
        }
    }

    @Override
    public List<Participant> participants(ProgramId program) {
        engine.program(tenant, program);
        return engine.store().participants(tenant, program);
    }

    @Override
    public List<Participant> participants(ProgramId program, Role role) {
        return participants(program).stream().filter(p -> p.role() == role).toList();
    }

    @Override
    public LeaverCheck flagLeavers(ProgramId programId) {
        Program program = engine.program(tenant, programId);
        List<Participant> active = engine.store().participants(tenant, programId).stream()
                .filter(Participant::isActive).toList();
        Map<PersonId, Person> found = engine.directory().findAll(tenant,
                active.stream().map(Participant::person).toList());
        List<Participant> flagged = new ArrayList<>();
        List<PersonId> unknown = new ArrayList<>();
        for (Participant participant : active) {
            Person person = found.get(participant.person());
            if (person == null) {
                unknown.add(participant.person());
            } else if (!person.active()) {
                flagOne(program, participant.person()).ifPresent(flagged::add);
            }
        }
        return new LeaverCheck(flagged, unknown);
    }

    @Override
    public Participant setPreferences(ProgramId program, PersonId person, Channel preferredChannel,
            Set<String> optOuts) {
        Objects.requireNonNull(preferredChannel, "preferredChannel");
        Set<String> wanted = Set.copyOf(Objects.requireNonNull(optOuts, "optOuts"));
        engine.program(tenant, program);
        return engine.retry().run(() -> {
            Participant current = engine.store().findParticipant(tenant, program, person)
                    .orElseThrow(() -> new NotFoundException("participant", person.value()));
            if (current.preferredChannel() == preferredChannel && current.optOuts().equals(wanted)) {
                return current;
            }
            return engine.store().saveParticipant(tenant,
                    current.toBuilder().preferredChannel(preferredChannel).optOuts(wanted).build());
        });
    }

    private Optional<Participant> flagOne(Program program, PersonId person) {
        Optional<Participant> left = engine.retry().run(() -> {
            Participant current = engine.store().findParticipant(tenant, program.id(), person).orElseThrow();
            if (!current.isActive()) {
                return Optional.<Participant>empty();
            }
            return Optional.of(engine.store().saveParticipant(tenant,
                    current.toBuilder().status(ParticipantStatus.LEFT).build()));
        });
        left.ifPresent(participant -> {
            followUps.cancelPlanned(program.id(), person, "the participant left the company");
            engine.events().deliver(new ParticipantLeft(tenant, program.id(), engine.now(), person,
                    participant.role()));
        });
        return left;
    }
}
