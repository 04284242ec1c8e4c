package io.elan.mentoring.benchmarks.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.anonymity.AnonymityPolicy;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import io.elan.mentoring.survey.questionnaire.ChoiceOption;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.Topic;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.report.SurveyReport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The full survey report over 100,000 responses × 30 items (target: under one second, and within five times a single
 * pass that only sums the same numeric answers, so the cost of analysis and anonymity checks reads against the cost
 * of touching the data at all), and a report cut by 50 segment values over 10,000 respondents (target: under 200 ms).
 * Each report uses a new guard over an empty ledger, as for the first report of a wave. Each measured iteration's
 * processor time per operation is printed too, since a loaded machine stretches the wall-clock time JMH reports, and
 * stretches a report that reads and writes a hundred megabytes more than a pass that only reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SurveyReportBenchmark {
    private static final TenantId TENANT = TenantId.of("bench");
    private static final ProgramId PROGRAM = ProgramId.of("bench-program");
    private static final int RESPONSES = 100_000;
    private static final int CUT_RESPONSES = 10_000;
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-15T00:00:00Z");
    private static final List<ChoiceOption> OPTIONS = List.of(ChoiceOption.of("a", "A", "A"),
            ChoiceOption.of("b", "B", "B"), ChoiceOption.of("c", "C", "C"), ChoiceOption.of("d", "D", "D"));

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Wave wave;
    private Wave cutWave;
    private SurveyResponseStore store;
    private InMemoryTokenRegistry registry;
    private boolean measuring;
    private long cpuNanos;
    private int operations;

    /**
     * Builds a 30-item questionnaire, 100,000 partial responses with seeded answers in 2 roles and 4 cohorts, and
     * 10,000 more in a second wave with 50 segment values: 2 roles, 8 cohorts, 20 departments, 15 sites and 5
     * seniority bands.
     */
    @Setup
    public void setUp() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(Item.likert5("likert" + i, "Question " + i + " ?", "Question " + i + "?", Topic.RELATIONSHIP));
        }
        for (int i = 0; i < 4; i++) {
            items.add(Item.score("score" + i, "Note " + i + " ?", "Score " + i + "?", Topic.OVERALL));
        }
        for (int i = 0; i < 3; i++) {
            items.add(Item.yesNo("yes" + i, "Oui " + i + " ?", "Yes " + i + "?", Topic.RITUALS));
        }
        items.add(Item.singleChoice("single", "Un ?", "One?", Topic.MEETING_PACE, OPTIONS));
        items.add(Item.multipleChoice("multiple", "Plusieurs ?", "Several?", Topic.WORKSHOP, OPTIONS));
        items.add(Item.freeText("comment", "Commentaire ?", "Comment?", Topic.WORKSHOP));
        List<Scale> scales = List.of(
                new Scale("first", LocalizedText.of("Première", "First"),
                        List.of("likert0", "likert1", "likert2", "likert3")),
                new Scale("second", LocalizedText.of("Seconde", "Second"), List.of("likert4", "likert5", "likert6")));
        Questionnaire questionnaire = new Questionnaire("bench", LocalizedText.of("Banc", "Bench"), items, scales);
        wave = new Wave("bench-wave", WaveKind.MID_POINT, questionnaire, OPENS, CLOSES)
                .withSegments(Segments.COHORT);
        cutWave = new Wave("bench-cuts", WaveKind.PULSE, questionnaire, OPENS, CLOSES)
                .withSegments(Segments.COHORT, Segments.DEPARTMENT, Segments.SITE, Segments.SENIORITY);

        Map<String, List<SurveyResponse>> byWave = Map.of(
                wave.id(), responses(wave.id(), RESPONSES, items, Map.of(Segments.COHORT, 4), 42),
                cutWave.id(), responses(cutWave.id(), CUT_RESPONSES, items, Map.of(Segments.COHORT, 8,
                        Segments.DEPARTMENT, 20, Segments.SITE, 15, Segments.SENIORITY, 5), 43));
        store = new SurveyResponseStore() {
            @Override
            public boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
                throw new UnsupportedOperationException("read-only benchmark store");
            }

            @Override
            public boolean contains(TenantId tenant, ProgramId program, String waveId, ResponseToken token) {
                return false;
            }

            @Override
            public Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String waveId) {
                return byWave.getOrDefault(waveId, List.of()).stream();
            }
        };
        registry = new InMemoryTokenRegistry();
    }

    /** Seeded partial responses: each item skipped one time in twenty, each dimension's value drawn uniformly. */
    private static List<SurveyResponse> responses(String waveId, int count, List<Item> items,
            Map<String, Integer> dimensions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SurveyResponse> responses = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            Map<String, Answer> answers = new HashMap<>();
            for (Item item : items) {
                if (random.nextInt(20) == 0) {
                    continue;
                }
                switch (item.kind()) {
                    case LIKERT_5 -> answers.put(item.id(), new Answer.Numeric(1 + random.nextInt(5)));
                    case SCORE_0_10 -> answers.put(item.id(), new Answer.Numeric(random.nextInt(11)));
                    case YES_NO -> answers.put(item.id(), new Answer.Numeric(random.nextInt(2)));
                    case SINGLE_CHOICE -> answers.put(item.id(),
                            new Answer.Choices(Set.of(OPTIONS.get(random.nextInt(4)).code())));
                    case MULTIPLE_CHOICE -> answers.put(item.id(), new Answer.Choices(Set.of(
                            OPTIONS.get(random.nextInt(2)).code(), OPTIONS.get(2 + random.nextInt(2)).code())));
                    case FREE_TEXT -> {
                        if (random.nextInt(10) == 0) {
                            answers.put(item.id(), new Answer.Text("comment " + random.nextInt(1000)));
                        }
                    }
                    default -> throw new IllegalStateException(item.kind().name());
                }
            }
            if (answers.isEmpty()) {
                answers.put("likert0", new Answer.Numeric(3));
            }
            Map<String, String> segments = new HashMap<>();
            segments.put(Segments.ROLE, random.nextBoolean() ? "MENTOR" : "MENTEE");
            dimensions.forEach((dimension, values) -> segments.put(dimension, dimension + random.nextInt(values)));
            responses.add(new SurveyResponse(PROGRAM, waveId, ResponseToken.of(String.format(Locale.ROOT, "t%08d", r)),
                    segments, answers));
        }
        return List.copyOf(responses);
    }

    /** @param iteration whether this iteration is measured */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
        cpuNanos = 0;
        operations = 0;
    }

    /** Prints the processor time per operation of a measured iteration. */
    @TearDown(Level.Iteration)
    public void endIteration() {
        if (measuring && operations > 0) {
            System.out.printf(Locale.ROOT, " [processor time: %.1f ms per operation over %d]",
                    cpuNanos / 1e6 / operations, operations);
        }
    }

    private void count(long start) {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        operations++;
    }

    private AnonymityGuard guard() {
        return AnonymityGuard.builder()
                .stores(SurveyStores.of(store, registry, new InMemoryReleaseLedger(),
                        new InMemoryWaveDefinitionStore()))
                .policy(AnonymityPolicy.defaults()).build();
    }

    /** @return the full report: every group, item, scale, comparison and anonymity check */
    @Benchmark
    public SurveyReport fullReport() {
        long start = THREADS.getCurrentThreadCpuTime();
        SurveyReport report = guard().report(TENANT, PROGRAM, wave, null);
        count(start);
        return report;
    }

    /** @return the report of 10,000 respondents cut by 50 segment values, each cut through the same audit */
    @Benchmark
    public SurveyReport segmentCutsReport() {
        long start = THREADS.getCurrentThreadCpuTime();
        SurveyReport report = guard().report(TENANT, PROGRAM, cutWave, null);
        count(start);
        return report;
    }

    /** @return the sum of every numeric answer, read once from the same store */
    @Benchmark
    public long singlePassSum() {
        long start = THREADS.getCurrentThreadCpuTime();
        long sum = 0;
        try (Stream<SurveyResponse> responses = store.responses(TENANT, PROGRAM, wave.id())) {
            for (SurveyResponse response : (Iterable<SurveyResponse>) responses::iterator) {
                for (Answer answer : response.answers().values()) {
                    if (answer instanceof Answer.Numeric numeric) {
                        sum += numeric.value();
                    }
                }
            }
        }
        count(start);
        return sum;
    }
}
