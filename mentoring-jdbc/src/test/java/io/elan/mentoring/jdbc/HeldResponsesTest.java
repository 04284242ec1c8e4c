package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.KitFixtures;
import io.elan.mentoring.survey.collection.Publication;
import io.elan.mentoring.survey.collection.PublicationPolicy;
import io.elan.mentoring.survey.collection.SubmissionResult;
import io.elan.mentoring.survey.collection.SurveyCollector;
import io.elan.mentoring.survey.collection.WaveSecret;
import io.elan.mentoring.survey.collection.WaveSecrets;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A response acknowledged to its respondent is never lost while it waits for its batch, and is published exactly
 * once: across a node that stops at the worst moment, a restart over the same database, a connection lost in the
 * middle of a publication, and several nodes publishing and taking submissions at once. The wave secret lives in the
 * host's key store, which outlives the nodes; here, one secret shared by every node of a test.
 */
@DisplayName("held survey responses, across restarts and nodes")
class HeldResponsesTest {
    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-16T18:00:00Z");
    private static final Instant DURING = OPENS.plusSeconds(86_400);
    private static final Wave WAVE = new Wave("mid-point", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            OPENS, CLOSES);
    private static final PublicationPolicy BATCHES_OF_5 = PublicationPolicy.batchesOf(5);

    @TempDir
    Path files;

    private final TenantId tenant = KitFixtures.freshTenant();
    private final WaveSecrets keyStore = fixedSecret();

    private static WaveSecrets fixedSecret() {
        byte[] key = new byte[WaveSecret.MIN_BYTES];
        new SecureRandom().nextBytes(key);
        WaveSecret secret = WaveSecret.of(key);
        return (tenant, program, wave) -> secret;
    }

    /** One application node: its own stores and connections over the test's database, closed when it stops. */
    private final class Node implements AutoCloseable {
        final JdbcStores stores;
        private final Runnable stop;

        Node(JdbcDialect dialect) {
            try {
                if (dialect == JdbcDialect.H2) {
                    // A database in a file, closed with the node: a restart opens it afresh from disk.
                    stores = JdbcStores.embeddedH2(files.resolve("elan"));
                    stop = stores::close;
                } else {
                    JdbcConnectionPool pool = TestDatabases.secondNodePool(dialect);
                    stores = JdbcStores.builder().dataSource(pool).dialect(dialect).build();
                    stop = pool::dispose;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not start a node", e);
            }
        }

        SurveyCollector collector(Instant now, PublicationPolicy policy) {
            return collector(now, policy, stores.tokenRegistry());
        }

        SurveyCollector collector(Instant now, PublicationPolicy policy, TokenRegistry registry) {
            return SurveyCollector.builder()
                    .stores(SurveyStores.of(stores.surveyResponseStore(), registry, stores.releaseLedger(),
                            stores.waveDefinitionStore()))
                    .secrets(keyStore).clock(Clock.fixed(now, ZoneOffset.UTC))
                    .publication(policy).build();
        }

        List<String> publishedComments() {
            try (Stream<SurveyResponse> published = stores.surveyResponseStore().responses(tenant, PROGRAM,
                    WAVE.id())) {
                return published.map(r -> ((Answer.Text) r.answers().get("workshop.comment")).text()).toList();
            }
        }

        int held() {
            return stores.surveyResponseStore().held(tenant, PROGRAM, WAVE.id()).size();
        }

        @Override
        public void close() {
            stop.run();
        }
    }

    private List<Invitation> invite(Node node, int people) {
        SurveyCollector collector = node.collector(DURING, BATCHES_OF_5);
        return IntStream.range(0, people).mapToObj(i -> collector.invite(tenant, PROGRAM, WAVE,
                PersonId.of(String.format("person-%03d", i)), Role.MENTEE)).toList();
    }

    private static Map<String, Answer> answers(int person) {
        return Map.of("pace.suits", new Answer.Numeric(1 + person % 5),
                "workshop.comment", new Answer.Text("comment of person " + person));
    }

