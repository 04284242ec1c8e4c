package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.matching.Confirmation;
import io.elan.mentoring.core.matching.ConfirmedProposal;
import io.elan.mentoring.core.matching.Matching;
import io.elan.mentoring.core.matching.MatchingInput;
import io.elan.mentoring.matching.CriterionScore;
import io.elan.mentoring.matching.CriterionWeights;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.HardRule;
import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.matching.Proposal;
import io.elan.mentoring.matching.ProposedPair;
import io.elan.mentoring.matching.UnmatchedReason;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A program team's matching: propose from the program as it stands, pin and exclude, ask again, confirm through the
 * engine; late joiners and re-matches never move a confirmed pair.
 */
class MatchingFlowTest {
    private static final Map<String, Integer> LEVELS = Map.of("marie", 6, "paul", 5, "lea", 3, "hugo", 3, "ines", 2,
            "leo", 3, "boss", 9);
    private static final Map<String, List<String>> TOPICS = Map.of("marie", List.of("leadership", "negotiation"),
            "paul", List.of("writing", "data"), "lea", List.of("leadership"), "hugo", List.of("writing"),
            "ines", List.of("negotiation", "data"), "leo", List.of("data"));

    private final EngineFixture fixture = new EngineFixture();
    private final Matching matching = fixture.acme().matching();
    /** Levels and topics come from the program's own form; the directory knows departments and managers. */
    private final MatchingInput input = MatchingInput.builder()
            .completion((profile, role) -> profile.toBuilder().level(LEVELS.get(profile.person().value()))
                    .topics(TOPICS.getOrDefault(profile.person().value(), List.of())).build())
            .build();

