package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.jdbc.ReleasedFigures.Cell;
import io.elan.mentoring.jdbc.ReleasedFigures.Equation;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The attacker's solver finds what released figures pin down, and only that. */
@DisplayName("the attacker's solver")
class ReleasedFiguresTest {

    private static Set<Cell> cells(String column, IntStream respondents) {
        Set<Cell> cells = new LinkedHashSet<>();
        respondents.forEach(r -> cells.add(new Cell("r" + r, column)));
        return cells;
    }

    private static Equation sum(String figure, Set<Cell> cells, Map<String, Integer> answers) {
        long total = cells.stream().mapToLong(c -> answers.get(c.respondent())).sum();
        return new Equation(figure, cells, false, Fraction.of(total));
    }

    @Test
    @DisplayName("mentees + cohort − whole wave pins down the one mentee of the mentors' cohort, and says how, with"
            + " the value")
    void menteesPlusCohortMinusWave() {
        // r0..r9 mentors of cohort c, r10..r19 mentees of cohort d, r20 the mentee of cohort c.
        Map<String, Integer> answers = new HashMap<>();
        IntStream.range(0, 21).forEach(r -> answers.put("r" + r, r == 20 ? 1 : 3 + r % 2));
        ReleasedFigures released = new ReleasedFigures();
        released.add(sum("whole wave", cells("pace.suits", IntStream.range(0, 21)), answers));
        released.add(sum("mentees", cells("pace.suits", IntStream.range(10, 21)), answers));
        Set<Cell> cohort = cells("pace.suits", IntStream.range(0, 10));
        cohort.add(new Cell("r20", "pace.suits"));
        released.add(sum("cohort c", cohort, answers));
        ReleasedFigures.Disclosure found = released.smallestDisclosure(5, 10).orElseThrow();
        assertThat(found.respondents()).containsExactly("r20");
        assertThat(found.columns()).containsExactly("pace.suits");
        assertThat(found.combination()).containsOnlyKeys("whole wave", "mentees", "cohort c");
        assertThat(found.value()).isEqualTo(Fraction.ONE);
    }

    @Test
    @DisplayName("a small atom that no combination isolates pins nothing down: A ∪ B and B ∪ C with B of two")
    void smallAtomNotDetermined() {
        ReleasedFigures released = new ReleasedFigures();
        released.add(new Equation("A and B", cells("q", IntStream.range(0, 8)), false, null));
        released.add(new Equation("B and C", cells("q", IntStream.range(6, 14)), false, null));
        assertThat(released.smallestDisclosure(5, 10)).isEmpty();
    }

    @Test
    @DisplayName("items minus a scale pin down the answers of the one respondent who skipped an item of it")
    void skippedScaleItem() {
        ReleasedFigures released = new ReleasedFigures();
        released.add(new Equation("trust", cells("trust", IntStream.range(0, 11)), false, null));
        released.add(new Equation("openness", cells("openness", IntStream.range(0, 10)), false, null));
        released.add(new Equation("expectations", cells("expectations", IntStream.range(0, 11)), false, null));
        Set<Cell> scale = new LinkedHashSet<>();
        for (String item : List.of("trust", "openness", "expectations")) {
            scale.addAll(cells(item, IntStream.range(0, 10)));
        }
        released.add(new Equation("scale", scale, false, null));
        ReleasedFigures.Disclosure found = released.smallestDisclosure(5, 10).orElseThrow();
        assertThat(found.respondents()).containsExactly("r10");
        assertThat(found.columns()).containsExactlyInAnyOrder("trust", "expectations");
    }

    @Test
    @DisplayName("comments of 11 and 21 single out one comment, under the comment threshold of 10")
    void comments() {
        ReleasedFigures released = new ReleasedFigures();
        released.add(new Equation("whole wave", cells("comment", IntStream.range(0, 21)), true, null));
        released.add(new Equation("mentees", cells("comment", IntStream.range(10, 21)), true, null));
        released.add(new Equation("mentors", cells("comment", IntStream.range(0, 10)), true, null));
        assertThat(released.smallestDisclosure(5, 10)).isEmpty();
        released.add(new Equation("cohort", cells("comment", IntStream.range(0, 11).map(r -> r == 10 ? 20 : r)),
                true, null));
        assertThat(released.smallestDisclosure(5, 10).orElseThrow().respondents()).containsExactly("r20");
    }

    @Test
    @DisplayName("groups of exactly k, and their differences of exactly k, pin down nobody below k")
    void exactlyK() {
        ReleasedFigures released = new ReleasedFigures();
        released.add(new Equation("all", cells("q", IntStream.range(0, 10)), false, null));
        released.add(new Equation("half", cells("q", IntStream.range(0, 5)), false, null));
        assertThat(released.smallestDisclosure(5, 10)).isEmpty();
        released.add(new Equation("nearly all", cells("q", IntStream.range(0, 9)), false, null));
        assertThat(released.smallestDisclosure(5, 10).orElseThrow().respondents()).containsExactly("r9");
    }
}
