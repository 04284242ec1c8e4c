package io.elan.mentoring.core.matching;

import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.validation.Checks;
import java.util.List;

/**
 * What confirming a proposal did: the pairs formed, and the pairings a change made meanwhile refused.
 *
 * @param formed the pairs formed, in the proposal's order
 * @param refused the pairings refused while confirming, each with the rule that refused it
 */
public record Confirmation(List<Pair> formed, List<Refusal> refused) {

    /**
     * Copies the lists.
     *
     * @param formed the pairs formed, in the proposal's order
     * @param refused the pairings refused while confirming, each with the rule that refused it
     */
    public Confirmation {
        formed = Checks.list(formed, "formed", Integer.MAX_VALUE);
        refused = Checks.list(refused, "refused", Integer.MAX_VALUE);
    }

    /**
     * A pairing the engine refused to form.
     *
     * @param pairing the mentor and the mentee
     * @param rule the rule that refused it, as {@link io.elan.mentoring.core.RefusedOperationException#rule()}
     */
    public record Refusal(Pairing pairing, String rule) {
        /**
         * Checks both are given.
         *
         * @param pairing the mentor and the mentee
         * @param rule the rule that refused it, as {@link io.elan.mentoring.core.RefusedOperationException#rule()}
         */
        public Refusal {
            Checks.present(pairing, "pairing");
            Checks.present(rule, "rule");
        }
    }
}
