package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.survey.anonymity.AnonymityPolicy;

/**
 * When held responses are published. A response waits, sealed, until at least {@code batchSize} responses with the
 * same segments wait with it; they are then published together, shuffled, under random tokens, so that whoever reads
 * the database learns only that a respondent is one of the batch. Set the batch size to the anonymity guard's
 * threshold k (or above): then no one reading the database can tell a response's author better than chance among k.
 *
 * @param batchSize the fewest responses published together: at least {@value AnonymityPolicy#MIN_THRESHOLD}, as the
 *     guard's k
 * @param releaseRemainderAtClose whether, once the wave has closed, the responses that still could not gather a batch
 *     (see {@link SurveyCollector#publish}) are published all the same, in smaller batches that each link a response
 *     to fewer than {@code batchSize} people; by default they stay sealed, withheld
 */
public record PublicationPolicy(int batchSize, boolean releaseRemainderAtClose) {

    /**
     * Validates the batch size.
     *
     * @param batchSize the fewest responses published together: at least {@value AnonymityPolicy#MIN_THRESHOLD}, as the
     *         guard's k
     * @param releaseRemainderAtClose whether, once the wave has closed, the responses that still could not gather a
     *         batch (see {@link SurveyCollector#publish}) are published all the same, in smaller batches that each link
     *         a response to fewer than {@code batchSize} people; by default they stay sealed, withheld
     */
    public PublicationPolicy {
        Checks.Collector require = Checks.collector();
        require.that(batchSize >= AnonymityPolicy.MIN_THRESHOLD, "batchSize",
                "must be at least " + AnonymityPolicy.MIN_THRESHOLD + ", as the anonymity guard's k", batchSize);
        require.orThrow();
    }

    /** @return batches of the guard's default k, {@value AnonymityPolicy#DEFAULT_THRESHOLD}; the remainder withheld */
    public static PublicationPolicy defaults() {
        return batchesOf(AnonymityPolicy.DEFAULT_THRESHOLD);
    }

    /**
     * @param batchSize the fewest responses published together, the guard's k
     * @return that policy, the remainder withheld at close
     */
    public static PublicationPolicy batchesOf(int batchSize) {
        return new PublicationPolicy(batchSize, false);
    }

    /** @return the same batch size, with the remainder published at close in smaller batches */
    public PublicationPolicy releasingRemainderAtClose() {
        return new PublicationPolicy(batchSize, true);
    }
}
