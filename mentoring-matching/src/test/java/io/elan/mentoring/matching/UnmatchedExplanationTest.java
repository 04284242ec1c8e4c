package io.elan.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Everyone a proposal leaves out gets the reason and the counts behind it, in English and in French. */
class UnmatchedExplanationTest {

    private static MatchingProfile.Builder person(String id, int level, String... languages) {
        return MatchingProfile.builder(id).level(level).languages(languages);
    }

    @Test
    @DisplayName("a mentee whom every mentor’s language or level rules out has no compatible mentor")
    void noCompatibleMentor() {
        MatchingRequest request = MatchingRequest.builder()
                .mentor(person("ana", 5, "de").build(), 1)
                .mentor(person("bea", 1, "fr").build(), 1)
                .mentor(person("carl", 5, "fr").build(), 1)
                .mentee(person("dan", 2, "fr").managers(PersonId.of("carl")).build())
                .build();

        Unmatched dan = new MentorMatcher().propose(request).unmatchedMentees().get(0);

        assertThat(dan.reason()).isEqualTo(UnmatchedReason.NO_COMPATIBLE_MENTOR);
        assertThat(dan.ruledOut()).containsExactly(Map.entry(HardRule.REPORTING_LINE, 1),
                Map.entry(HardRule.NO_SHARED_LANGUAGE, 1), Map.entry(HardRule.LEVEL_GAP, 1));
        assertThat(dan.explain(Locale.ENGLISH)).isEqualTo("No compatible mentor among the 3 mentors. Ruled out: "
                + "1 in the reporting line, 1 with no shared language, 1 outside the minimum level gap.");
        assertThat(dan.explain(Locale.FRENCH)).isEqualTo("Aucun mentor compatible parmi les 3 mentors. Écartés\u00a0: "
                + "1 dans la ligne hiérarchique, 1 sans langue commune, 1 hors de l’écart de niveau minimal.");
    }

    @Test
    @DisplayName("a mentee whose only compatible mentors are blocked or excluded is blocked")
    void blocked() {
        MatchingRequest request = MatchingRequest.builder()
                .mentor(person("ana", 5, "fr").build(), 1)
                .mentor(person("bea", 5, "fr").blocked(PersonId.of("dan")).build(), 1)
                .mentee(person("dan", 2, "fr").build())
                .exclude(PersonId.of("ana"), PersonId.of("dan"))
                .build();

        Proposal proposal = new MentorMatcher().propose(request);

        Unmatched dan = proposal.unmatchedMentees().get(0);
        assertThat(dan.reason()).isEqualTo(UnmatchedReason.BLOCKED);
        assertThat(dan.explain(Locale.ENGLISH)).isEqualTo("Blocked: every mentor who passes the rules is blocked or "
                + "excluded. Ruled out: 1 blocked, 1 excluded.");
        assertThat(proposal.unmatchedMentors()).extracting(Unmatched::reason)
                .containsExactly(UnmatchedReason.BLOCKED, UnmatchedReason.BLOCKED);
        assertThat(proposal.unmatchedMentors().get(0).explain(Locale.FRENCH)).isEqualTo("Bloqué\u00a0: chaque mentoré qui "
                + "respecte les règles est bloqué ou exclu. Écartés\u00a0: 1 exclu.");
    }

    @Test
    @DisplayName("a mentee whose compatible mentors are full says capacity exhausted")
    void capacityExhausted() {
        MatchingRequest request = MatchingRequest.builder()
                .mentor(person("ana", 5, "fr").wishes(PersonId.of("eve")).build(), 1)
                .mentor(person("bea", 5, "en").build(), 1)
                .mentee(person("dan", 2, "fr").build())
                .mentee(person("eve", 2, "fr", "en").build())
                .build();

        Proposal proposal = new MentorMatcher().propose(request);

        assertThat(proposal.pairs()).extracting(p -> p.pairing().toString())
                .containsExactly("ana mentoring dan", "bea mentoring eve");
        assertThat(proposal.unmatched()).isEmpty();

        Proposal tight = new MentorMatcher().propose(request.toBuilder()
                .exclude(PersonId.of("bea"), PersonId.of("eve")).build());
        Unmatched left = tight.unmatchedMentees().get(0);
        assertThat(left.reason()).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
        assertThat(left.explain(Locale.ENGLISH)).startsWith("Capacity exhausted: the only compatible mentor is full.");
        Unmatched bea = tight.unmatchedMentors().get(0);
        assertThat(bea.person()).isEqualTo(PersonId.of("bea"));
        assertThat(bea.reason()).isEqualTo(UnmatchedReason.BLOCKED);
        assertThat(bea.explain(Locale.ENGLISH)).isEqualTo("Blocked: every mentee who passes the rules is blocked or "
                + "excluded. Ruled out: 1 with no shared language, 1 excluded.");
    }

    @Test
    @DisplayName("a mentor whose compatible mentees all go to other mentors says so")
    void menteesPairedElsewhere() {
        MatchingRequest request = MatchingRequest.builder()
                .mentor(person("ana", 5, "fr").build(), 1)
                .mentor(person("bea", 4, "fr").build(), 1)
                .mentee(person("dan", 2, "fr").build())
                .build();

        Proposal proposal = new MentorMatcher().propose(request);

        assertThat(proposal.pairs()).extracting(p -> p.pairing().toString()).containsExactly("bea mentoring dan");
        Unmatched ana = proposal.unmatchedMentors().get(0);
        assertThat(ana.person()).isEqualTo(PersonId.of("ana"));
        assertThat(ana.reason()).isEqualTo(UnmatchedReason.MENTEES_PAIRED_ELSEWHERE);
        assertThat(ana.explain(Locale.ENGLISH))
                .isEqualTo("No mentee left: the only compatible mentee is paired with another mentor.");
        assertThat(ana.explain(Locale.FRENCH)).isEqualTo(
                "Plus de mentoré disponible\u00a0: le seul mentoré compatible est en binôme avec un autre mentor.");
    }

    @Test
    @DisplayName("the quality sums up pairs, the spread of scores and people left out by reason")
    void quality() {
        MatchingRequest request = MatchingRequest.builder()
                .mentor(person("ana", 5, "fr").build(), 2)
                .mentee(person("dan", 3, "fr").build())
                .mentee(person("eve", 2, "fr").build())
                .mentee(person("fay", 1, "de").build())
                .build();

        ProposalQuality quality = new MentorMatcher().propose(request).quality();

        assertThat(quality.pairs()).isEqualTo(2);
        assertThat(quality.maxPairScore()).isEqualTo(100);
        assertThat(quality.lowest()).isEqualTo(17);
        assertThat(quality.highest()).isEqualTo(22);
        assertThat(quality.median()).isEqualTo(17);
        assertThat(quality.totalScore()).isEqualTo(39);
        assertThat(quality.scoreBands()).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(quality.unmatchedMentees()).containsExactly(Map.entry(UnmatchedReason.NO_COMPATIBLE_MENTOR, 1));
        assertThat(quality.seatsLeft()).isZero();
        assertThat(new MatchingTexts().label(UnmatchedReason.NO_COMPATIBLE_MENTOR, Locale.FRENCH))
                .isEqualTo("Aucun mentor compatible");
    }
}
