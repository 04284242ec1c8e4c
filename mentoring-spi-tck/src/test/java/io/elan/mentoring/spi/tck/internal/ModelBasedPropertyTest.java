package io.elan.mentoring.spi.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("a model-based property replays random sequences of steps and reports the smallest failing one in words")
class ModelBasedPropertyTest {

    /** A step of these tests: put a number; it prints as words, as the kits' steps do. */
    private record Put(int n) {
        static final Gen<Put> ANY = Generate.range(0, 9).map(Put::new);

        @Override
        public String toString() {
            return "put " + n;
        }
    }

    /** A port that refuses any number from {@code limit} on, failing the rule its assertion states. */
    private static ModelBasedProperty.Replay<Put> refusingFrom(int limit) {
        return step -> assertThat(step.n()).as("no number of %d or more may be put", limit).isLessThan(limit);
    }

    private static String failure(Runnable property) {
        Throwable thrown = catchThrowable(property::run);
        assertThat(thrown).as("the property must fail").isInstanceOf(AssertionError.class);
        return thrown.getMessage();
    }

    private static List<String> listedSteps(String message) {
        Matcher step = Pattern.compile("(?m)^  \\d+\\. (.*)$").matcher(message);
        List<String> steps = new ArrayList<>();
        while (step.find()) {
            steps.add(step.group(1));
        }
        return steps;
    }

    @Test
    @DisplayName("a property that holds replays exactly as many sequences as tries asked for, each on a fresh replay")
    void triesAsAskedFor() {
        AtomicInteger replays = new AtomicInteger();
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 20)).tries(40).check(() -> {
            replays.incrementAndGet();
            return step -> { };
        });
        assertThat(replays.get()).isEqualTo(40);
    }

    @Test
    @DisplayName("a failure names the broken rule, the step where it broke, the smallest sequence in words and the seed")
    void reportsInWords() {
        String message = failure(() -> ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 30))
                .tries(50).check(() -> refusingFrom(7)));
        assertThat(message)
                .startsWith("[no number of 7 or more may be put]")
                .containsPattern("It failed at step 1 of 1: put [7-9]")
                .contains("Smallest failing sequence (1 step, reduced from a failing sequence of ")
                .containsPattern("Found at try \\d+ of 50 with seed -?\\d+; run the test again with -DQT_SEED=-?\\d+ to"
                        + " replay these tries\\.");
        assertThat(listedSteps(message)).singleElement().asString().matches("put [7-9]");
    }

    @Test
    @DisplayName("steps the failure does not need are dropped, also from the middle of the sequence")
    void needlessStepsDropped() {
        // Fails once a 9 was put after a 5 or more: at least two steps are needed, and no more.
        String message = failure(() -> ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 30))
                .tries(200).check(() -> new ModelBasedProperty.Replay<Put>() {
                    private boolean high;

                    @Override
                    public void apply(Put step) {
                        assertThat(high && step.n() == 9).as("no 9 may follow a 5 or more").isFalse();
                        high |= step.n() >= 5;
                    }
                }));
        assertThat(listedSteps(message)).hasSize(2).last().isEqualTo("put 9");
    }

    @Test
    @DisplayName("planned steps are planned again once steps are dropped, so that their words stay true")
    void plannedAgain() {
        String message = failure(() -> ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 30))
                .planned(drawn -> {
                    List<String> planned = new ArrayList<>();
                    for (Put put : drawn) {
                        planned.add(put + " as step " + (planned.size() + 1));
                    }
                    return planned;
                })
                .tries(50)
                .check(() -> step -> assertThat(step).as("no 8 may be put").doesNotStartWith("put 8")));
        assertThat(listedSteps(message)).containsExactly("put 8 as step 1");
    }

    @Test
    @DisplayName("a port that throws is reported with what it threw, and that as the cause")
    void portThrows() {
        Throwable thrown = catchThrowable(() -> ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 10))
                .tries(30).check(() -> step -> {
                    if (step.n() > 3) {
                        throw new IllegalStateException("connection lost");
                    }
                }));
        assertThat(thrown).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("the port threw java.lang.IllegalStateException: connection lost")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("running a failing property again with the QT_SEED system property it names replays the same failure")
    void seedReplays() {
        Runnable property = () -> ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 30)).tries(50)
                .check(() -> refusingFrom(6));
        String first = failure(property);
        Matcher seed = Pattern.compile("-DQT_SEED=(-?\\d+)").matcher(first);
        assertThat(seed.find()).isTrue();
        String before = System.getProperty("QT_SEED");
        System.setProperty("QT_SEED", seed.group(1));
        try {
            assertThat(failure(property)).isEqualTo(first);
        } finally {
            if (before == null) {
                System.clearProperty("QT_SEED");
            } else {
                System.setProperty("QT_SEED", before);
            }
        }
    }

    @Test
    @DisplayName("the QT_EXAMPLES system property replaces the number of tries a kit asks for")
    void examplesProperty() {
        AtomicInteger replays = new AtomicInteger();
        String before = System.getProperty("QT_EXAMPLES");
        System.setProperty("QT_EXAMPLES", "7");
        try {
            ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 20)).tries(40).check(() -> {
                replays.incrementAndGet();
                return step -> { };
            });
        } finally {
            if (before == null) {
                System.clearProperty("QT_EXAMPLES");
            } else {
                System.setProperty("QT_EXAMPLES", before);
            }
        }
        assertThat(replays.get()).isEqualTo(7);
    }

    @Test
    @DisplayName("a number of tries below one is refused")
    void triesAtLeastOne() {
        assertThatThrownBy(() -> ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Put.ANY, 5)).tries(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tries");
    }
}
