package io.elan.mentoring.survey.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.internal.WaveKeys;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
            OPENS, CLOSES).withSegments(Segments.COHORT);
    /** Batches of three keep the tests short; the rules are the same for any k. */
    private static final PublicationPolicy BATCHES_OF_3 = PublicationPolicy.batchesOf(3);

    private MapSurveyResponseStore store;
    private InMemoryTokenRegistry registry;
    private InMemoryWaveSecrets secrets;
    private InMemoryWaveDefinitionStore waves;

    @BeforeEach
    void setUp() {
        store = new MapSurveyResponseStore();
        registry = new InMemoryTokenRegistry();
        secrets = new InMemoryWaveSecrets();
        waves = new InMemoryWaveDefinitionStore();
    }

    private SurveyCollector at(Instant instant) {
        return at(instant, BATCHES_OF_3, store, registry);
    }

    private SurveyCollector at(Instant instant, PublicationPolicy policy, SurveyResponseStore responses,
            TokenRegistry invitations) {
        return SurveyCollector.builder()
                .stores(SurveyStores.of(responses, invitations, new InMemoryReleaseLedger(), waves)).secrets(secrets)
                .clock(Clock.fixed(instant, ZoneOffset.UTC)).publication(policy).build();
    }

    private SurveyCollector open() {
        return at(OPENS.plusSeconds(3600));
    }

    private SurveyCollector closed() {
        return at(CLOSES);
    }

    private List<SurveyResponse> published() {
        return store.responses(TENANT, PROGRAM, WAVE.id()).toList();
    }

    private List<SealedResponse> held() {
        return store.held(TENANT, PROGRAM, WAVE.id());
    }

    private Invitation invite(String person, Role role, @Nullable String cohort) {
        return open().invite(TENANT, PROGRAM, WAVE, PersonId.of(person), role,
                cohort == null ? Map.of() : Map.of(Segments.COHORT, cohort));
    }

    private static Map<String, Answer> someAnswers() {
        return Map.of("pace.suits", new Answer.Numeric(4), "overall.recommend", new Answer.Numeric(9),
                "workshop.themes", new Answer.Choices(Set.of("goals", "feedback")));
    }

    private static Map<String, Answer> comment(String text) {
        return Map.of("pace.suits", new Answer.Numeric(3), "workshop.comment", new Answer.Text(text));
    }

    @Nested
    class Tokens {
        @Test
        @DisplayName("each person gets one token per wave, and inviting again returns the same one")
        void oneTokenPerPerson() {
            Invitation first = invite("p1", Role.MENTEE, "2026-spring");
            Invitation again = invite("p1", Role.MENTEE, "2026-spring");
            Invitation other = invite("p2", Role.MENTOR, null);
            assertThat(again.token()).isEqualTo(first.token());
            assertThat(other.token()).isNotEqualTo(first.token());
            assertThat(first.token().value()).hasSize(43);
        }

        @Test
        @DisplayName("a submission is held under a keyed derivation of its token that another secret does not give")
        void heldTokenIsKeyed() {
            Invitation invitation = invite("p1", Role.MENTEE, null);
            open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers());
            ResponseToken heldToken = held().get(0).token();
            assertThat(heldToken.value()).isNotEqualTo(invitation.token().value())
                    .doesNotContain(invitation.token().value().substring(0, 8));
            WaveKeys mine = WaveKeys.derive(secrets.secretFor(TENANT, PROGRAM, WAVE.id()).bytes(), TENANT, PROGRAM,
                    WAVE.id());
            WaveKeys others = WaveKeys.derive(new InMemoryWaveSecrets().secretFor(TENANT, PROGRAM, WAVE.id()).bytes(),
                    TENANT, PROGRAM, WAVE.id());
            assertThat(mine.heldToken(invitation.token())).isEqualTo(heldToken);
            assertThat(others.heldToken(invitation.token())).isNotEqualTo(heldToken);
            assertThat(others.open(held().get(0))).isEmpty();
        }

        @Test
        @DisplayName("a held submission shows no byte of its answers, and every one of its group is as long as the"
                + " others, whatever it says")
        void heldIsSealedAndPadded() {
            String longComment = "Nous avons du mal à trouver des créneaux ; ".repeat(90);
            open().submit(TENANT, PROGRAM, WAVE, invite("p1", Role.MENTEE, "c").token(), comment("Oui"));
            open().submit(TENANT, PROGRAM, WAVE, invite("p2", Role.MENTEE, "c").token(), comment(longComment));
            assertThat(published()).isEmpty();
            assertThat(held()).hasSize(2).extracting(SealedResponse::length).containsOnly(held().get(0).length());
            for (SealedResponse sealed : held()) {
                String bytes = new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1);
                assertThat(bytes).doesNotContain("Nous avons", "MENTEE", "pace.suits");
            }
        }

        @Test
        @DisplayName("reminders go to those who have not answered yet, a held response counting as an answer")
        void notAnswered() {
            Invitation p1 = invite("p1", Role.MENTEE, null);
            invite("p2", Role.MENTOR, null);
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
    class Batches {
        @Test
        @DisplayName("responses are published once k with the same segments are held: all together, under random"
                + " tokens, with their segments and answers")
        void publishedByK() {
            List<Invitation> mentees = List.of(invite("p1", Role.MENTEE, "c"), invite("p2", Role.MENTEE, "c"),
                    invite("p3", Role.MENTEE, "c"));
            assertThat(open().submit(TENANT, PROGRAM, WAVE, mentees.get(0).token(), comment("un")))
                    .isEqualTo(SubmissionResult.RECORDED);
            open().submit(TENANT, PROGRAM, WAVE, mentees.get(1).token(), comment("deux"));
            List<ResponseToken> heldTokens = held().stream().map(SealedResponse::token).toList();
            assertThat(published()).isEmpty();
            open().submit(TENANT, PROGRAM, WAVE, mentees.get(2).token(), comment("trois"));
            assertThat(held()).isEmpty();
            assertThat(published()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.segments()).isEqualTo(Map.of("role", "MENTEE", "cohort", "c")))
                    .allSatisfy(r -> assertThat(r.token().value()).hasSize(43))
                    .extracting(r -> ((Answer.Text) r.answers().get("workshop.comment")).text())
                    .containsExactlyInAnyOrder("un", "deux", "trois");
            assertThat(published()).extracting(SurveyResponse::token).doesNotContainAnyElementsOf(heldTokens)
                    .doesNotContainAnyElementsOf(mentees.stream().map(Invitation::token).toList());
        }

        @Test
        @DisplayName("a batch never mixes segments: mentors and mentees, or two cohorts, each wait for their own k")
        void groupsWaitApart() {
            open().submit(TENANT, PROGRAM, WAVE, invite("m1", Role.MENTOR, null).token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("m2", Role.MENTOR, null).token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("e1", Role.MENTEE, null).token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("e2", Role.MENTEE, "other").token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("e3", Role.MENTEE, "other").token(), someAnswers());
            assertThat(published()).isEmpty();
            assertThat(open().publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(0, 5, 0));
            open().submit(TENANT, PROGRAM, WAVE, invite("m3", Role.MENTOR, null).token(), someAnswers());
            assertThat(published()).hasSize(3).allSatisfy(r -> assertThat(r.segments()).containsOnlyKeys("role")
                    .containsEntry("role", "MENTOR"));
            assertThat(held()).hasSize(3);
        }

        @Test
        @DisplayName("at close the remainder is pooled by role and published under the role alone; a role that still"
                + " has fewer than k stays sealed, withheld")
        void remainderPooledByRole() {
            open().submit(TENANT, PROGRAM, WAVE, invite("a1", Role.MENTEE, "a").token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("a2", Role.MENTEE, "a").token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("b1", Role.MENTEE, "b").token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("m1", Role.MENTOR, "a").token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("m2", Role.MENTOR, "b").token(), someAnswers());
            assertThat(open().publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(0, 5, 0));
            assertThat(closed().publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(3, 2, 0));
            assertThat(published()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.segments()).isEqualTo(Map.of("role", "MENTEE")));
            assertThat(closed().publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(0, 2, 0));
        }

        @Test
        @DisplayName("a policy that releases the remainder publishes the smaller groups at close with their segments")
        void remainderReleased() {
            open().submit(TENANT, PROGRAM, WAVE, invite("m1", Role.MENTOR, "a").token(), someAnswers());
            open().submit(TENANT, PROGRAM, WAVE, invite("m2", Role.MENTOR, "b").token(), someAnswers());
            SurveyCollector releasing = at(CLOSES, BATCHES_OF_3.releasingRemainderAtClose(), store, registry);
            assertThat(releasing.publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(2, 0, 0));
            assertThat(published()).extracting(SurveyResponse::segments).containsExactlyInAnyOrder(
                    Map.of("role", "MENTOR", "cohort", "a"), Map.of("role", "MENTOR", "cohort", "b"));
        }

        @Test
        @DisplayName("a response held under a lost secret is counted unreadable and never published")
        void lostSecret() {
            open().submit(TENANT, PROGRAM, WAVE, invite("p0", Role.MENTEE, null).token(), someAnswers());
            secrets.forget(TENANT, PROGRAM, WAVE.id());
            for (int i = 1; i <= 3; i++) {
                open().submit(TENANT, PROGRAM, WAVE, invite("p" + i, Role.MENTEE, null).token(), someAnswers());
            }
            assertThat(published()).hasSize(3);
            assertThat(closed().publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(0, 0, 1));
            assertThat(held()).hasSize(1);
        }

        @Test
        @DisplayName("a publication the store fails leaves the response held and answered; the next call publishes it")
        void failedPublication() {
            AtomicBoolean failNext = new AtomicBoolean(true);
            SurveyResponseStore failingOnce = new DelegatingStore(store) {
                @Override
                public boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
                        List<SurveyResponse> responses) {
                    if (failNext.getAndSet(false)) {
                        throw new StoreException("connection lost", true, new IllegalStateException("lost"));
                    }
                    return super.publish(tenant, program, wave, held, responses);
                }
            };
            SurveyCollector collector = at(OPENS.plusSeconds(60), BATCHES_OF_3, failingOnce, registry);
            List<Invitation> invitations = List.of(invite("p1", Role.MENTEE, null), invite("p2", Role.MENTEE, null),
                    invite("p3", Role.MENTEE, null));
            collector.submit(TENANT, PROGRAM, WAVE, invitations.get(0).token(), someAnswers());
            collector.submit(TENANT, PROGRAM, WAVE, invitations.get(1).token(), someAnswers());
            assertThatThrownBy(() -> collector.submit(TENANT, PROGRAM, WAVE, invitations.get(2).token(),
                    someAnswers())).isInstanceOf(StoreException.class);
            assertThat(held()).hasSize(3);
            assertThat(collector.notAnswered(TENANT, PROGRAM, WAVE)).isEmpty();
            assertThat(collector.submit(TENANT, PROGRAM, WAVE, invitations.get(2).token(), someAnswers()))
                    .isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(collector.publish(TENANT, PROGRAM, WAVE)).isEqualTo(new Publication(3, 0, 0));
            assertThat(published()).hasSize(3);
        }

        @Test
        @DisplayName("a batch size below the guard's lowest k is refused")
        void smallBatch() {
            assertThatThrownBy(() -> PublicationPolicy.batchesOf(2)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("batchSize: must be at least 3, as the anonymity guard's k (was 2)");
            assertThat(PublicationPolicy.defaults()).isEqualTo(new PublicationPolicy(5, false));
        }
    }

    @Nested
    class Refusals {
        @Test
        @DisplayName("a second submission under the same token is refused idempotently and changes nothing")
        void duplicate() {
            Invitation invitation = invite("p1", Role.MENTEE, null);
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.RECORDED);
            List<SealedResponse> before = held();
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    Map.of("pace.suits", new Answer.Numeric(1)))).isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    Map.of("pace.suits", new Answer.Numeric(1)))).isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(held()).isEqualTo(before);
        }

        @Test
        @DisplayName("a token held before its invitation was marked, as when a node fails in between, is recognised"
                + " by the store and marked")
        void heldButNotMarked() {
            Invitation invitation = invite("p1", Role.MENTEE, null);
            AtomicBoolean failNext = new AtomicBoolean(true);
            TokenRegistry markFailingOnce = new DelegatingRegistry(registry) {
                @Override
                public void markAnswered(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
                    if (failNext.getAndSet(false)) {
                        throw new StoreException("connection lost", true, new IllegalStateException("lost"));
                    }
                    super.markAnswered(tenant, program, wave, token);
                }
            };
            SurveyCollector collector = at(OPENS.plusSeconds(60), BATCHES_OF_3, store, markFailingOnce);
            assertThatThrownBy(() -> collector.submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isInstanceOf(StoreException.class);
            assertThat(collector.notAnswered(TENANT, PROGRAM, WAVE)).containsExactly(PersonId.of("p1"));
            assertThat(collector.submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(collector.notAnswered(TENANT, PROGRAM, WAVE)).isEmpty();
            assertThat(held()).hasSize(1);
        }

        @Test
        @DisplayName("a token the registry holds as answered stays used after the wave secret is lost and replaced,"
                + " as after a restart with in-memory secrets")
        void answeredSurvivesALostSecret() {
            Invitation invitation = invite("p1", Role.MENTEE, null);
            open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers());
            List<SealedResponse> before = held();
            secrets.forget(TENANT, PROGRAM, WAVE.id());
            assertThat(open().submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(held()).isEqualTo(before);
        }

        @Test
        @DisplayName("concurrent submissions under one token hold exactly one response")
        void concurrentDuplicates() throws Exception {
            Invitation invitation = invite("p1", Role.MENTEE, null);
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
            assertThat(held()).hasSize(1);
        }

        @Test
        @DisplayName("a response before the wave opens or once it has closed is refused with the wave's period")
        void closedWave() {
            Invitation invitation = invite("p1", Role.MENTEE, null);
            assertThatThrownBy(() -> at(CLOSES).submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isInstanceOf(WaveClosedException.class)
                    .hasMessage("wave mid-point-2026: accepts responses from 2026-03-02T08:00:00Z until "
                            + "2026-03-16T18:00:00Z, not at 2026-03-16T18:00:00Z");
            assertThatThrownBy(() -> at(OPENS.minusSeconds(1)).submit(TENANT, PROGRAM, WAVE, invitation.token(),
                    someAnswers())).isInstanceOf(WaveClosedException.class);
            assertThat(held()).isEmpty();
            assertThat(at(CLOSES.minusMillis(1)).submit(TENANT, PROGRAM, WAVE, invitation.token(), someAnswers()))
                    .isEqualTo(SubmissionResult.RECORDED);
        }

        @Test
        @DisplayName("a token that was never issued for the wave is refused")
        void unknownToken() {
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, ResponseToken.of("forged"), someAnswers()))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("response token");
            assertThat(held()).isEmpty();
        }

        @Test
        @DisplayName("unknown items, out-of-range values, wrong kinds and the other track's items are all named")
        void invalidAnswers() {
            Invitation mentee = invite("p1", Role.MENTEE, null);
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
            assertThat(held()).isEmpty();
            assertThat(open().notAnswered(TENANT, PROGRAM, WAVE)).containsExactly(PersonId.of("p1"));
        }

        @Test
        @DisplayName("a refused response leaves held responses unchanged and the token usable")
        void refusalKeepsStoreUnchanged() {
            Invitation first = invite("p1", Role.MENTEE, null);
            Invitation second = invite("p2", Role.MENTEE, null);
            open().submit(TENANT, PROGRAM, WAVE, first.token(), someAnswers());
            List<SealedResponse> before = held();
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, second.token(),
                    Map.of("pace.suits", new Answer.Numeric(0)))).isInstanceOf(InvalidValueException.class);
            assertThat(held()).isEqualTo(before);
            assertThat(open().submit(TENANT, PROGRAM, WAVE, second.token(), Map.of("pace.suits", new Answer.Numeric(2))))
                    .isEqualTo(SubmissionResult.RECORDED);
        }

        @Test
        @DisplayName("partial responses are accepted and published as given, an empty one is not")
        void partialResponses() {
            assertThatThrownBy(() -> open().submit(TENANT, PROGRAM, WAVE, invite("p0", Role.MENTEE, null).token(),
                    Map.of())).isInstanceOf(InvalidValueException.class)
                    .hasMessage("answers: must hold at least one answer");
            for (int i = 1; i <= 3; i++) {
                assertThat(open().submit(TENANT, PROGRAM, WAVE, invite("p" + i, Role.MENTEE, null).token(),
                        Map.of("workshop.comment", new Answer.Text("Parler du feedback"))))
                        .isEqualTo(SubmissionResult.RECORDED);
            }
            assertThat(published()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.answers()).containsOnlyKeys("workshop.comment"));
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
                    .hasMessage("3 invalid values: stores: is required; secrets: is required; clock: is required");
        }
    }

    /** A store that passes every call on, for tests that make one call fail. */
    private static class DelegatingStore implements SurveyResponseStore {
        private final SurveyResponseStore delegate;

        DelegatingStore(SurveyResponseStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
            return delegate.saveIfAbsent(tenant, response);
        }

        @Override
        public boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
            return delegate.contains(tenant, program, wave, token);
        }

        @Override
        public Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
            return delegate.responses(tenant, program, wave);
        }

        @Override
        public boolean hold(TenantId tenant, ProgramId program, String wave, SealedResponse sealed) {
            return delegate.hold(tenant, program, wave, sealed);
        }

        @Override
        public List<SealedResponse> held(TenantId tenant, ProgramId program, String wave) {
            return delegate.held(tenant, program, wave);
        }

        @Override
        public boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
                List<SurveyResponse> responses) {
            return delegate.publish(tenant, program, wave, held, responses);
        }
    }

    /** A registry that passes every call on, for tests that make one call fail. */
    private static class DelegatingRegistry implements TokenRegistry {
        private final TokenRegistry delegate;

        DelegatingRegistry(TokenRegistry delegate) {
            this.delegate = delegate;
        }

        @Override
        public Invitation issueIfAbsent(TenantId tenant, ProgramId program, String wave, Invitation candidate) {
            return delegate.issueIfAbsent(tenant, program, wave, candidate);
        }

        @Override
        public Optional<Invitation> byToken(TenantId tenant, ProgramId program, String wave,
                ResponseToken token) {
            return delegate.byToken(tenant, program, wave, token);
        }

        @Override
        public void markAnswered(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
            delegate.markAnswered(tenant, program, wave, token);
        }

        @Override
        public List<Invitation> invitations(TenantId tenant, ProgramId program, String wave) {
            return delegate.invitations(tenant, program, wave);
        }
    }
}