    private static List<String> comments(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "comment of person " + i).toList();
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("a response acknowledged while held survives a restart, and is published once when its batch fills")
    void survivesRestart(JdbcDialect dialect) throws Exception {
        List<Invitation> invitations;
        try (Node node = new Node(dialect)) {
            invitations = invite(node, 5);
            SurveyCollector collector = node.collector(DURING, BATCHES_OF_5);
            for (int i = 0; i < 3; i++) {
                assertThat(collector.submit(tenant, PROGRAM, WAVE, invitations.get(i).token(), answers(i)))
                        .isEqualTo(SubmissionResult.RECORDED);
            }
            assertThat(node.publishedComments()).isEmpty();
        }
        try (Node restarted = new Node(dialect)) {
            assertThat(restarted.held()).isEqualTo(3);
            SurveyCollector collector = restarted.collector(DURING, BATCHES_OF_5);
            assertThat(collector.submit(tenant, PROGRAM, WAVE, invitations.get(0).token(), answers(0)))
                    .isEqualTo(SubmissionResult.ALREADY_RECORDED);
            collector.submit(tenant, PROGRAM, WAVE, invitations.get(3).token(), answers(3));
            collector.submit(tenant, PROGRAM, WAVE, invitations.get(4).token(), answers(4));
            assertThat(restarted.publishedComments()).containsExactlyInAnyOrderElementsOf(comments(0, 5));
            assertThat(restarted.held()).isZero();
            assertThat(collector.publish(tenant, PROGRAM, WAVE)).isEqualTo(new Publication(0, 0, 0));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("a node that stops between holding a response and marking its invitation leaves a response that the"
            + " restarted node neither loses nor counts twice")
    void stopsBeforeTheMark(JdbcDialect dialect) throws Exception {
        List<Invitation> invitations;
        try (Node node = new Node(dialect)) {
            invitations = invite(node, 5);
            TokenRegistry stopsOnMark = new ForwardingTokenRegistry(node.stores.tokenRegistry()) {
                @Override
                public void markAnswered(TenantId t, ProgramId program, String wave, ResponseToken token) {
                    throw new StoreException("the node stopped", true, new IllegalStateException("stopped"));
                }
            };
            assertThatThrownBy(() -> node.collector(DURING, BATCHES_OF_5, stopsOnMark)
                    .submit(tenant, PROGRAM, WAVE, invitations.get(0).token(), answers(0)))
                    .isInstanceOf(StoreException.class);
        }
        try (Node restarted = new Node(dialect)) {
            SurveyCollector collector = restarted.collector(DURING, BATCHES_OF_5);
            assertThat(collector.notAnswered(tenant, PROGRAM, WAVE)).contains(invitations.get(0).person());
            assertThat(collector.submit(tenant, PROGRAM, WAVE, invitations.get(0).token(), answers(0)))
                    .isEqualTo(SubmissionResult.ALREADY_RECORDED);
            assertThat(collector.notAnswered(tenant, PROGRAM, WAVE)).doesNotContain(invitations.get(0).person());
            for (int i = 1; i < 5; i++) {
                collector.submit(tenant, PROGRAM, WAVE, invitations.get(i).token(), answers(i));
            }
            assertThat(restarted.publishedComments()).containsExactlyInAnyOrderElementsOf(comments(0, 5));
        }
    }

    static Stream<Arguments> breaks() {
        List<Arguments> cases = new ArrayList<>();
        for (JdbcDialect dialect : JdbcDialect.values()) {
            for (FailingDataSource.BreakAt at : FailingDataSource.BreakAt.values()) {
                cases.add(Arguments.of(dialect, at));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, breaking {1}")
    @MethodSource("breaks")
    @DisplayName("a publication cut off by a lost connection publishes nothing, and a restarted node publishes each"
            + " held response once")
    void publicationCutOff(JdbcDialect dialect, FailingDataSource.BreakAt at) throws Exception {
        try (Node node = new Node(dialect)) {
            List<Invitation> invitations = invite(node, 5);
            SurveyCollector holdsAll = node.collector(DURING, PublicationPolicy.batchesOf(6));
            for (int i = 0; i < 5; i++) {
                holdsAll.submit(tenant, PROGRAM, WAVE, invitations.get(i).token(), answers(i));
            }
            FailingDataSource failing = new FailingDataSource(node.stores.dataSource(), at);
            SurveyResponseStore broken = JdbcStores.builder().dataSource(failing).dialect(dialect).build()
                    .surveyResponseStore();
            // Reads go through the healthy connections, so that the connection breaks in the publication itself.
            SurveyResponseStore breaksWhilePublishing = new PublishingThrough(node.stores.surveyResponseStore(),
                    broken);
            SurveyCollector cutOff = SurveyCollector.builder()
                    .stores(SurveyStores.of(breaksWhilePublishing, node.stores.tokenRegistry(),
                            node.stores.releaseLedger(), node.stores.waveDefinitionStore()))
                    .secrets(keyStore)
                    .clock(Clock.fixed(DURING, ZoneOffset.UTC)).publication(BATCHES_OF_5).build();
            assertThatThrownBy(() -> cutOff.publish(tenant, PROGRAM, WAVE))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.retryable()).isTrue());
            assertThat(failing.broke()).isTrue();
            assertThat(node.publishedComments()).isEmpty();
            assertThat(node.held()).isEqualTo(5);
        }
        try (Node restarted = new Node(dialect)) {
            SurveyCollector collector = restarted.collector(DURING, BATCHES_OF_5);
            assertThat(collector.publish(tenant, PROGRAM, WAVE)).isEqualTo(new Publication(5, 0, 0));
            assertThat(collector.publish(tenant, PROGRAM, WAVE)).isEqualTo(new Publication(0, 0, 0));
            assertThat(restarted.publishedComments()).containsExactlyInAnyOrderElementsOf(comments(0, 5));
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("two nodes publishing the same held responses at once, four threads each, publish each exactly once")
    void concurrentPublications(JdbcDialect dialect) throws Exception {
        try (Node first = new Node(dialect); Node second = new Node(dialect)) {
            List<Invitation> invitations = invite(first, 60);
            SurveyCollector holdsAll = first.collector(DURING, PublicationPolicy.batchesOf(100));
            for (int i = 0; i < 60; i++) {
                holdsAll.submit(tenant, PROGRAM, WAVE, invitations.get(i).token(), answers(i));
            }
            List<SurveyCollector> collectors = List.of(first.collector(DURING, BATCHES_OF_5),
                    second.collector(DURING, BATCHES_OF_5));
            List<Integer> published = concurrently(8, i -> () -> {
                int count = 0;
                for (int round = 0; round < 3; round++) {
                    count += collectors.get(i % 2).publish(tenant, PROGRAM, WAVE).published();
                }
                return count;
            });
            assertThat(published.stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
            assertThat(second.publishedComments()).containsExactlyInAnyOrderElementsOf(comments(0, 60));
            assertThat(first.held()).isZero();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(JdbcDialect.class)
    @DisplayName("two nodes taking submissions at once, four threads each, publish every response once, and the rest"
            + " stays held")
    void concurrentSubmissions(JdbcDialect dialect) throws Exception {
        try (Node first = new Node(dialect); Node second = new Node(dialect)) {
            List<Invitation> invitations = invite(first, 82);
            List<SurveyCollector> collectors = List.of(first.collector(DURING, BATCHES_OF_5),
                    second.collector(DURING, BATCHES_OF_5));
            concurrently(8, t -> () -> {
                for (int i = t; i < invitations.size(); i += 8) {
                    collectors.get(t % 2).submit(tenant, PROGRAM, WAVE, invitations.get(i).token(), answers(i));
                }
                return t;
            });
            List<Publication> closing = concurrently(2, n -> () ->
                    (n == 0 ? first : second).collector(CLOSES, BATCHES_OF_5).publish(tenant, PROGRAM, WAVE));
            List<String> publishedComments = second.publishedComments();
            assertThat(publishedComments).doesNotHaveDuplicates().isSubsetOf(comments(0, 82));
            assertThat(first.held()).as("responses withheld at close, fewer than a batch").isLessThan(5)
                    .isEqualTo(82 - publishedComments.size());
            assertThat(closing).extracting(Publication::waiting).containsOnly(first.held());
        }
    }

    /** Runs the tasks on threads of their own, released together, and returns their results by task. */
    private static <T> List<T> concurrently(int threads, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> body = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A store that publishes through another one and does everything else itself. */
    private static final class PublishingThrough implements SurveyResponseStore {
        private final SurveyResponseStore store;
        private final SurveyResponseStore publisher;

        PublishingThrough(SurveyResponseStore store, SurveyResponseStore publisher) {
            this.store = store;
            this.publisher = publisher;
        }

        @Override
        public boolean saveIfAbsent(TenantId t, SurveyResponse response) {
            return store.saveIfAbsent(t, response);
        }

        @Override
        public boolean contains(TenantId t, ProgramId program, String wave, ResponseToken token) {
            return store.contains(t, program, wave, token);
        }

        @Override
        public Stream<SurveyResponse> responses(TenantId t, ProgramId program, String wave) {
            return store.responses(t, program, wave);
        }

        @Override
        public boolean hold(TenantId t, ProgramId program, String wave, SealedResponse sealed) {
            return store.hold(t, program, wave, sealed);
        }

        @Override
        public List<SealedResponse> held(TenantId t, ProgramId program, String wave) {
            return store.held(t, program, wave);
        }

        @Override
        public boolean publish(TenantId t, ProgramId program, String wave, Set<ResponseToken> held,
                List<SurveyResponse> responses) {
            return publisher.publish(t, program, wave, held, responses);
        }
    }

    /** A registry that passes every call on, for a test that stops one of them. */
    private static class ForwardingTokenRegistry implements TokenRegistry {
        private final TokenRegistry delegate;

        ForwardingTokenRegistry(TokenRegistry delegate) {
            this.delegate = delegate;
        }

        @Override
        public Invitation issueIfAbsent(TenantId t, ProgramId program, String wave, Invitation candidate) {
            return delegate.issueIfAbsent(t, program, wave, candidate);
        }

        @Override
        public Optional<Invitation> byToken(TenantId t, ProgramId program, String wave, ResponseToken token) {
            return delegate.byToken(t, program, wave, token);
        }

        @Override
        public void markAnswered(TenantId t, ProgramId program, String wave, ResponseToken token) {
            delegate.markAnswered(t, program, wave, token);
        }

        @Override
        public List<Invitation> invitations(TenantId t, ProgramId program, String wave) {
            return delegate.invitations(t, program, wave);
        }
    }
}
