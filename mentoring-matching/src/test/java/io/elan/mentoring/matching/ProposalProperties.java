package io.elan.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * On random requests small enough to try every assignment, the proposal is the optimum found by brute force, never
 * breaks a hard rule, explains everyone left out truthfully, and is the same whatever the order of the input.
 */
class ProposalProperties {
    private static final int EXAMPLES = 400;
    private static final List<List<String>> LANGUAGES = List.of(List.of("fr"), List.of("en"), List.of("fr", "en"),
            List.of());
    private static final List<String> TOPICS = List.of("leadership", "negotiation", "writing", "strategy");

    /** One request, printed in words so that a failing case reads as the people and rules it holds. */
    record Case(MatchingRules rules, List<Mentor> mentors, List<MatchingProfile> mentees, Set<Pairing> exclusions,
            @Nullable Pairing pin) {

        MatchingRequest.Builder builder() {
            return MatchingRequest.builder().rules(rules).mentors(mentors).mentees(mentees).exclusions(exclusions);
        }

        /** The same request with every list in reverse order. */
        MatchingRequest reversed() {
            List<Mentor> mentorsReversed = new ArrayList<>(mentors);
            Collections.reverse(mentorsReversed);
            List<MatchingProfile> menteesReversed = new ArrayList<>(mentees);
            Collections.reverse(menteesReversed);
            List<Pairing> exclusionsReversed = new ArrayList<>(exclusions);
            Collections.reverse(exclusionsReversed);
            MatchingRequest.Builder builder = MatchingRequest.builder().rules(rules).mentors(mentorsReversed)
                    .mentees(menteesReversed).exclusions(exclusionsReversed);
            if (pin != null) {
                builder.pin(pin);
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return "rules " + describe(rules) + "; mentors " + mentors.stream()
                    .map(m -> describe(m.profile()) + " taking " + m.capacity()).collect(Collectors.joining(", "))
                    + "; mentees " + mentees.stream().map(Case::describe).collect(Collectors.joining(", "))
                    + "; excluded " + exclusions + (pin == null ? "" : "; pinned " + pin);
        }

        private static String describe(MatchingRules r) {
            CriterionWeights w = r.weights();
            return "gap at least " + r.minimumLevelGap() + " aiming at " + r.targetLevelGap()
                    + (r.sharedLanguageRequired() ? ", a shared language" : "") + ", " + r.departmentPreference()
                    + ", weights topics " + w.topics() + " level " + w.levelGap() + " department " + w.department()
                    + " location " + w.location() + " wishes " + w.wishes()
                    + (r.protectWeakest() ? ", protecting the weakest" : "");
        }

        private static String describe(MatchingProfile p) {
            return p.person() + " (level " + p.level() + ", " + p.languages() + ", " + p.department() + " at "
                    + p.site() + " " + p.workMode() + ", topics " + p.topics() + ", managers " + p.managers()
                    + ", wishes " + p.wishes() + ", blocks " + p.blocked() + ")";
        }
    }

    private static final Gen<MatchingRules> RULES = in -> {
        int minimum = integers().between(-1, 2).generate(in);
        boolean defaultWeights = booleans().all().generate(in);
        Gen<Integer> weight = integers().between(0, 20);
        CriterionWeights weights = defaultWeights ? CriterionWeights.defaults()
                : new CriterionWeights(weight.generate(in), weight.generate(in), weight.generate(in),
                        weight.generate(in), weight.generate(in));
        return MatchingRules.builder()
                .minimumLevelGap(minimum)
                .targetLevelGap(minimum + integers().between(0, 2).generate(in))
                .sharedLanguageRequired(booleans().all().generate(in))
                .departmentPreference(Generate.enumValues(DepartmentPreference.class).generate(in))
                .weights(weights)
                .protectWeakest(booleans().all().generate(in))
                .build();
    };

    private static final Gen<Case> CASES = in -> {
        MatchingRules rules = RULES.generate(in);
        int mentorCount = integers().between(0, 4).generate(in);
        int menteeCount = integers().between(0, 6).generate(in);
        List<PersonId> mentorIds = ids("mentor", mentorCount);
        List<PersonId> menteeIds = ids("mentee", menteeCount);
        List<Mentor> mentors = new ArrayList<>();
        for (PersonId id : mentorIds) {
            mentors.add(new Mentor(profile(id, menteeIds).generate(in), integers().between(0, 3).generate(in)));
        }
        List<MatchingProfile> mentees = new ArrayList<>();
        for (PersonId id : menteeIds) {
            mentees.add(profile(id, mentorIds).generate(in));
        }
        Set<Pairing> exclusions = new LinkedHashSet<>();
        Pairing pin = null;
        if (mentorCount > 0 && menteeCount > 0) {
            int excluded = integers().between(0, 4).generate(in);
            for (int k = 0; k < excluded; k++) {
                exclusions.add(new Pairing(mentorIds.get(integers().between(0, mentorCount - 1).generate(in)),
                        menteeIds.get(integers().between(0, menteeCount - 1).generate(in))));
            }
            if (integers().between(0, 3).generate(in) == 0) {
                Pairing candidate = new Pairing(mentorIds.get(integers().between(0, mentorCount - 1).generate(in)),
                        menteeIds.get(integers().between(0, menteeCount - 1).generate(in)));
                pin = exclusions.contains(candidate) ? null : candidate;
            }
        }
        return new Case(rules, mentors, mentees, exclusions, pin);
    };

    private static List<PersonId> ids(String prefix, int count) {
        List<PersonId> ids = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            ids.add(PersonId.of(prefix + k));
        }
        return ids;
    }

