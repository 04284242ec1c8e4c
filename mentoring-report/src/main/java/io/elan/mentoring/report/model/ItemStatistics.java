package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The statistics released for one item in one group.
 *
 * @param mean the mean answer of a numeric item, or {@code null}
 * @param favourable the favourable answers (the top two points of an agreement scale, 9–10 of a score, yes) with
 *     their Wilson 95% interval, or {@code null}
 * @param netPromoterScore the net promoter score of a 0–10 item, or {@code null}
 */
public record ItemStatistics(@Nullable Double mean, @Nullable Favourable favourable,
        @Nullable NetPromoter netPromoterScore) {

    /**
     * The favourable answers.
     *
     * @param count favourable answers
     * @param n answers
     * @param lower the lower bound of the Wilson 95% interval of the share
     * @param upper its upper bound
     */
    public record Favourable(long count, long n, double lower, double upper) {
        /**
         * Validates the counts and the interval.
         *
         * @param count favourable answers
         * @param n answers
         * @param lower the lower bound of the Wilson 95% interval of the share
         * @param upper its upper bound
         */
        public Favourable {
            Shares.count(count, "favourable.count");
            if (n < count) {
                throw new InvalidValueException("favourable.n", "must be at least the count (" + count + ")", n);
            }
            Shares.check(lower, "favourable.lower");
            Shares.check(upper, "favourable.upper");
            if (upper < lower) {
                throw new InvalidValueException("favourable.upper", "must not be below the lower bound (" + lower
                        + ")", upper);
            }
        }

        /** @return count / n, 0 without answers */
        public double share() {
            return n == 0 ? 0 : (double) count / n;
        }
    }

    /**
     * The net promoter score.
     *
     * @param promoters answers of 9 or 10
     * @param passives answers of 7 or 8
     * @param detractors answers of 0 to 6
     * @param score promoters' share minus detractors' share, in points from −100 to 100
     */
    public record NetPromoter(long promoters, long passives, long detractors, double score) {
        /**
         * Validates the counts and the score.
         *
         * @param promoters answers of 9 or 10
         * @param passives answers of 7 or 8
         * @param detractors answers of 0 to 6
         * @param score promoters' share minus detractors' share, in points from −100 to 100
         */
        public NetPromoter {
            Shares.count(promoters, "netPromoterScore.promoters");
            Shares.count(passives, "netPromoterScore.passives");
            Shares.count(detractors, "netPromoterScore.detractors");
            if (!(score >= -100 && score <= 100)) {
                throw new InvalidValueException("netPromoterScore.score", "must be between -100 and 100", score);
            }
        }
    }
}
