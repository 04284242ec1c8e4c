package io.elan.mentoring.survey;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** Sequences of steps for model-based properties, printed as the sentences of their steps. */
public final class Steps {

    private Steps() {}

    /**
     * @param step one step, whose {@code toString()} is a sentence
     * @param maxSize the most steps in a sequence
     * @param <T> the type of a step
     * @return sequences of 0 to {@code maxSize} steps, described as "first step, then second step..."; they shrink
     *     as {@link #shrinkingAnywhere} lists do
     */
    public static <T> Gen<List<T>> upTo(Gen<T> step, int maxSize) {
        return shrinkingAnywhere(step, maxSize).describedAs(steps -> steps.isEmpty() ? "no step"
                : steps.stream().map(Object::toString).collect(Collectors.joining(", then ")));
    }

    /**
     * Lists whose every element may shrink away on its own, wherever it sits, so that a failing list shrinks to the
     * elements that matter rather than only losing its last ones.
     *
     * @param element one element
     * @param maxSize the most elements in a list
     * @param <T> the type of an element
     * @return lists of 0 to {@code maxSize} elements
     */
    public static <T> Gen<List<T>> shrinkingAnywhere(Gen<T> element, int maxSize) {
        return lists().of(element.toOptionals(10)).ofSizeBetween(0, maxSize)
                .map(drawn -> drawn.stream().flatMap(Optional::stream).toList());
    }
}
