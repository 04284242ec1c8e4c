package io.elan.mentoring.survey.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.Steps;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For any sequence of submissions, valid or not, repeated or not: the store holds, sealed or published, exactly one
 * response per person whose first valid submission was accepted, holding that first submission's answers; a refused
 * submission changes nothing; no segment group is ever published with fewer than k responses while the wave is open;
 * and once it has closed, a policy that releases the remainder publishes every one of them.
 */
class SurveyCollectorProperties {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final Wave WAVE = new Wave("w", WaveKind.PULSE, StandardQuestionnaires.midPoint(),
            Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-16T18:00:00Z"));
    /** Small batches, so that sequences of a few submissions publish some. */
    private static final int K = 3;

    /** One step: a person submits an answer to "pace.suits" (valid from 1 to 5). */
    record Submission(int person, int suits) {
        @Override
        public String toString() {
            return "person" + person + " submits pace.suits=" + suits;
        }
    }

    @Test
    @DisplayName("for any submissions, valid or not, repeated or not, only each person's first valid submission is "
            + "kept, a refused one changes nothing, and responses are published only by batches of at least k")
    void onlyFirstValidSubmissionPerTokenIsKept() {
        qt().withExamples(500).forAll(submissions())
                .checkAssert(SurveyCollectorProperties::onlyFirstValidSubmissionPerTokenIsKept);
    }

    private static void onlyFirstValidSubmissionPerTokenIsKept(List<Submission> submissions) {
        MapSurveyResponseStore store = new MapSurveyResponseStore();
        InMemoryTokenRegistry registry = new InMemoryTokenRegistry();
        InMemoryWaveSecrets secrets = new InMemoryWaveSecrets();
        InMemoryWaveDefinitionStore waves = new InMemoryWaveDefinitionStore();
        SurveyCollector collector = SurveyCollector.builder()
                .stores(SurveyStores.of(store, registry, new InMemoryReleaseLedger(), waves)).secrets(secrets)
                .clock(Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC))
                .publication(PublicationPolicy.batchesOf(K)).build();
        Map<Integer, Invitation> invitations = new HashMap<>();
        Map<Integer, Integer> firstAccepted = new HashMap<>();
        for (Submission s : submissions) {
            Invitation invitation = invitations.computeIfAbsent(s.person(), p -> collector.invite(TENANT, PROGRAM,
                    WAVE, PersonId.of("person" + p), p % 2 == 0 ? Role.MENTOR : Role.MENTEE));
            State before = State.of(store);
            Map<String, Answer> answers = Map.of("pace.suits", new Answer.Numeric(s.suits()));
            boolean valid = s.suits() >= 1 && s.suits() <= 5;
            if (!valid && !firstAccepted.containsKey(s.person())) {
                assertThatThrownBy(() -> collector.submit(TENANT, PROGRAM, WAVE, invitation.token(), answers))
                        .as("%s must be refused: pace.suits is a five-point item", s)
                        .isInstanceOf(InvalidValueException.class).hasMessageContaining("answers[pace.suits]");
                assertThat(State.of(store)).as("a refused submission must change nothing").isEqualTo(before);
                continue;
            }
            SubmissionResult result = collector.submit(TENANT, PROGRAM, WAVE, invitation.token(), answers);
            if (firstAccepted.containsKey(s.person())) {
                assertThat(result).as("%s again must answer ALREADY_RECORDED", s)
                        .isEqualTo(SubmissionResult.ALREADY_RECORDED);
                assertThat(State.of(store)).as("a second submission must change nothing").isEqualTo(before);
            } else {
                assertThat(result).as("the first valid submission of person%d must be recorded", s.person())
                        .isEqualTo(SubmissionResult.RECORDED);
                firstAccepted.put(s.person(), s.suits());
            }
            for (Role role : Role.values()) {
                long published = store.responses(TENANT, PROGRAM, WAVE.id())
                        .filter(r -> r.segments().get("role").equals(role.name())).count();
                assertThat(published).as("published responses of the %s, never fewer than k while the wave is"
                        + " open", role).matches(n -> n == 0 || n >= K);
            }
        }
        SurveyCollector closed = SurveyCollector.builder()
                .stores(SurveyStores.of(store, registry, new InMemoryReleaseLedger(), waves)).secrets(secrets)
                .clock(Clock.fixed(WAVE.closesAt(), ZoneOffset.UTC))
                .publication(PublicationPolicy.batchesOf(K).releasingRemainderAtClose()).build();
        closed.publish(TENANT, PROGRAM, WAVE);
        assertThat(store.held(TENANT, PROGRAM, WAVE.id())).as("nothing held once the remainder is released")
                .isEmpty();
        List<Integer> stored = new ArrayList<>(store.responses(TENANT, PROGRAM, WAVE.id())
                .map(r -> ((Answer.Numeric) r.answers().get("pace.suits")).value()).toList());
        List<Integer> expected = new ArrayList<>(firstAccepted.values());
        stored.sort(null);
        expected.sort(null);
        assertThat(stored).as("the published answers must be each person's first valid submission, once")
                .isEqualTo(expected);
        assertThat(collector.notAnswered(TENANT, PROGRAM, WAVE)).hasSize(invitations.size() - firstAccepted.size());
    }

    /** What the store holds for the wave: its published responses and its held sealed ones. */
    private record State(List<SurveyResponse> published, List<SealedResponse> held) {
        static State of(MapSurveyResponseStore store) {
            return new State(store.responses(TENANT, PROGRAM, WAVE.id()).toList(),
                    store.held(TENANT, PROGRAM, WAVE.id()));
        }
    }

    private static Gen<List<Submission>> submissions() {
        return Steps.upTo(integers().between(0, 6).zip(integers().between(0, 6), Submission::new), 30);
    }
}
