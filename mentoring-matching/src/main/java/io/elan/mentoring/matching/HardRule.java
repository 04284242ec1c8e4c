package io.elan.mentoring.matching;

/**
 * A rule that rules a pairing out, whatever its score. When several apply, a pairing is counted under the first in
 * this order, so that the counts of an {@link Unmatched} person add up.
 */
public enum HardRule {
    /** One is the other's manager, directly or higher up. */
    REPORTING_LINE,
    /** They share no language, and the program requires one. */
    NO_SHARED_LANGUAGE,
    /** The mentor is fewer levels above the mentee than the program's minimum. */
    LEVEL_GAP,
    /** One of them blocked the other. */
    BLOCKED,
    /** The program team excluded this pairing, or it has ended before in the program. */
    EXCLUDED
}
