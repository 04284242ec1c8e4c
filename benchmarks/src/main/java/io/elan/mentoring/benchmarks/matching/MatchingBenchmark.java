package io.elan.mentoring.benchmarks.matching;

import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.MentorMatcher;
import io.elan.mentoring.matching.Proposal;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * One proposal for 2,000 mentees and 700 mentors with capacities of 1 to 3 (about 1,400 seats) and 15 % of the
 * pairings excluded (target: under 2 s), beside the greedy matcher on the same request and the optimal proposal that
 * also protects the weakest pair. The setup prints the greedy matcher's optimality gap; each measured iteration's
 * processor time per operation is printed too, since a loaded machine stretches the wall-clock time JMH reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class MatchingBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final MentorMatcher matcher = new MentorMatcher();
    private MatchingRequest request;
    private MatchingRequest protecting;
    private boolean measuring;
    private long cpuNanos;
    private int operations;

    /** Builds the request from a fixed seed and prints how far the greedy matcher falls from the optimum. */
    @Setup(Level.Trial)
    public void setUp() {
        request = MatchingInstances.request(2_000, 700, 0.15, 2027);
        protecting = request.toBuilder().rules(request.rules().toBuilder().protectWeakest(true).build()).build();
        Proposal optimal = matcher.propose(request);
        GreedyMatcher.Result greedy = GreedyMatcher.match(request);
        double gap = 100.0 * (optimal.totalScore() - greedy.total()) / optimal.totalScore();
        System.out.printf(Locale.ROOT, "%n%d seats; optimal: %d pairs, total %d, lowest %d; greedy: %d pairs, "
                + "total %d; the greedy total is %.2f %% below the optimum%n", MatchingInstances.seats(request),
                optimal.pairs().size(), optimal.totalScore(), optimal.lowestScore().orElse(0), greedy.pairs(),
                greedy.total(), gap);
        Proposal protectedProposal = matcher.propose(protecting);
        System.out.printf(Locale.ROOT, "protecting the weakest: %d pairs, total %d, lowest %d%n",
                protectedProposal.pairs().size(), protectedProposal.totalScore(),
                protectedProposal.lowestScore().orElse(0));
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
            System.out.printf(Locale.ROOT, " [processor time: %.0f ms per operation over %d]",
                    cpuNanos / 1e6 / operations, operations);
        }
    }

    /** @return the optimal proposal */
    @Benchmark
    public Proposal propose() {
        long start = THREADS.getCurrentThreadCpuTime();
        Proposal proposal = matcher.propose(request);
        count(start);
        return proposal;
    }

    /** @return the optimal proposal that also protects the weakest pair */
    @Benchmark
    public Proposal proposeProtectingTheWeakest() {
        long start = THREADS.getCurrentThreadCpuTime();
        Proposal proposal = matcher.propose(protecting);
        count(start);
        return proposal;
    }

    /** @return the greedy assignment's figures */
    @Benchmark
    public GreedyMatcher.Result greedy() {
        long start = THREADS.getCurrentThreadCpuTime();
        GreedyMatcher.Result result = GreedyMatcher.match(request);
        count(start);
        return result;
    }

    private void count(long start) {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        operations++;
    }
}
