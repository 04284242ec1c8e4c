package io.elan.mentoring.benchmarks.engagement;

import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.internal.CountingOutcome;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.internal.DisengagementDetector;
import io.elan.mentoring.core.engagement.internal.EngagementTracker;
import io.elan.mentoring.core.engagement.internal.ProgramLedger;
import io.elan.mentoring.core.engagement.internal.ProgramWeeks;
import io.elan.mentoring.core.internal.ProgramCalendars;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CountingOutcome and assessment of a ten-month program of 100,000 pairs (200,000 participants), beside a naive
 * recomputation over the raw events, in one run.
 *
 * <ul>
 *   <li>{@link #ingestIntoLedger}: the O(1) state update per event as the tracker does it (pair lookup, week of the
 *       instant, counter increment), on one thread; target 20 million events per second per core.</li>
 *   <li>{@link #updateResolvedCounter}: the counter increment alone, slot and week resolved beforehand.</li>
 *   <li>{@link #recordThroughTracker}: the whole public write path per event (checks, lock, append to an activity
 *       log that keeps nothing, count), to show what the host's log adds on top.</li>
 *   <li>{@link #assessAllPairs}: one assessment of the 100,000 pairs; target under one second.</li>
 *   <li>{@link #listRoster}: the share of an assessment spent listing participants and pairs from the in-memory
 *       store.</li>
 *   <li>{@link #naiveRecomputation}: the silence and rarer-exchange checks recomputed by scanning every raw event of
 *       the program, as a detector without incremental state would do at each evaluation.</li>
 * </ul>
 * State size is printed at setup: the bytes of the tracker's arrays, as allocated, divided by the pairs (ids are the
 * host's values and not counted).
 *
 * <p>Build with {@code ./mvnw -pl mentoring-jdbc,mentoring-core,benchmarks package -DskipTests}, then run
 * {@code java -cp <benchmarks classes and dependencies> org.openjdk.jmh.Main EngagementBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngagementBenchmark {
    static final int PAIRS = 100_000;
    static final int INGEST_BATCH = 1 << 20;
    static final TenantId TENANT = TenantId.of("bench");
    static final ProgramId PROGRAM = ProgramId.of("ten-months");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final LocalDate KICK_OFF = LocalDate.of(2026, 9, 7);
    static final LocalDate CLOSING = LocalDate.of(2027, 7, 2);
    static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    private InMemoryProgramStore store;
    private EngagementTracker tracker;
    private DisengagementDetector detector;
    private ProgramWeeks weeks;

    private ProgramLedger ledger;
    private PairId[] batchPairs;
    private long[] batchSeconds;
    private int[] batchCodes;
    private int[] batchSlots;
    private int[] batchWeeks;
    private ActivityEvent[] batchEvents;

    private int[] rawPair;
    private byte[] rawKind;
    private long[] rawSeconds;
    private PairId[] pairIds;

    @Setup(Level.Trial)
    public void setUp() {
        store = new InMemoryProgramStore();
        store.saveProgram(Program.builder().id(PROGRAM).tenant(TENANT).name("Ten months").kickOff(KICK_OFF)
                .closing(CLOSING).zone(ZONE).status(ProgramStatus.RUNNING).build());
        pairIds = new PairId[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            PersonId mentor = PersonId.of("mentor-" + i);
            PersonId mentee = PersonId.of("mentee-" + i);
            store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(mentor).role(Role.MENTOR)
                    .enrolledOn(KICK_OFF).zone(ZONE).build());
            store.saveParticipant(TENANT, Participant.builder().program(PROGRAM).person(mentee).role(Role.MENTEE)
                    .enrolledOn(KICK_OFF).zone(ZONE).build());
            pairIds[i] = PairId.of("pair-" + i);
            store.savePair(TENANT, Pair.formed(pairIds[i], PROGRAM, mentor, mentee, KICK_OFF));
        }
        weeks = new ProgramWeeks(KICK_OFF, CLOSING, ZONE);
        Clock clock = Clock.fixed(CLOSING.plusDays(30).atStartOfDay(ZONE).toInstant(), ZONE);
        tracker = new EngagementTracker(store, new DiscardingActivityLog(), clock, EngagementSettings.defaults());
        detector = new DisengagementDetector(tracker, store, ProgramCalendars.fixed(CompanyCalendar.builder()
                .holidays(HolidayCalendar.none()).build())::of);

        // Raw events up to the evaluated date: each pair meets with its own weekly rate and writes a few messages;
        // a tenth of the pairs fade half-way. Kept as primitive arrays for the naive recomputation.
        SplittableRandom random = new SplittableRandom(42);
        int lastWeek = weeks.weekOf(AS_OF);
        int capacity = PAIRS * lastWeek * 2;
        rawPair = new int[capacity];
        rawKind = new byte[capacity];
        rawSeconds = new long[capacity];
        int n = 0;
        long start = weeks.start().getEpochSecond();
        for (int p = 0; p < PAIRS; p++) {
            double rate = 0.4 + 0.5 * random.nextDouble();
            int fade = p % 10 == 0 ? lastWeek / 2 : Integer.MAX_VALUE;
            for (int w = 0; w < lastWeek && n + 2 <= capacity; w++) {
                if (w < fade && random.nextDouble() < rate) {
                    rawPair[n] = p;
                    rawKind[n] = 0;
                    rawSeconds[n++] = start + w * 604_800L + random.nextInt(432_000);
                }
                if (random.nextDouble() < (w < fade ? 0.8 : 0.1)) {
                    rawPair[n] = p;
                    rawKind[n] = 1;
                    rawSeconds[n++] = start + w * 604_800L + random.nextInt(432_000);
                }
            }
        }
        rawPair = Arrays.copyOf(rawPair, n);
        rawKind = Arrays.copyOf(rawKind, n);
        rawSeconds = Arrays.copyOf(rawSeconds, n);

        long ingested = 0;
        for (int i = 0; i < n; i++) {
            ActivityKind kind = rawKind[i] == 0 ? ActivityKind.PAIR_MEETING : ActivityKind.PAIR_MESSAGE;
            CountingOutcome outcome = tracker.record(TENANT, ActivityEvent.ofPair(EventId.of("e" + i), PROGRAM,
                    pairIds[rawPair[i]], kind, Instant.ofEpochSecond(rawSeconds[i]), "bench"));
            if (outcome == CountingOutcome.COUNTED) {
                ingested++;
            }
        }
        ProgramAssessment check = detector.assess(TENANT, PROGRAM, AS_OF);
        long bytes = tracker.stateBytes(TENANT, PROGRAM);
        System.out.printf("%nengagement state: %d pairs, %d weeks, %d events counted, %d bytes of arrays,"
                        + " %.0f bytes per pair; %d pairs at risk or worse at %s%n",
                PAIRS, weeks.count(), ingested, bytes, bytes / (double) PAIRS,
                check.pairsAtLeast(EngagementStatus.AT_RISK).size(), AS_OF);

        ledger = new ProgramLedger(weeks.count());
        ledger.reserve(PAIRS, 2 * PAIRS);
        for (int i = 0; i < PAIRS; i++) {
            ledger.putPerson(PersonId.of("mentor-" + i), true, 0, true);
            ledger.putPerson(PersonId.of("mentee-" + i), false, 0, true);
            ledger.putPair(pairIds[i], 2 * i, 2 * i + 1, 0, true);
        }
        batchPairs = new PairId[INGEST_BATCH];
        batchSeconds = new long[INGEST_BATCH];
        batchCodes = new int[INGEST_BATCH];
        batchSlots = new int[INGEST_BATCH];
        batchWeeks = new int[INGEST_BATCH];
        batchEvents = new ActivityEvent[INGEST_BATCH];
        for (int i = 0; i < INGEST_BATCH; i++) {
            int r = random.nextInt(n);
            batchPairs[i] = pairIds[rawPair[r]];
            batchSeconds[i] = rawSeconds[r];
            batchCodes[i] = rawKind[r];
            batchSlots[i] = rawPair[r];
            batchWeeks[i] = weeks.weekOf(rawSeconds[r]);
            batchEvents[i] = ActivityEvent.ofPair(EventId.of("b" + i), PROGRAM, batchPairs[i],
                    rawKind[r] == 0 ? ActivityKind.PAIR_MEETING : ActivityKind.PAIR_MESSAGE,
                    Instant.ofEpochSecond(rawSeconds[r]), "bench");
        }
    }

    /** Pair lookup, week of the instant and counter increment, per event. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INGEST_BATCH)
    public void ingestIntoLedger() {
        ProgramLedger l = ledger;
        ProgramWeeks w = weeks;
        for (int i = 0; i < INGEST_BATCH; i++) {
            l.countPair(l.pairSlot(batchPairs[i]), batchCodes[i], w.weekOf(batchSeconds[i]));
        }
    }

    /** The counter increment alone, slot and week already resolved: the O(1) state update itself. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INGEST_BATCH)
    public void updateResolvedCounter() {
        ProgramLedger l = ledger;
        for (int i = 0; i < INGEST_BATCH; i++) {
            l.countPair(batchSlots[i], batchCodes[i], batchWeeks[i]);
        }
    }

    /** The public write path per event, with a log that stores nothing. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(INGEST_BATCH)
    public void recordThroughTracker(Blackhole bh) {
        for (int i = 0; i < INGEST_BATCH; i++) {
            bh.consume(tracker.record(TENANT, batchEvents[i]));
        }
    }

    /** One assessment of every pair and participant of the program. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ProgramAssessment assessAllPairs() {
        return detector.assess(TENANT, PROGRAM, AS_OF);
    }

    /**
     * The part of {@link #assessAllPairs} spent in the store: listing the program's participants and pairs, which the
     * detector reloads at each assessment to see status changes. Subtract it to read the detector's own cost.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int listRoster() {
        return store.participants(TENANT, PROGRAM).size() + store.pairs(TENANT, PROGRAM).size();
    }

    /**
     * Silence and rarer exchanges recomputed from the raw events, grouped per pair in a map, as an evaluation without
     * incremental state would.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int naiveRecomputation() {
        int lastWeek = weeks.weekOf(AS_OF) - 1;
        int windowFirst = lastWeek - 5;
        Map<PairId, double[]> totals = new HashMap<>();
        for (int i = 0; i < rawPair.length; i++) {
            int week = (int) ChronoUnit.DAYS.between(KICK_OFF,
                    Instant.ofEpochSecond(rawSeconds[i]).atZone(ZONE).toLocalDate()) / 7;
            if (week > lastWeek) {
                continue;
            }
            double[] t = totals.computeIfAbsent(pairIds[rawPair[i]], k -> new double[4]);
            double weight = rawKind[i] == 0 ? 3 : 1;
            if (week >= windowFirst) {
                t[0] += weight;
                t[1] += rawKind[i] == 0 ? 1 : 0;
            } else if (week < 4) {
                t[2] += weight;
            }
        }
        int flagged = 0;
        for (double[] t : totals.values()) {
            boolean silent = t[1] == 0;
            boolean rarer = t[0] / 6 <= 0.5 * (t[2] / 4);
            if (silent || rarer) {
                flagged++;
            }
        }
        return flagged;
    }
}