    /** A profile drawing its reporting line, wishes and blocks from the other side. */
    private static Gen<MatchingProfile> profile(PersonId person, List<PersonId> others) {
        return in -> {
            MatchingProfile.Builder builder = MatchingProfile.builder(person)
                    .level(integers().between(0, 4).generate(in))
                    .languages(Generate.pick(LANGUAGES).generate(in))
                    .department(Generate.pick(Arrays.asList(null, "finance", "sales")).generate(in))
                    .site(Generate.pick(Arrays.asList(null, "Paris", "Lyon")).generate(in))
                    .workMode(Generate.enumValues(WorkMode.class).generate(in));
            int mask = integers().between(0, 15).generate(in);
            List<String> topics = new ArrayList<>();
            for (int t = 0; t < TOPICS.size(); t++) {
                if ((mask & 1 << t) != 0) {
                    topics.add(TOPICS.get(t));
                }
            }
            builder.topics(topics);
            if (!others.isEmpty()) {
                Gen<Integer> other = integers().between(-2, others.size() - 1);
                int manager = other.generate(in);
                if (manager >= 0) {
                    builder.managers(others.get(manager));
                }
                Set<PersonId> wishes = new LinkedHashSet<>();
                for (int k = 0; k < 2; k++) {
                    int wish = other.generate(in);
                    if (wish >= 0) {
                        wishes.add(others.get(wish));
                    }
                }
                builder.wishes(new ArrayList<>(wishes));
                int block = integers().between(-3, others.size() - 1).generate(in);
                if (block >= 0) {
                    builder.blocked(others.get(block));
                }
            }
            return builder.topics(topics).build();
        };
    }

    @Test
    @DisplayName("the proposal has the most pairs, then the highest total, then (protecting the weakest) the highest "
            + "lowest score that trying every assignment finds, and never breaks a hard rule nor a capacity")
    void theProposalIsTheBruteForceOptimum() {
        qt().withExamples(EXAMPLES).withShrinkCycles(500).forAll(CASES).checkAssert(ProposalProperties::isOptimal);
    }

