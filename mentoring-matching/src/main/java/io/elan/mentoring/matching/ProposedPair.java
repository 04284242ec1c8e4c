package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import java.util.Locale;

/**
 * One pair of a proposal, its score and the criteria that made it.
 *
 * @param mentor the mentor
 * @param mentee the mentee
 * @param score the pair's score: the sum of its criteria's points
 * @param pinned whether the program team pinned it rather than the matcher choosing it
 * @param criteria what each soft criterion gave, in the order of {@link CriterionWeights}
 */
public record ProposedPair(PersonId mentor, PersonId mentee, int score, boolean pinned,
        List<CriterionScore> criteria) {

    /**
     * Checks the score is the sum of the criteria.
     *
     * @param mentor the mentor
     * @param mentee the mentee
     * @param score the pair's score: the sum of its criteria's points
     * @param pinned whether the program team pinned it rather than the matcher choosing it
     * @param criteria what each soft criterion gave, in the order of {@link CriterionWeights}
     * @throws InvalidValueException if it is not
     */
    public ProposedPair {
        Checks.present(mentor, "mentor");
        Checks.present(mentee, "mentee");
        criteria = Checks.list(criteria, "criteria", 16);
        int sum = criteria.stream().mapToInt(CriterionScore::points).sum();
        if (score != sum) {
            throw new InvalidValueException("score", "must be the sum of the criteria's points (" + sum + ")", score);
        }
    }

    /** @return the mentor and the mentee */
    public Pairing pairing() {
        return new Pairing(mentor, mentee);
    }

    /**
     * @param locale the reader's language, French or English (any other reads English)
     * @return one sentence per criterion
     */
    public List<String> explain(Locale locale) {
        MatchingTexts texts = new MatchingTexts();
        return criteria.stream().map(c -> texts.describe(c, locale)).toList();
    }
}
