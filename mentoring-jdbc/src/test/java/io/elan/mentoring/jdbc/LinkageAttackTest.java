package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.tck.KitFixtures;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import io.elan.mentoring.survey.collection.Publication;
import io.elan.mentoring.survey.collection.PublicationPolicy;
import io.elan.mentoring.survey.collection.SurveyCollector;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database operator's linkage attack: an operator who reads every table and every system column, after every
 * single submission, tries to tell which published response is whose. On PostgreSQL it orders responses and answered
 * marks by {@code xmin}, {@code cmin} and {@code ctid}, on H2 by {@code _ROWID_}, on both by tokens and person ids, by
 * the order in which it saw marks, held rows and responses appear, and by transaction adjacency, across the wave and
 * within each batch it can delimit (see {@link DatabaseOperator}).
 *
 * <p>The bound. The operator can always learn which respondents are in each published batch; what it must not learn
 * is who inside a batch wrote which response. If it cannot, every guess links by luck alone, and the right links of
 * any guess that names no respondent twice are at most a sum of independent fixed-point counts of uniform random
 * permutations, one per batch, whose exact distribution {@link ChanceBound} computes (mean: one per batch). A guess is
 * refused as chance only if it reaches a count that chance reaches with probability at most {@value #ALPHA}; with
 * about forty guesses on two databases, a sound design fails this test less than once in ten million runs. A control
 * case runs the same operator against responses written the moment they arrive, as they were before being held, and
 * shows that it then links nearly every one.
 */
@DisplayName("an operator reading every table and system column")
class LinkageAttackTest {
    private static final int K = 5;
    private static final int INVITED = 300;
    private static final int RESPONDING = 240;
    private static final double ALPHA = 1e-9;
    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-16T18:00:00Z");
    private static final Wave WAVE = new Wave("mid-point", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            OPENS, CLOSES).withSegments(Segments.COHORT);
    private static final List<String> COHORTS = List.of("2026-a", "2026-b");

    @ParameterizedTest(name = "on {0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("links no more responses to their respondents than chance allows within batches of at least k")
    void noBetterThanChance(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        RecordingStore store = new RecordingStore(stores.surveyResponseStore());
        InMemoryWaveSecrets secrets = new InMemoryWaveSecrets();
        SurveyCollector during = collector(store, stores, secrets, OPENS.plusSeconds(86_400));
        DatabaseOperator operator = new DatabaseOperator(dialect, stores, tenant, PROGRAM, WAVE.id());
        Random random = new Random(20_261_204L);
        List<Invitation> respondents = invite(during, tenant, random);
        Map<String, String> respondentByComment = new HashMap<>();
        for (Invitation invitation : respondents) {
            String comment = "comment-" + HexFormat.of().toHexDigits(random.nextLong());
            respondentByComment.put(comment, invitation.person().value());
            during.submit(tenant, PROGRAM, WAVE, invitation.token(), answers(comment, random));
            operator.observe();
        }
        Publication closing = collector(store, stores, secrets, CLOSES).publish(tenant, PROGRAM, WAVE);
        operator.observe();

        Map<String, String> truth = new HashMap<>();
        try (Stream<SurveyResponse> published = stores.surveyResponseStore().responses(tenant, PROGRAM, WAVE.id())) {
            published.forEach(r -> truth.put(r.token().value(),
                    respondentByComment.get(((Answer.Text) r.answers().get("workshop.comment")).text())));
        }
        assertThat(truth).as("published responses").hasSize(RESPONDING - closing.waiting());
        assertThat(store.batchSizes()).as("sizes of the published batches").allSatisfy(size ->
                assertThat(size).isGreaterThanOrEqualTo(K));
        assertThat(store.batchSizes().stream().mapToInt(Integer::intValue).sum()).isEqualTo(truth.size());
        assertThat(store.mixedBatches()).as("batches whose responses carry different segments").isZero();
        int threshold = ChanceBound.threshold(store.batchSizes(), ALPHA);
        assertThat(threshold).as("the chance bound for %d batches", store.batchSizes().size())
                .isLessThan(truth.size() / 2);

        List<DatabaseOperator.Guess> guesses = operator.guesses();
        assertThat(guesses).hasSizeGreaterThan(20);
        for (DatabaseOperator.Guess guess : guesses) {
            assertThat(guess.respondentByResponse().values()).as(guess.strategy()).doesNotHaveDuplicates();
            assertThat(right(guess, truth)).as("right links of %d responses in %d batches (chance allows fewer"
                    + " than %d), by %s", truth.size(), store.batchSizes().size(), threshold, guess.strategy())
                    .isLessThan(threshold);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("links nearly every response when responses are written as they arrive, as they were before being"
            + " held")
    void winsAgainstResponsesWrittenOnArrival(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        SurveyCollector during = collector(stores.surveyResponseStore(), stores, new InMemoryWaveSecrets(),
                OPENS.plusSeconds(86_400));
        DatabaseOperator operator = new DatabaseOperator(dialect, stores, tenant, PROGRAM, WAVE.id());
        Random random = new Random(20_261_205L);
        Map<String, String> truth = new HashMap<>();
        for (Invitation invitation : invite(during, tenant, random)) {
            String token = "stored-" + HexFormat.of().toHexDigits(random.nextLong());
            truth.put(token, invitation.person().value());
            stores.surveyResponseStore().saveIfAbsent(tenant, new SurveyResponse(PROGRAM, WAVE.id(),
                    ResponseToken.of(token), invitation.segments(), answers("comment", random)));
            stores.tokenRegistry().markAnswered(tenant, PROGRAM, WAVE.id(), invitation.token());
            operator.observe();
        }
        long best = operator.guesses().stream().mapToLong(guess -> right(guess, truth)).max().orElse(0);
        assertThat(best).as("right links of the operator's best guess").isGreaterThanOrEqualTo(RESPONDING * 9L / 10);
    }

    private static SurveyCollector collector(SurveyResponseStore store, JdbcStores stores,
            InMemoryWaveSecrets secrets, Instant now) {
        return SurveyCollector.builder()
                .stores(SurveyStores.of(store, stores.tokenRegistry(), stores.releaseLedger(),
                        stores.waveDefinitionStore()))
                .secrets(secrets).clock(Clock.fixed(now, ZoneOffset.UTC)).publication(PublicationPolicy.batchesOf(K))
                .build();
    }

    /** @return the invitations of those who will answer, in the random order they will */
    private static List<Invitation> invite(SurveyCollector collector, TenantId tenant, Random random) {
        List<Invitation> invitations = new ArrayList<>();
        for (int i = 0; i < INVITED; i++) {
            Role role = random.nextBoolean() ? Role.MENTOR : Role.MENTEE;
            int cohort = random.nextInt(COHORTS.size() + 1);
            invitations.add(collector.invite(tenant, PROGRAM, WAVE, PersonId.of(String.format("person-%03d", i)),
                    role, cohort == COHORTS.size() ? Map.of() : Map.of(Segments.COHORT, COHORTS.get(cohort))));
        }
        Collections.shuffle(invitations, random);
        return invitations.subList(0, RESPONDING);
    }

    private static Map<String, Answer> answers(String comment, Random random) {
        Map<String, Answer> answers = new HashMap<>();
        answers.put("pace.suits", new Answer.Numeric(1 + random.nextInt(5)));
        answers.put("workshop.comment", new Answer.Text(comment));
        if (random.nextBoolean()) {
            answers.put("overall.recommend", new Answer.Numeric(random.nextInt(11)));
        }
        return answers;
    }

    private static long right(DatabaseOperator.Guess guess, Map<String, String> truth) {
        return guess.respondentByResponse().entrySet().stream()
                .filter(e -> e.getValue().equals(truth.get(e.getKey())))
                .count();
    }

    /** The JDBC store, recording the size of each batch it published and whether one mixed segments. */
    private static final class RecordingStore implements SurveyResponseStore {
        private final SurveyResponseStore delegate;
        private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        private int mixedBatches;

        RecordingStore(SurveyResponseStore delegate) {
            this.delegate = delegate;
        }

        List<Integer> batchSizes() {
            return List.copyOf(batchSizes);
        }

        synchronized int mixedBatches() {
            return mixedBatches;
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
        public List<SealedResponse> held(TenantId tenant, ProgramId program, String wave, String group) {
            return delegate.held(tenant, program, wave, group);
        }

        @Override
        public boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
                List<SurveyResponse> responses) {
            boolean published = delegate.publish(tenant, program, wave, held, responses);
            if (published) {
                batchSizes.add(responses.size());
                if (responses.stream().map(SurveyResponse::segments).distinct().count() > 1) {
                    synchronized (this) {
                        mixedBatches++;
                    }
                }
            }
            return published;
        }
    }
}
