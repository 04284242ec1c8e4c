package io.elan.mentoring.spi.tck.internal;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.generators.SourceDSL;

/**
 * A model-based property run with QuickTheories: random sequences of steps are replayed on the port and on a simple
 * model, each sequence against a fresh {@link Replay}. A failing sequence is reduced to a small one, and the failure
 * reads as the broken rule, the step where it broke, every step of the smallest sequence in words and the seed that
 * replays the run.
 *
 * <p>QuickTheories reads its {@code QT_SEED} system property for the seed, so {@code -DQT_SEED=<seed>} replays a
 * reported run. {@code QT_EXAMPLES} replaces the number of tries a kit asks for and {@code QT_SHRINKS} the number of
 * attempts QuickTheories makes to reduce a failing sequence.
 *
 * @param <D> the type of a step as drawn
 * @param <S> the type of a step as replayed (the same as {@code D} unless {@link #planned(Function)}); its
 *     {@code toString()} says the step in words, such as {@code read p2}
 */
public final class ModelBasedProperty<D, S> {

    /** How many sequences QuickTheories may generate per try asked for: it skips those it has already generated. */
    private static final int GENERATED_PER_TRY = 4;

    /** Attempts to reduce a failing sequence: enough to reach a handful of steps, bounded so a slow port still ends. */
    private static final int SHRINK_CYCLES = 2_000;

    /**
     * One replay of one sequence of steps: a fresh model, and whatever the port needs to start clean (a fresh tenant).
     *
     * @param <S> the type of a step
     */
    public interface Replay<S> {
        /**
         * Applies a step to the port and to the model, and asserts that they agree.
         *
         * @param step the step
         */
        void apply(S step);

        /** Asserts what must hold once every step was applied; nothing by default. */
        default void verifyEnd() {}
    }

    private final Gen<List<D>> sequences;
    private final Function<List<D>, List<S>> plan;
    private final int tries;

    private ModelBasedProperty(Gen<List<D>> sequences, Function<List<D>, List<S>> plan, int tries) {
        this.sequences = sequences;
        this.plan = plan;
        this.tries = tries;
    }

    /**
     * @param step the generator of one step
     * @param maxLength the longest sequence
     * @param <S> the type of a step
     * @return a generator of sequences of zero to {@code maxLength} steps, which QuickTheories shortens when it
     *     reduces a failing one
     */
    public static <S> Gen<List<S>> sequencesOf(Gen<S> step, int maxLength) {
        return SourceDSL.lists().of(step).ofType(SourceDSL.lists().<S, List<S>>arrayList()).ofSizeBetween(0, maxLength);
    }

    /**
     * @param sequences the generator of the sequences to replay, usually {@link #sequencesOf(Gen, int)}
     * @param <S> the type of a step
     * @return a property over those sequences, tried 100 times unless {@link #tries(int)} says otherwise
     */
    public static <S> ModelBasedProperty<S, S> forAll(Gen<List<S>> sequences) {
        return new ModelBasedProperty<>(sequences, Function.identity(), 100);
    }

    /**
     * Turns each drawn sequence into the steps replayed, for steps that say what a correct port holds before them
     * ({@code stale update of p1 at version 2}). Steps are dropped from a failing sequence as drawn, then planned
     * again, so the words of the steps reported stay true.
     *
     * @param planner plans a drawn sequence
     * @param <T> the type of a planned step
     * @return this property, replaying planned sequences
     */
    public <T> ModelBasedProperty<D, T> planned(Function<List<S>, List<T>> planner) {
        return new ModelBasedProperty<>(sequences, plan.andThen(planner), tries);
    }

