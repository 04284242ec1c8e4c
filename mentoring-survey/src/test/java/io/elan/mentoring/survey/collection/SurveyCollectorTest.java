package io.elan.mentoring.survey.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.internal.TokenDerivation;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SurveyCollectorTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final ProgramId PROGRAM = ProgramId.of("mentoring-2026");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-16T18:00:00Z");
    private static final Wave WAVE = new Wave("mid-point-2026", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            OPENS, CLOSES);

    private MapSurveyResponseStore store;
    private InMemoryTokenRegistry registry;
    private InMemoryWaveSecrets secrets;

    @BeforeEach
    void setUp() {
        store = new MapSurveyResponseStore();
        registry = new InMemoryTokenRegistry();
        secrets = new InMemoryWaveSecrets();
    }

    private SurveyCollector at(Instant instant) {
        return SurveyCollector.builder().store(store).registry(registry).secrets(secrets)
                .clock(Clock.fixed(instant, ZoneOffset.UTC)).build();
    }

    private SurveyCollector open() {
        return at(OPENS.plusSeconds(3600));
    }

    private List<SurveyResponse> stored() {
        return store.responses(TENANT, PROGRAM, WAVE.id()).toList();
    }

    private static Map<String, Answer> someAnswers() {
        return Map.of("pace.suits", new Answer.Numeric(4), "overall.recommend", new Answer.Numeric(9),
                "workshop.themes", new Answer.Choices(Set.of("goals", "feedback")));
    }

    @Nested
    class Tokens {
        @Test
        @DisplayName("each person gets one token per wave, and inviting again returns the same one")
        void oneTokenPerPerson() {
            Invitation first = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, "2026-spring");
            Invitation again = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, "2026-spring");
            Invitation other = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p2"), Role.MENTOR, null);
            assertThat(again.token()).isEqualTo(first.token());
            assertThat(other.token()).isNotEqualTo(first.token());
            assertThat(first.token().value()).hasSize(43);
        }

        @Test
        @DisplayName("the stored token is a keyed derivation that cannot be matched to the issued token without the secret")
        void storedTokenIsNotTheIssuedToken() {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers());
            ResponseToken storedToken = stored().get(0).token();
            assertThat(storedToken.value()).isNotEqualTo(invitation.token().value());
            assertThat(storedToken.value()).doesNotContain(invitation.token().value().substring(0, 8));
            // Another secret derives another stored token: the join needs the wave's secret.
            InMemoryWaveSecrets otherSecrets = new InMemoryWaveSecrets();
            assertThat(TokenDerivation.stored(
                    otherSecrets.secretFor(TENANT, PROGRAM, WAVE.id()).bytes(), TENANT, PROGRAM, WAVE.id(),
                    invitation.token())).isNotEqualTo(storedToken);
            assertThat(TokenDerivation.stored(
                    secrets.secretFor(TENANT, PROGRAM, WAVE.id()).bytes(), TENANT, PROGRAM, WAVE.id(),
                    invitation.token())).isEqualTo(storedToken);
        }

        @Test
        @DisplayName("a response carries only role and cohort, nothing about the person")
        void responseCarriesCoarseSegmentsOnly() {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("alice@acme"), Role.MENTOR,
                    "2026-spring");
            open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers());
            SurveyResponse response = stored().get(0);
            assertThat(response.segments()).containsOnly(Map.entry("role", "MENTOR"), Map.entry("cohort", "2026-spring"));
            assertThat(response.toString()).doesNotContain("alice");
        }

        @Test
        @DisplayName("reminders go to those who have not answered yet")
        void notAnswered() {
            Invitation p1 = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p2"), Role.MENTOR, null);
            open().submit(TENANT, PROGRAM, WAVE, p1.token(), someAnswers());
            assertThat(open().notAnswered(TENANT, PROGRAM, WAVE)).containsExactly(PersonId.of("p2"));
        }

        @Test
        @DisplayName("a secret shorter than 256 bits is refused")
        void shortSecret() {
            assertThatThrownBy(() -> WaveSecret.of(new byte[16])).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("secret: must hold at least 32 bytes");
        }
    }

    @Nested
    class Refusals {
        @Test
        @DisplayName("a second submission under the same token is refused idempotently and changes nothing")
        void duplicate() {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.RECORDED);
            List<SurveyResponse> before = stored();
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    Map.of("pace.suits", new Answer.Numeric(1)))).isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    Map.of("pace.suits", new Answer.Numeric(1)))).isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        @DisplayName("a token the registry holds as answered stays used after the wave secret is lost and replaced,"
                + " as after a restart with in-memory secrets")
        void answeredSurvivesALostSecret() {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers());
            List<SurveyResponse> before = stored();
            secrets.forget(TENANT, PROGRAM, WAVE.id());
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        @DisplayName("concurrent submissions under one token store exactly one response")
        void concurrentDuplicates() throws Exception {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            SurveyCollector collector = open();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<SubmissionResult>> results = pool.invokeAll(
                        Collections.nCopies(8,
                                () -> collector.submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers())));
                long recorded = 0;
                for (Future<SubmissionResult> result : results) {
                    recorded += result.get() == SubmissionResult.RECORDED ? 1 : 0;
                }
                assertThat(recorded).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(stored()).hasSize(1);
        }

        @Test
        @DisplayName("a response before the wave opens or once it has closed is refused with the wave's period")
        void closedWave() {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            assertThatThrownBy(() -> at(CLOSES).submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isInstanceOf(WaveClosedException.class)
                    .hasMessage("wave mid-point-2026: accepts responses from 2026-03-02T08:00:00Z until "
                            + "2026-03-16T18:00:00Z, not at 2026-03-16T18:00:00Z");
            assertThatThrownBy(() -> at(OPENS.minusSeconds(1)).submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    someAnswers())).isInstanceOf(WaveClosedException.class);
            assertThat(stored()).isEmpty();
            assertThat(at(CLOSES.minusMillis(1)).submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.RECORDED);
        }

        @Test
        @DisplayName("a token that was never issued for the wave is refused")
        void unknownToken() {
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, ResponseToken.of("forged"), someAnswers()))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("response token");
            assertThat(stored()).isEmpty();
        }

        @Test
        @DisplayName("unknown items, out-of-range values, wrong kinds and the other track's items are all named")
        void invalidAnswers() {
            Invitation mentee = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            Map<String, Answer> answers = Map.of(
                    "pace.suits", new Answer.Numeric(6),
                    "overall.recommend", new Answer.Numeric(-1),
                    "no.such.item", new Answer.Numeric(3),
                    "goals.mentor-confidence", new Answer.Numeric(4),
                    "pace.frequency", new Answer.Choices(Set.of("weekly", "monthly")),
                    "workshop.themes", new Answer.Choices(Set.of("cooking")),
                    "workshop.comment", new Answer.Numeric(3));
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, mentee.token(), answers))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(Violation::message)
                            .containsExactly(
                                    "answers[goals.mentor-confidence]: is asked of mentors only",
                                    "answers[no.such.item]: is not an item of questionnaire mid-point",
                                    "answers[overall.recommend]: must be between 0 and 10 (was -1)",
                                    "answers[pace.frequency]: must hold exactly one option (was 2 options)",
                                    "answers[pace.suits]: must be between 1 and 5 (was 6)",
                                    "answers[workshop.comment]: must be text for a free-text item",
                                    "answers[workshop.themes]: must hold options of the item (was \"cooking\")"));
            assertThat(stored()).isEmpty();
            assertThat(open().notAnswered(TENANT, PROGRAM, WAVE)).containsExactly(PersonId.of("p1"));
        }

        @Test
        @DisplayName("a refused response leaves stored responses unchanged and the token usable")
        void refusalKeepsStoreUnchanged() {
            Invitation first = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            Invitation second = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p2"), Role.MENTEE, null);
            open().submit(TENANT, PROGRAM, WAVE, first.token(), someAnswers());
            List<SurveyResponse> before = stored();
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, second.token(),
                    Map.of("pace.suits", new Answer.Numeric(0)))).isInstanceOf(InvalidValueException.class);
            assertThat(stored()).isEqualTo(before);
            assertThat(open().submit(TENANT, PROGRAM, WAVE, second.token(), Map.of("pace.suits", new Answer.Numeric(2))))
                    .isEqualTo(SubmissionResult.RECORDED);
        }

        @Test
        @DisplayName("partial responses are accepted, an empty one is not")
        void partialResponses() {
            Invitation invitation = open().invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null);
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, invitation.token(), Map.of()))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("answers: must hold at least one answer");
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    Map.of("workshop.comment", new Answer.Text("Parler du feedback"))))
                    .isEqualTo(SubmissionResult.RECORDED);
            assertThat(stored().get(0).answers()).containsOnlyKeys("workshop.comment");
        }

        @Test
        @DisplayName("no invitation once the wave has closed")
        void noInvitationAfterClosing() {
            assertThatThrownBy(() -> at(CLOSES).invite(TENANT, PROGRAM, WAVE, PersonId.of("p1"), Role.MENTEE, null))
                    .isInstanceOf(WaveClosedException.class);
        }

        @Test
        @DisplayName("a collector without its parts names every missing one")
        void builderNamesMissingParts() {
            assertThatThrownBy(() -> SurveyCollector.builder().build())
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("4 invalid values: store: is required; registry: is required; secrets: is required; "
                            + "clock: is required");
        }
    }
}
