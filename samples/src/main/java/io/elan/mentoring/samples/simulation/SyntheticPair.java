package io.elan.mentoring.samples.simulation;

/**
 * A mentor and a mentee the matching paired and the program team confirmed, and how their pair will behave.
 *
 * @param mentor the mentor, as they behave in this pair
 * @param mentee the mentee, as they behave in this pair
 * @param behaviour how the pair behaves
 */
record SyntheticPair(SyntheticPerson mentor, SyntheticPerson mentee, PairBehaviour behaviour) {

    /**
     * @param mentor the mentor
     * @param mentee the mentee
     * @param behaviour how their pair behaves
     * @return the pair, each person behaving as the pair does
     */
    static SyntheticPair of(SyntheticPerson mentor, SyntheticPerson mentee, PairBehaviour behaviour) {
        return new SyntheticPair(mentor.inPair(behaviour), mentee.inPair(behaviour), behaviour);
    }
}
