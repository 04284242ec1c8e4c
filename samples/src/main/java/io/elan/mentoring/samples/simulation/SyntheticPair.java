package io.elan.mentoring.samples.simulation;

/**
 * A mentor and a mentee the program team pairs, and how their pair will behave.
 *
 * @param mentor the mentor
 * @param mentee the mentee
 * @param behaviour how the pair behaves
 */
record SyntheticPair(SyntheticPerson mentor, SyntheticPerson mentee, PairBehaviour behaviour) {}
