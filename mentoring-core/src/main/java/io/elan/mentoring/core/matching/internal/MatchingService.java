package io.elan.mentoring.core.matching.internal;

import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.matching.Confirmation;
import io.elan.mentoring.core.matching.ConfirmedProposal;
import io.elan.mentoring.core.matching.Matching;
import io.elan.mentoring.core.matching.MatchingInput;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.program.Programs;
import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.matching.Mentor;
import io.elan.mentoring.matching.MentorMatcher;
import io.elan.mentoring.matching.PairAssessment;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.matching.ProposedPair;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Matching} of one tenant: builds requests from the program as stored, proposes with
 * {@link MentorMatcher}, and confirms through {@link Pairs}. Thread-safe.
 */
public final class MatchingService implements Matching {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);

    private static final Set<ProgramStatus> PAIRING_OPEN = EnumSet.of(ProgramStatus.ENROLLING, ProgramStatus.READY,
            ProgramStatus.RUNNING);

    private final Engine engine;
    private final TenantId tenant;
    private final Programs programs;
    private final Pairs pairs;
    private final MentorMatcher matcher = new MentorMatcher();

    /**
     * @param engine the engine
     * @param tenant the tenant
     * @param programs the tenant's programs, for their definitions
     * @param pairs the tenant's pairs, through which proposals are confirmed
     */
    public MatchingService(Engine engine, TenantId tenant, Programs programs, Pairs pairs) {
        this.engine = engine;
        this.tenant = tenant;
        this.programs = programs;
        this.pairs = pairs;
    }

    @Override
    public Proposal propose(ProgramId program, MatchingInput input) {
        return matcher.propose(request(program, input));
    }

    @Override
    public MatchingRequest request(ProgramId program, MatchingInput input) {
        return request(new ProgramState(program), input, mentee -> true);
    }

    @Override
    public Proposal proposeRematch(ProgramId program, PairId endedId, MatchingInput input) {
        ProgramState state = new ProgramState(program);
        Pair ended = pairs.get(program, endedId);
        String subject = "pair " + endedId;
        if (ended.status() != PairStatus.ENDED) {
            throw new RefusedOperationException(subject,
                    "cannot propose a re-match: the pair is " + ended.status() + "; end it first");
        }
        PersonId mentee = ended.mentee();
        Participant participant = state.participants.get(mentee);
        if (participant == null || !participant.isActive()) {
            throw new RefusedOperationException(subject,
                    "cannot propose a re-match: mentee " + mentee + " is no longer an active participant");
        }
        state.current.stream().filter(p -> p.mentee().equals(mentee)).findFirst().ifPresent(p -> {
            throw new RefusedOperationException(subject,
                    "cannot propose a re-match: mentee " + mentee + " is already in pair " + p.id());
        });
        // Pins of other mentees concern proposals this one does not make.
        MatchingInput.Builder onlyTheirs = MatchingInput.builder().rules(rules(program, input))
                .completion(input.completion())
                .profiles(input.profiles().values());
        input.mentorLimits().forEach(onlyTheirs::mentorLimit);
        input.exclusions().forEach(x -> onlyTheirs.exclude(x.mentor(), x.mentee()));
        input.pins().stream().filter(pin -> pin.mentee().equals(mentee))
                .forEach(pin -> onlyTheirs.pin(pin.mentor(), pin.mentee()));
        return matcher.propose(request(state, onlyTheirs.build(), mentee::equals));
    }

    @Override
    public PairAssessment assess(ProgramId program, MatchingInput input, Pairing pairing) {
        ProgramState state = new ProgramState(program);
        Participant mentor = state.active(pairing.mentor(), Role.MENTOR);
        Participant mentee = state.active(pairing.mentee(), Role.MENTEE);
        Map<PersonId, MatchingProfile> profiles = new DirectoryProfiles(engine, tenant)
                .profiles(List.of(mentor, mentee), input);
        MatchingRequest request = MatchingRequest.builder().rules(rules(program, input))
                .mentor(profiles.get(mentor.person()), 1).mentee(profiles.get(mentee.person()))
                .exclusions(exclusions(state, input)).build();
        return matcher.assess(request, pairing);
    }

    private MatchingRequest request(ProgramState state, MatchingInput input, Predicate<PersonId> menteeWanted) {
        Set<PersonId> paired = new HashSet<>();
        Map<PersonId, Integer> taken = new HashMap<>();
        for (Pair pair : state.current) {
            paired.add(pair.mentee());
            taken.merge(pair.mentor(), 1, Integer::sum);
        }
        List<Participant> mentors = new ArrayList<>();
        List<Participant> mentees = new ArrayList<>();
        for (Participant participant : state.participants.values()) {
            if (!participant.isActive()) {
                continue;
            }
            if (participant.role() == Role.MENTOR) {
                mentors.add(participant);
            } else if (!paired.contains(participant.person()) && menteeWanted.test(participant.person())) {
                mentees.add(participant);
            }
        }
        List<Participant> everyone = new ArrayList<>(mentors);
        everyone.addAll(mentees);
        Map<PersonId, MatchingProfile> profiles = new DirectoryProfiles(engine, tenant).profiles(everyone, input);
        ProgramDefinition definition = programs.definition(state.program.id());
        int capacity = definition.mentorCapacity();
        List<Mentor> withRoom = mentors.stream().map(m -> new Mentor(profiles.get(m.person()),
                Math.max(0, Math.min(capacity, input.mentorLimits().getOrDefault(m.person(), capacity))
                        - taken.getOrDefault(m.person(), 0)))).toList();
        MatchingRules rules = input.rules() != null ? input.rules() : definition.matching();
        MatchingRequest.Builder request = MatchingRequest.builder().rules(rules).mentors(withRoom)
                .mentees(mentees.stream().map(m -> profiles.get(m.person())).toList())
                .exclusions(exclusions(state, input));
        input.pins().forEach(request::pin);
        return request.build();
    }

    /** The input's own rules, or else the program's. */
    private MatchingRules rules(ProgramId program, MatchingInput input) {
        return input.rules() != null ? input.rules() : programs.definition(program).matching();
    }

    /** The team's exclusions and every pairing that has ended in the program. */
    private static Set<Pairing> exclusions(ProgramState state, MatchingInput input) {
        Set<Pairing> exclusions = new LinkedHashSet<>(input.exclusions());
        state.ended.forEach(p -> exclusions.add(new Pairing(p.mentor(), p.mentee())));
        return exclusions;
    }

    @Override
    public Confirmation confirm(ProgramId program, Proposal proposal) {
        ProgramState state = new ProgramState(program);
        String subject = "program " + program;
        if (!PAIRING_OPEN.contains(state.program.status())) {
            throw new RefusedOperationException(subject, "cannot confirm a proposal while the program is "
                    + state.program.status() + ": pairs are formed while ENROLLING, READY or RUNNING");
        }
        int capacity = programs.definition(program).mentorCapacity();
        Set<PersonId> paired = new HashSet<>();
        Map<PersonId, Integer> taken = new HashMap<>();
        state.current.forEach(p -> {
            paired.add(p.mentee());
            taken.merge(p.mentor(), 1, Integer::sum);
        });
        List<String> problems = new ArrayList<>();
        for (ProposedPair pair : proposal.pairs()) {
            String problem = problem(state, pair, paired, taken, capacity);
            if (problem != null) {
                problems.add(pair.pairing() + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedOperationException(subject, "cannot confirm the proposal, it no longer fits the "
                    + "program (nothing was formed): " + String.join("; ", problems));
        }
        List<Pair> formed = new ArrayList<>();
        List<ProposedPair> formedAsProposed = new ArrayList<>();
        List<Confirmation.Refusal> refused = new ArrayList<>();
        for (ProposedPair pair : proposal.pairs()) {
            try {
                formed.add(pairs.form(program, pair.mentor(), pair.mentee()));
                formedAsProposed.add(pair);
            } catch (RefusedOperationException changedMeanwhile) {
                refused.add(new Confirmation.Refusal(pair.pairing(), changedMeanwhile.rule()));
            }
        }
        Instant at = engine.now();
        engine.retry().run(() -> {
            Program current = engine.program(tenant, program);
            Map<String, String> settings = new HashMap<>(current.settings());
            if (!ConfirmedProposals.add(settings, at, proposal, formedAsProposed)) {
                // The pairs are formed; only the record of the proposal, kept for the report, has no room.
                LOG.warn("The confirmed proposal of program {} in tenant {} ({} pairs) is too large to keep with the"
                        + " program: its pairs are formed, but lastConfirmed will read nothing", program.value(),
                        tenant.value(), formedAsProposed.size());
            }
            return engine.store().saveProgram(current.toBuilder().settings(settings).build());
        });
        return new Confirmation(formed, refused);
    }

    @Override
    public Optional<ConfirmedProposal> lastConfirmed(ProgramId program) {
        return ConfirmedProposals.read(engine.program(tenant, program).settings());
    }

    private static @Nullable String problem(ProgramState state, ProposedPair pair, Set<PersonId> paired,
            Map<PersonId, Integer> taken, int capacity) {
        Participant mentor = state.participants.get(pair.mentor());
        Participant mentee = state.participants.get(pair.mentee());
        if (mentor == null || mentor.role() != Role.MENTOR || !mentor.isActive()) {
            return "the mentor is not an active mentor of the program";
        }
        if (mentee == null || mentee.role() != Role.MENTEE || !mentee.isActive()) {
            return "the mentee is not an active mentee of the program";
        }
        if (!paired.add(pair.mentee())) {
            return "the mentee is already in a pair";
        }
        if (taken.merge(pair.mentor(), 1, Integer::sum) > capacity) {
            return "the mentor would exceed the capacity of " + capacity;
        }
        return null;
    }

    /** The program, its participants and its pairs, read once. */
    private final class ProgramState {
        final Program program;
        final Map<PersonId, Participant> participants = new HashMap<>();
        final List<Pair> current = new ArrayList<>();
        final List<Pair> ended = new ArrayList<>();

        ProgramState(ProgramId id) {
            program = engine.program(tenant, id);
            engine.store().participants(tenant, id).forEach(p -> participants.put(p.person(), p));
            for (Pair pair : engine.store().pairs(tenant, id)) {
                (pair.status() == PairStatus.ENDED ? ended : current).add(pair);
            }
        }

        Participant active(PersonId person, Role role) {
            Participant participant = participants.get(person);
            if (participant == null || participant.role() != role || !participant.isActive()) {
                throw new RefusedOperationException("program " + program.id(), "cannot assess " + person
                        + ": not an active " + role.name().toLowerCase(Locale.ROOT) + " of the program");
            }
            return participant;
        }
    }
}