    @BeforeEach
    void program() {
        fixture.acme().programs().define(EngineFixture.definition().mentorCapacity(2).build());
        fixture.acme().programs().openEnrolment(SPRING);
        person("boss", "board", null);
        person("marie", "finance", "boss");
        person("paul", "sales", "boss");
        person("lea", "sales", "paul");
        person("hugo", "marketing", null);
        person("ines", "finance", null);
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("marie"), id("paul")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("lea"), id("hugo"), id("ines")));
        fixture.newEvents();
    }

    private void person(String id, String department, String manager) {
        fixture.people.put(ACME, Person.of(id(id), "Person " + id).toBuilder().orgUnit(department)
                .manager(manager == null ? null : id(manager)).build());
    }

    private static List<String> pairings(Proposal proposal) {
        return proposal.pairs().stream().map(p -> p.pairing().toString()).toList();
    }

    @Test
    @DisplayName("the directory gives departments, reporting lines and languages; the completion the rest")
    void profilesFromTheDirectory() {
        MatchingProfile lea = fixture.acme().matching().request(SPRING, input).mentees().stream()
                .filter(p -> p.person().equals(id("lea"))).findFirst().orElseThrow();

        assertThat(lea.department()).isEqualTo("sales");
        assertThat(lea.managers()).containsExactly(id("paul"), id("boss"));
        assertThat(lea.languages()).containsExactly("fr");
        assertThat(lea.level()).isEqualTo(3);
        assertThat(matching.assess(SPRING, input, new Pairing(id("paul"), id("lea"))).broken())
                .containsExactly(HardRule.REPORTING_LINE);
    }

    @Test
    @DisplayName("the team proposes, excludes and pins, proposes again, then confirms: the pairs are formed with "
            + "their events")
    void proposeRefineConfirm() {
        Proposal first = matching.propose(SPRING, input);
        assertThat(pairings(first)).containsExactly("marie mentoring lea", "paul mentoring hugo",
                "paul mentoring ines");
        assertThat(first.pairs()).extracting(ProposedPair::score).containsExactly(67, 72, 49);
        assertThat(first.pairs().get(0).explain(Locale.FRENCH)).first().asString()
                .isEqualTo("L’unique objectif du mentoré est partagé (leadership)\u00a0: 35 points sur 35.");

        MatchingInput decided = input.toBuilder().exclude(id("paul"), id("ines")).pin(id("marie"), id("ines"))
                .build();
        Proposal second = matching.propose(SPRING, decided);
        assertThat(pairings(second)).containsExactly("marie mentoring ines", "marie mentoring lea",
                "paul mentoring hugo");
        assertThat(second.pairs()).filteredOn(ProposedPair::pinned).extracting(p -> p.mentee().value())
                .containsExactly("ines");

        Confirmation confirmation = matching.confirm(SPRING, second);

        assertThat(confirmation.refused()).isEmpty();
        assertThat(confirmation.formed()).extracting(p -> p.mentor().value() + "/" + p.mentee().value())
                .containsExactly("marie/ines", "marie/lea", "paul/hugo");
        assertThat(fixture.newEvents()).filteredOn(PairFormed.class::isInstance).hasSize(3);
        assertThat(fixture.acme().pairs().list(SPRING)).hasSize(3);
    }

    @Test
    @DisplayName("a late joiner is matched to the room left, and no confirmed pair moves")
    void lateJoiner() {
        matching.confirm(SPRING, matching.propose(SPRING, input));
        List<Pair> confirmed = fixture.acme().pairs().list(SPRING);
        person("leo", "data", null);
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("leo")));

        Proposal late = matching.propose(SPRING, input);

        assertThat(pairings(late)).containsExactly("marie mentoring leo");
        assertThat(late.seatsLeft()).isZero();
        matching.confirm(SPRING, late);
        assertThat(fixture.acme().pairs().list(SPRING)).containsAll(confirmed).hasSize(4);

        person("zoe", "data", null);
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("zoe")));
        Proposal full = matching.propose(SPRING, input.toBuilder()
                .profile(MatchingProfile.builder("zoe").languages("fr").level(1).build()).build());
        assertThat(full.pairs()).isEmpty();
        assertThat(full.unmatchedMentees()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
            assertThat(u.explain(Locale.ENGLISH))
                    .isEqualTo("Capacity exhausted: the 2 compatible mentors are all full.");
        });
    }

    @Test
    @DisplayName("when a pair ends, the re-match proposes another mentor, never the former one")
    void rematch() {
        matching.confirm(SPRING, matching.propose(SPRING, input));
        Pair leaPair = fixture.acme().pairs().list(SPRING).stream().filter(p -> p.mentee().equals(id("lea")))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> matching.proposeRematch(SPRING, leaPair.id(), input))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("pair " + leaPair.id() + ": cannot propose a re-match: the pair is ACTIVE; end it first");
        fixture.acme().pairs().end(SPRING, leaPair.id(), "Changement de poste");

        Proposal rematch = matching.proposeRematch(SPRING, leaPair.id(), input);

        assertThat(rematch.unmatchedMentees()).singleElement().satisfies(u -> {
            assertThat(u.person()).isEqualTo(id("lea"));
            assertThat(u.reason()).isEqualTo(UnmatchedReason.BLOCKED);
            assertThat(u.ruledOut()).containsExactly(Map.entry(HardRule.REPORTING_LINE, 1),
                    Map.entry(HardRule.EXCLUDED, 1));
            assertThat(u.explain(Locale.ENGLISH)).isEqualTo("Blocked: every mentor who passes the rules is blocked "
                    + "or excluded. Ruled out: 1 in the reporting line, 1 excluded.");
        });
        assertThat(rematch.unmatchedMentors()).extracting(u -> u.person().value() + " " + u.reason())
                .containsExactly("marie BLOCKED");
    }

    @Test
    @DisplayName("a re-match pairs the mentee with a mentor who has room")
    void rematchWithRoom() {
        matching.confirm(SPRING, matching.propose(SPRING, input.toBuilder().exclude(id("marie"), id("ines"))
                .build()));
        Pair inesPair = fixture.acme().pairs().list(SPRING).stream().filter(p -> p.mentee().equals(id("ines")))
                .findFirst().orElseThrow();
        assertThat(inesPair.mentor()).isEqualTo(id("paul"));
        fixture.acme().pairs().end(SPRING, inesPair.id(), "Incompatibilité d’agenda");

        Proposal rematch = matching.proposeRematch(SPRING, inesPair.id(), MatchingInput.builder()
                .completion((profile, role) -> profile.toBuilder().level(LEVELS.get(profile.person().value()))
                        .build()).build());

        assertThat(pairings(rematch)).containsExactly("marie mentoring ines");
        assertThat(matching.confirm(SPRING, rematch).formed()).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PairStatus.ACTIVE));
    }

    @Test
    @DisplayName("a proposal that no longer fits the program forms nothing and names each pair concerned")
    void staleProposal() {
        Proposal proposal = matching.propose(SPRING, input);
        fixture.acme().pairs().form(SPRING, id("paul"), id("lea"));
        int before = fixture.acme().pairs().list(SPRING).size();

        assertThatThrownBy(() -> matching.confirm(SPRING, proposal))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot confirm the proposal, it no longer fits the program "
                        + "(nothing was formed): marie mentoring lea: the mentee is already in a pair; "
                        + "paul mentoring ines: the mentor would exceed the capacity of 2");
        assertThat(fixture.acme().pairs().list(SPRING)).hasSize(before);
    }

    @Test
    @DisplayName("a pin naming someone outside the proposal is refused by name")
    void pinOutside() {
        PersonId stranger = id("stranger");
        assertThatThrownBy(() -> matching.propose(SPRING, input.toBuilder().pin(id("marie"), stranger).build()))
                .hasMessage("pins[0].mentee: must be a mentee of the request (was stranger)");
    }

    @Test
    @DisplayName("proposals follow the program's matching rules, kept with the program, unless the input brings its "
            + "own")
    void programRules() {
        MatchingRules sameDepartment = MatchingRules.builder()
                .departmentPreference(DepartmentPreference.SAME_DEPARTMENT)
                .weights(new CriterionWeights(35, 15, 40, 15, 20)).build();
        fixture.acme().programs().redefine(EngineFixture.definition().mentorCapacity(2).matching(sameDepartment)
                .build());

        Proposal byProgram = matching.propose(SPRING, input);

        assertThat(fixture.anotherNode(fixture.gateway).tenant(ACME).programs().definition(SPRING).matching())
                .isEqualTo(sameDepartment);
        assertThat(byProgram.maxPairScore()).isEqualTo(125);
        assertThat(byProgram.pairs()).isNotEmpty().allSatisfy(pair -> assertThat(pair.criteria())
                .filteredOn(CriterionScore.Department.class::isInstance).singleElement()
                .isInstanceOfSatisfying(CriterionScore.Department.class, d -> {
                    assertThat(d.preference()).isEqualTo(DepartmentPreference.SAME_DEPARTMENT);
                    assertThat(d.maxPoints()).isEqualTo(40);
                }));
        Proposal byInput = matching.propose(SPRING, input.toBuilder().rules(MatchingRules.defaults()).build());
        assertThat(byInput.maxPairScore()).isEqualTo(100);
        assertThat(pairings(byInput)).containsExactly("marie mentoring lea", "paul mentoring hugo",
                "paul mentoring ines");
    }

    @Test
    @DisplayName("what was confirmed is kept with the program: the pairs of every confirmed proposal as proposed, "
            + "and who the last one left out, read the same by another engine on the store")
    void lastConfirmed() {
        assertThat(matching.lastConfirmed(SPRING)).isEmpty();
        Proposal first = matching.propose(SPRING, input.toBuilder().exclude(id("marie"), id("lea"))
                .exclude(id("paul"), id("lea")).build());
        assertThat(first.unmatchedMentees()).extracting(u -> u.person().value()).containsExactly("lea");
        matching.confirm(SPRING, first);
        person("leo", "data", null);
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("leo")));
        fixture.clock.advance(Duration.ofDays(3));
        Proposal late = matching.propose(SPRING, input.toBuilder().exclude(id("marie"), id("lea"))
                .exclude(id("paul"), id("lea")).build());
        matching.confirm(SPRING, late);

        ConfirmedProposal confirmed = matching.lastConfirmed(SPRING).orElseThrow();

        assertThat(confirmed.confirmations()).isEqualTo(2);
        assertThat(confirmed.confirmedAt()).isEqualTo(fixture.clock.instant());
        List<ProposedPair> both = new ArrayList<>(first.pairs());
        both.addAll(late.pairs());
        assertThat(confirmed.proposal().pairs()).isEqualTo(both).hasSize(3);
        assertThat(confirmed.proposal().unmatched()).isEqualTo(late.unmatched()).singleElement()
                .satisfies(u -> assertThat(u.explain(Locale.ENGLISH)).isEqualTo("Blocked: every mentor who passes "
                        + "the rules is blocked or excluded. Ruled out: 1 in the reporting line, 1 excluded."));
        assertThat(confirmed.proposal().quality().pairs()).isEqualTo(3);
        assertThat(fixture.anotherNode(fixture.gateway).tenant(ACME).matching().lastConfirmed(SPRING))
                .contains(confirmed);
    }
}
