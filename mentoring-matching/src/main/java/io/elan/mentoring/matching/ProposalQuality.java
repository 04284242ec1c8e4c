package io.elan.mentoring.matching;

import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How good a proposal is, in the figures a program team reads first: how many pairs, how their scores spread, and how
 * many people are left out for each reason.
 *
 * @param pairs how many pairs
 * @param totalScore the sum of their scores
 * @param maxPairScore the most one pair could score
 * @param lowest the lowest pair score, 0 without pairs
 * @param median the median pair score (the lower of the two middle ones for an even count), 0 without pairs
 * @param highest the highest pair score, 0 without pairs
 * @param scoreBands how many pairs score in each tenth of {@code maxPairScore}: band {@code i} holds scores from
 *     {@code i/10} up to, not including, {@code (i+1)/10} of the maximum, the last band including the maximum
 * @param unmatchedMentees how many mentees are left out, by reason
 * @param unmatchedMentors how many mentors with room get no mentee, by reason
 * @param seatsLeft how many more mentees the mentors could still take
 */
public record ProposalQuality(int pairs, long totalScore, int maxPairScore, int lowest, int median, int highest,
        List<Integer> scoreBands, Map<UnmatchedReason, Integer> unmatchedMentees,
        Map<UnmatchedReason, Integer> unmatchedMentors, int seatsLeft) {

    /** How many bands {@link #scoreBands()} holds. */
    public static final int BANDS = 10;

    /**
     * Copies the figures.
     *
     * @param pairs how many pairs
     * @param totalScore the sum of their scores
     * @param maxPairScore the most one pair could score
     * @param lowest the lowest pair score, 0 without pairs
     * @param median the median pair score (the lower of the two middle ones for an even count), 0 without pairs
     * @param highest the highest pair score, 0 without pairs
     * @param scoreBands how many pairs score in each tenth of {@code maxPairScore}: band {@code i} holds scores from
     *         {@code i/10} up to, not including, {@code (i+1)/10} of the maximum, the last band including the maximum
     * @param unmatchedMentees how many mentees are left out, by reason
     * @param unmatchedMentors how many mentors with room get no mentee, by reason
     * @param seatsLeft how many more mentees the mentors could still take
     */
    public ProposalQuality {
        scoreBands = Checks.list(scoreBands, "scoreBands", BANDS);
        unmatchedMentees = Collections.unmodifiableMap(ordered(unmatchedMentees));
        unmatchedMentors = Collections.unmodifiableMap(ordered(unmatchedMentors));
    }

    private static Map<UnmatchedReason, Integer> ordered(Map<UnmatchedReason, Integer> counts) {
        EnumMap<UnmatchedReason, Integer> copy = new EnumMap<>(UnmatchedReason.class);
        copy.putAll(Checks.present(counts, "unmatched"));
        return copy;
    }

    /**
     * @param proposal a proposal
     * @return its quality
     */
    static ProposalQuality of(Proposal proposal) {
        int[] scores = proposal.pairs().stream().mapToInt(ProposedPair::score).sorted().toArray();
        int max = proposal.maxPairScore();
        Integer[] bands = new Integer[BANDS];
        Arrays.fill(bands, 0);
        for (int score : scores) {
            int band = max == 0 ? BANDS - 1 : Math.min(BANDS - 1, (int) ((long) score * BANDS / max));
            bands[band]++;
        }
        EnumMap<UnmatchedReason, Integer> mentees = new EnumMap<>(UnmatchedReason.class);
        EnumMap<UnmatchedReason, Integer> mentors = new EnumMap<>(UnmatchedReason.class);
        for (Unmatched u : proposal.unmatched()) {
            (u.role() == Role.MENTEE ? mentees : mentors).merge(u.reason(), 1, Integer::sum);
        }
        boolean any = scores.length > 0;
        return new ProposalQuality(scores.length, proposal.totalScore(), max, any ? scores[0] : 0,
                any ? scores[(scores.length - 1) / 2] : 0, any ? scores[scores.length - 1] : 0, List.of(bands),
                mentees, mentors, proposal.seatsLeft());
    }

    /**
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this ProposalQuality's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().pairs(pairs).totalScore(totalScore).maxPairScore(maxPairScore).lowest(lowest)
                .median(median).highest(highest).scoreBands(scoreBands).unmatchedMentees(unmatchedMentees)
                .unmatchedMentors(unmatchedMentors).seatsLeft(seatsLeft);
    }

    /** Builds a {@link ProposalQuality}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private int pairs;
        private long totalScore;
        private int maxPairScore;
        private int lowest;
        private int median;
        private int highest;
        private @Nullable List<Integer> scoreBands;
        private @Nullable Map<UnmatchedReason, Integer> unmatchedMentees;
        private @Nullable Map<UnmatchedReason, Integer> unmatchedMentors;
        private int seatsLeft;

        private Builder() {}

        /**
         * @param value how many pairs
         * @return this builder
         */
        public Builder pairs(int value) { pairs = value; return this; }

        /**
         * @param value the sum of their scores
         * @return this builder
         */
        public Builder totalScore(long value) { totalScore = value; return this; }

        /**
         * @param value the most one pair could score
         * @return this builder
         */
        public Builder maxPairScore(int value) { maxPairScore = value; return this; }

        /**
         * @param value the lowest pair score, 0 without pairs
         * @return this builder
         */
        public Builder lowest(int value) { lowest = value; return this; }

        /**
         * @param value the median pair score (the lower of the two middle ones for an even count), 0 without pairs
         * @return this builder
         */
        public Builder median(int value) { median = value; return this; }

        /**
         * @param value the highest pair score, 0 without pairs
         * @return this builder
         */
        public Builder highest(int value) { highest = value; return this; }

        /**
         * @param value how many pairs score in each tenth of {@code maxPairScore}: band {@code i} holds scores from
         *         {@code i/10} up to, not including, {@code (i+1)/10} of the maximum, the last band including the
         *         maximum
         * @return this builder
         */
        public Builder scoreBands(List<Integer> value) { scoreBands = value; return this; }

        /**
         * @param value how many mentees are left out, by reason
         * @return this builder
         */
        public Builder unmatchedMentees(Map<UnmatchedReason, Integer> value) { unmatchedMentees = value; return this; }

        /**
         * @param value how many mentors with room get no mentee, by reason
         * @return this builder
         */
        public Builder unmatchedMentors(Map<UnmatchedReason, Integer> value) { unmatchedMentors = value; return this; }

        /**
         * @param value how many more mentees the mentors could still take
         * @return this builder
         */
        public Builder seatsLeft(int value) { seatsLeft = value; return this; }

        /**
         * @return the ProposalQuality
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        public ProposalQuality build() {
            return new ProposalQuality(pairs, totalScore, maxPairScore, lowest, median, highest, scoreBands,
                    unmatchedMentees, unmatchedMentors, seatsLeft);
        }
    }
}