    private static void isOptimal(Case c) {
        RulesOracle oracle = new RulesOracle(c.rules(), c.exclusions());
        Map<PersonId, MatchingProfile> profiles = profiles(c);
        if (c.pin() != null && !pinAllowed(c, oracle, profiles)) {
            assertThatThrownBy(() -> new MentorMatcher().propose(c.builder().pin(c.pin()).build()))
                    .as("a pin breaking a hard rule or a capacity is refused")
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> assertThat(v.field()).startsWith("pins[0]")));
            return;
        }
        MatchingRequest.Builder builder = c.builder();
        if (c.pin() != null) {
            builder.pin(c.pin());
        }
        Proposal proposal = new MentorMatcher().propose(builder.build());
        Optimum best = BruteForce.optimum(c, oracle);
        assertThat(proposal.pairs()).as("pairs").hasSize(best.pairs());
        assertThat(proposal.totalScore()).as("total score").isEqualTo(best.total());
        if (c.rules().protectWeakest() && best.pairs() > 0) {
            assertThat(proposal.lowestScore()).as("lowest pair score").contains(best.lowest());
        }
        Map<PersonId, Integer> taken = new HashMap<>();
        Set<PersonId> paired = new LinkedHashSet<>();
        for (ProposedPair pair : proposal.pairs()) {
            MatchingProfile mentor = profiles.get(pair.mentor());
            MatchingProfile mentee = profiles.get(pair.mentee());
            assertThat(oracle.allowed(mentor, mentee)).as("%s passes the hard rules", pair.pairing()).isTrue();
            assertThat(pair.score()).as("score of %s", pair.pairing()).isEqualTo(oracle.score(mentor, mentee));
            assertThat(paired.add(pair.mentee())).as("%s paired once", pair.mentee()).isTrue();
            taken.merge(pair.mentor(), 1, Integer::sum);
            assertThat(pair.pinned()).as("pinned flag of %s", pair.pairing()).isEqualTo(pair.pairing().equals(c.pin()));
        }
        for (Mentor mentor : c.mentors()) {
            assertThat(taken.getOrDefault(mentor.profile().person(), 0)).as("mentees of %s", mentor.profile().person())
                    .isLessThanOrEqualTo(mentor.capacity());
        }
        if (c.pin() != null) {
            assertThat(proposal.pairOf(c.pin().mentee()).map(ProposedPair::pairing)).contains(c.pin());
        }
        unmatchedAreExplainedTruthfully(c, oracle, proposal, taken, paired);
    }

    private static boolean pinAllowed(Case c, RulesOracle oracle, Map<PersonId, MatchingProfile> profiles) {
        Pairing pin = c.pin();
        int capacity = c.mentors().stream().filter(m -> m.profile().person().equals(pin.mentor()))
                .mapToInt(Mentor::capacity).findFirst().orElseThrow();
        return capacity > 0 && oracle.allowed(profiles.get(pin.mentor()), profiles.get(pin.mentee()));
    }

    private static void unmatchedAreExplainedTruthfully(Case c, RulesOracle oracle, Proposal proposal,
            Map<PersonId, Integer> taken, Set<PersonId> paired) {
        Map<PersonId, Unmatched> unmatched = new HashMap<>();
        proposal.unmatched().forEach(u -> assertThat(unmatched.put(u.person(), u)).as("%s listed once", u.person())
                .isNull());
        for (MatchingProfile mentee : c.mentees()) {
            Unmatched u = unmatched.get(mentee.person());
            assertThat(u != null).as("%s is paired or explained, not both", mentee.person())
                    .isNotEqualTo(paired.contains(mentee.person()));
            if (u == null) {
                continue;
            }
            assertThat(u.role()).isEqualTo(Role.MENTEE);
            List<Mentor> allowed = c.mentors().stream().filter(m -> oracle.allowed(m.profile(), mentee)).toList();
            long compatible = c.mentors().stream().filter(m -> oracle.compatible(m.profile(), mentee)).count();
            assertThat(u.compatible()).as("compatible mentors of %s", mentee.person()).isEqualTo(allowed.size());
            assertThat(u.candidates()).isEqualTo(c.mentors().size());
            assertThat(u.ruledOut().values().stream().mapToInt(Integer::intValue).sum() + u.compatible())
                    .as("counts of %s add up", mentee.person()).isEqualTo(c.mentors().size());
            if (!allowed.isEmpty()) {
                assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
                allowed.forEach(m -> assertThat(taken.getOrDefault(m.profile().person(), 0))
                        .as("%s, compatible with %s, is full", m.profile().person(), mentee.person())
                        .isEqualTo(m.capacity()));
            } else {
                assertThat(u.reason()).as("reason for %s", mentee.person()).isEqualTo(compatible > 0
                        ? UnmatchedReason.BLOCKED : UnmatchedReason.NO_COMPATIBLE_MENTOR);
            }
        }
        for (Mentor mentor : c.mentors()) {
            PersonId id = mentor.profile().person();
            Unmatched u = unmatched.get(id);
            boolean expected = mentor.capacity() > 0 && !taken.containsKey(id);
            assertThat(u != null).as("%s listed as left out", id).isEqualTo(expected);
            if (u == null) {
                continue;
            }
            assertThat(u.role()).isEqualTo(Role.MENTOR);
            List<MatchingProfile> allowed = c.mentees().stream().filter(e -> oracle.allowed(mentor.profile(), e))
                    .toList();
            long compatible = c.mentees().stream().filter(e -> oracle.compatible(mentor.profile(), e)).count();
            if (!allowed.isEmpty()) {
                assertThat(u.reason()).isEqualTo(UnmatchedReason.MENTEES_PAIRED_ELSEWHERE);
                allowed.forEach(e -> assertThat(paired).as("%s, compatible with %s", e.person(), id)
                        .contains(e.person()));
            } else {
                assertThat(u.reason()).as("reason for %s", id).isEqualTo(compatible > 0 ? UnmatchedReason.BLOCKED
                        : UnmatchedReason.NO_COMPATIBLE_MENTEE);
            }
        }
    }

    @Test
    @DisplayName("assessing any pairing agrees with the rules and the score as documented")
    void assessmentAgreesWithTheDocumentedRules() {
        qt().withExamples(EXAMPLES).withShrinkCycles(500).forAll(CASES).checkAssert(c -> {
            RulesOracle oracle = new RulesOracle(c.rules(), c.exclusions());
            MatchingRequest request = c.builder().build();
            for (Mentor mentor : c.mentors()) {
                for (MatchingProfile mentee : c.mentees()) {
                    Pairing pairing = new Pairing(mentor.profile().person(), mentee.person());
                    PairAssessment assessment = new MentorMatcher().assess(request, pairing);
                    assertThat(assessment.allowed()).as("%s allowed", pairing)
                            .isEqualTo(oracle.allowed(mentor.profile(), mentee));
                    assertThat(assessment.score()).as("%s score", pairing)
                            .isEqualTo(oracle.score(mentor.profile(), mentee));
                    assertThat(assessment.criteria().stream().mapToInt(CriterionScore::points).sum())
                            .isEqualTo(assessment.score());
                }
            }
        });
    }

    @Test
    @DisplayName("the same request gives the same proposal, whatever the order in which it lists people")
    void theSameRequestGivesTheSameProposal() {
        qt().withExamples(EXAMPLES).withShrinkCycles(500).forAll(CASES)
                .assuming(c -> c.pin() == null || pinAllowed(c, new RulesOracle(c.rules(), c.exclusions()),
                        profiles(c)))
                .checkAssert(c -> {
                    MatchingRequest.Builder builder = c.builder();
                    if (c.pin() != null) {
                        builder.pin(c.pin());
                    }
                    MatchingRequest request = builder.build();
                    Proposal first = new MentorMatcher().propose(request);
                    assertThat(new MentorMatcher().propose(request)).isEqualTo(first);
                    assertThat(new MentorMatcher().propose(c.reversed())).isEqualTo(first);
                });
    }

    private static Map<PersonId, MatchingProfile> profiles(Case c) {
        Map<PersonId, MatchingProfile> profiles = new HashMap<>();
        c.mentors().forEach(m -> profiles.put(m.profile().person(), m.profile()));
        c.mentees().forEach(e -> profiles.put(e.person(), e));
        return profiles;
    }

    /**
     * The best values over every assignment.
     *
     * @param pairs the most pairs
     * @param total the highest total with that many pairs
     * @param lowest the highest lowest pair score with that many pairs and that total
     */
    record Optimum(int pairs, long total, int lowest) {
        boolean worseThan(int otherPairs, long otherTotal, int otherLowest) {
            if (pairs != otherPairs) {
                return pairs < otherPairs;
            }
            if (total != otherTotal) {
                return total < otherTotal;
            }
            return lowest < otherLowest;
        }
    }

    /** Tries every assignment of the mentees, each to nobody or to a mentor with room it may be paired with. */
    static final class BruteForce {
        private final Case c;
        private final RulesOracle oracle;
        private final int[] remaining;
        private Optimum best = new Optimum(-1, 0, 0);

        private BruteForce(Case c, RulesOracle oracle) {
            this.c = c;
            this.oracle = oracle;
            this.remaining = c.mentors().stream().mapToInt(Mentor::capacity).toArray();
        }

        static Optimum optimum(Case c, RulesOracle oracle) {
            BruteForce search = new BruteForce(c, oracle);
            search.assign(0, 0, 0, Integer.MAX_VALUE);
            return search.best;
        }

        private void assign(int mentee, int pairs, long total, int lowest) {
            if (mentee == c.mentees().size()) {
                if (best.worseThan(pairs, total, lowest)) {
                    best = new Optimum(pairs, total, lowest);
                }
                return;
            }
            MatchingProfile profile = c.mentees().get(mentee);
            boolean pinned = c.pin() != null && c.pin().mentee().equals(profile.person());
            if (!pinned) {
                assign(mentee + 1, pairs, total, lowest);
            }
            for (int j = 0; j < c.mentors().size(); j++) {
                MatchingProfile mentor = c.mentors().get(j).profile();
                if (pinned && !mentor.person().equals(c.pin().mentor())) {
                    continue;
                }
                if (remaining[j] > 0 && oracle.allowed(mentor, profile)) {
                    int score = oracle.score(mentor, profile);
                    remaining[j]--;
                    assign(mentee + 1, pairs + 1, total + score, Math.min(lowest, score));
                    remaining[j]++;
                }
            }
        }
    }

}