    /**
     * @param tries how many different sequences to replay, unless the {@code QT_EXAMPLES} system property is set
     * @return this property with that many tries
     */
    public ModelBasedProperty<D, S> tries(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, was " + tries);
        }
        return new ModelBasedProperty<>(sequences, plan, tries);
    }

    /**
     * Replays sequences until the number of tries is reached or one fails.
     *
     * @param freshReplay makes the replay of one sequence
     * @throws AssertionError naming the broken rule, the failing step, the smallest failing sequence and the seed
     */
    public void check(Supplier<? extends Replay<S>> freshReplay) {
        int wanted = Integer.getInteger(Configuration.EXAMPLES, tries);
        Search search = new Search(wanted, freshReplay);
        QuickTheory theory = qt()
                .withExamples((int) Math.min(Integer.MAX_VALUE, (long) wanted * GENERATED_PER_TRY))
                .withReporter(new Report(search));
        if (System.getProperty(Configuration.SHRINKS) == null) {
            theory = theory.withShrinkCycles(SHRINK_CYCLES);
        }
        theory.forAll(sequences).checkAssert(search::replay);
        if (search.tried < wanted) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "only %d different sequences of steps could be generated, %d were asked for", search.tried,
                    wanted));
        }
    }

    /** Counts the sequences tried, and once one failed, replays every candidate it is reduced to. */
    private final class Search {
        private final int wanted;
        private final Supplier<? extends Replay<S>> freshReplay;
        private int tried;
        private boolean failing;

        Search(int wanted, Supplier<? extends Replay<S>> freshReplay) {
            this.wanted = wanted;
            this.freshReplay = freshReplay;
        }

        void replay(List<D> drawn) {
            if (!failing) {
                if (tried == wanted) {
                    // QuickTheories was allowed more sequences than asked for, to make up for those it skips.
                    return;
                }
                tried++;
            }
            @Nullable FailedStep failed = attempt(drawn);
            if (failed != null) {
                failing = true;
                throw failed;
            }
        }

        @Nullable FailedStep attempt(List<D> drawn) {
            List<S> steps = plan.apply(drawn);
            Replay<S> replay = freshReplay.get();
            int index = 0;
            try {
                for (; index < steps.size(); index++) {
                    replay.apply(steps.get(index));
                }
                replay.verifyEnd();
                return null;
            } catch (RuntimeException | AssertionError e) {
                return new FailedStep(drawn, steps, index, e);
            }
        }

        /**
         * Drops, one at a time, the steps the failure does not need. QuickTheories only shortens a sequence from its
         * end and simplifies its steps, so steps that change nothing (a second creation, a read) would stay in the
         * middle of the report.
         */
        FailedStep withoutNeedlessSteps(FailedStep failed) {
            FailedStep smallest = failed;
            boolean dropped = true;
            while (dropped) {
                dropped = false;
                for (int i = smallest.drawn.size() - 1; i >= 0; i--) {
                    // The sequences in a FailedStep are those this search drew and planned.
                    @SuppressWarnings("unchecked")
                    List<D> fewer = new ArrayList<>((List<D>) smallest.drawn);
                    fewer.remove(i);
                    @Nullable FailedStep still = attempt(fewer);
                    if (still != null) {
                        smallest = still;
                        dropped = true;
                    }
                }
            }
            return smallest;
        }
    }

    /** Where a sequence failed; carries the failure of the port or of the model's assertion as its cause. */
    private static final class FailedStep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient List<?> drawn;
        private final transient List<?> steps;
        private final int index;

        FailedStep(List<?> drawn, List<?> steps, int index, Throwable cause) {
            super(null, cause, false, false);
            this.drawn = drawn;
            this.steps = steps;
            this.index = index;
        }

        String where() {
            if (index < steps.size()) {
                return String.format(Locale.ROOT, "It failed at step %d of %d: %s", index + 1, steps.size(),
                        steps.get(index));
            }
            return steps.isEmpty() ? "It failed in the final check, with no step at all"
                    : "It failed after the last step, in the final check";
        }
    }

    /** Turns QuickTheories' finding into one assertion error a plugin author can read without the kit's source. */
    private final class Report implements Reporter {
        private final Search search;

        Report(Search search) {
            this.search = search;
        }

        @Override
        public void falisification(long seed, int count, Object smallest, Throwable cause, List<Object> others,
                AsString<Object> toString) {
            throw failure(seed, smallest, cause, others);
        }

        @Override
        public void falisification(long seed, int count, Object smallest, List<Object> others,
                AsString<Object> toString) {
            throw failure(seed, smallest, null, others);
        }

        @Override
        public void valuesExhausted(int completed) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "only %d sequences of steps could be generated, %d were asked for", completed, search.wanted));
        }

        @SuppressWarnings("unchecked")
        private AssertionError failure(long seed, Object smallest, @Nullable Throwable cause, List<Object> others) {
            List<?> generated = (List<?>) (others.isEmpty() ? smallest : others.get(others.size() - 1));
            @Nullable FailedStep failed = cause instanceof FailedStep step ? search.withoutNeedlessSteps(step) : null;
            List<?> steps = failed == null ? plan.apply((List<D>) smallest) : failed.steps;
            @Nullable Throwable broken = failed == null ? cause : failed.getCause();
            StringBuilder text = new StringBuilder();
            if (broken == null) {
                text.append("the sequence of steps below does not agree with the model");
            } else if (broken instanceof AssertionError && broken.getMessage() != null) {
                text.append(broken.getMessage());
            } else {
                text.append("the port threw ").append(broken);
            }
            if (failed != null) {
                text.append(System.lineSeparator()).append(failed.where());
            }
            text.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                    "Smallest failing sequence (%s, reduced from a failing sequence of %s):", count(steps),
                    count(generated)));
            for (int i = 0; i < steps.size(); i++) {
                text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "  %d. %s", i + 1, steps.get(i)));
            }
            text.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                    "Found at try %d of %d with seed %d; run the test again with -D%s=%d to replay these tries.",
                    search.tried, search.wanted, seed, Configuration.SEED, seed));
            return new AssertionError(text.toString(), broken);
        }
    }

    private static String count(List<?> steps) {
        return steps.size() == 1 ? "1 step" : steps.size() + " steps";
    }
}
