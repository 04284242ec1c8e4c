package io.elan.mentoring.matching;

import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How the rules judge one pairing, proposed or not: the hard rules it breaks and the score it would have. Lets a
 * program team see why a pair they think of is not proposed before pinning or excluding it.
 *
 * @param pairing the mentor and the mentee
 * @param broken the hard rules it breaks, in the order of {@link HardRule}; empty when the pair is allowed
 * @param score the score it would have
 * @param criteria what each soft criterion would give
 */
public record PairAssessment(Pairing pairing, List<HardRule> broken, int score, List<CriterionScore> criteria) {

    /**
     * Copies the lists.
     *
     * @param pairing the mentor and the mentee
     * @param broken the hard rules it breaks, in the order of {@link HardRule}; empty when the pair is allowed
     * @param score the score it would have
     * @param criteria what each soft criterion would give
     */
    public PairAssessment {
        Checks.present(pairing, "pairing");
        broken = Checks.list(broken, "broken", HardRule.values().length);
        criteria = Checks.list(criteria, "criteria", 16);
    }

    /** @return whether no hard rule rules the pair out */
    public boolean allowed() {
        return broken.isEmpty();
    }

    /**
     * @param locale the reader's language, French or English (any other reads English)
     * @return the broken rules, then one sentence per criterion
     */
    public List<String> explain(Locale locale) {
        MatchingTexts texts = new MatchingTexts();
        return Stream.concat(broken.stream().map(rule -> texts.describe(rule, locale)),
                criteria.stream().map(c -> texts.describe(c, locale))).toList();
    }
}
