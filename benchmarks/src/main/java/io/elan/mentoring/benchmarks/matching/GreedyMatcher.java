package io.elan.mentoring.benchmarks.matching;

import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.internal.CompiledRequest;
import java.util.Arrays;

/**
 * The matcher a vendor writes first: every allowed pairing, best score first, taken whenever the mentee is free and
 * the mentor has room. Same rules and scores as the optimal matcher, so the two differ only in how they choose.
 */
final class GreedyMatcher {

    /**
     * The greedy assignment's figures.
     *
     * @param pairs how many pairs
     * @param total their total score
     */
    record Result(int pairs, long total) {}

    private GreedyMatcher() {}

    static Result match(MatchingRequest request) {
        CompiledRequest c = new CompiledRequest(request);
        int n = c.mentees();
        int m = c.mentors();
        long[] keys = new long[n * m];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (c.capacity(j) > 0 && c.firstBroken(i, j) == null) {
                    // Best score first; on a tie, the lower mentee then mentor index, as a person would list them.
                    keys[count++] = (long) (CompiledRequest.MAX_SCORE - c.score(i, j)) << 40 | (long) i << 20 | j;
                }
            }
        }
        Arrays.sort(keys, 0, count);
        int[] room = new int[m];
        for (int j = 0; j < m; j++) {
            room[j] = c.capacity(j);
        }
        boolean[] paired = new boolean[n];
        int pairs = 0;
        long total = 0;
        for (int k = 0; k < count; k++) {
            int i = (int) (keys[k] >>> 20 & 0xFFFFF);
            int j = (int) (keys[k] & 0xFFFFF);
            if (!paired[i] && room[j] > 0) {
                paired[i] = true;
                room[j]--;
                pairs++;
                total += CompiledRequest.MAX_SCORE - (keys[k] >>> 40);
            }
        }
        return new Result(pairs, total);
    }
}
