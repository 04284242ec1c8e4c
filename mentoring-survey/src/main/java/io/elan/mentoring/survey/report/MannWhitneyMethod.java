package io.elan.mentoring.survey.report;

/**
 * How the p-value of a Mann–Whitney test is computed, named as the {@code method} argument of SciPy's
 * {@code scipy.stats.mannwhitneyu}. The exact distribution of U assumes no ties: with tied answers, which a Likert
 * item almost always has, the test uses the normal approximation and says so.
 */
public enum MannWhitneyMethod {
    /**
     * SciPy's {@code 'auto'}: exact when either sample holds at most 8 answers and no answer is tied, asymptotic
     * otherwise. Only ever requested: a test shows the method it used.
     */
    AUTO,
    /**
     * SciPy's {@code 'exact'}: the exact null distribution of U (Mann and Whitney 1947), for samples without ties
     * small enough to count every arrangement (up to 2⁶² of them); asymptotic otherwise.
     */
    EXACT,
    /**
     * SciPy's {@code 'asymptotic'}: the normal approximation with the tie correction of the variance, and the
     * continuity correction when {@code use_continuity} is set.
     */
    ASYMPTOTIC
}
