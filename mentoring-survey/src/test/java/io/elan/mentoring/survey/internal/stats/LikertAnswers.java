package io.elan.mentoring.survey.internal.stats;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Answers to one item on a seven-point Likert scale, as the statistics properties draw them. */
final class LikertAnswers {

    private LikertAnswers() {}

    /**
     * @param maxSize the most answers in one sample
     * @return samples of 1 to {@code maxSize} answers from 1 to 7; one in ten is unanimous (every answer the same),
     *     the all-ties case where a rank test has no variance and random draws would rarely land
     */
    static Gen<int[]> upTo(int maxSize) {
        Gen<int[]> varied = Generate.intArrays(integers().between(1, maxSize), integers().between(1, 7));
        Gen<int[]> unanimous = integers().between(1, maxSize).zip(integers().between(1, 7), (size, answer) -> {
            int[] answers = new int[size];
            Arrays.fill(answers, answer);
            return answers;
        });
        return varied.mix(unanimous, 10).describedAs(Arrays::toString);
    }
}
