package io.elan.mentoring.survey.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The respondent sets behind every figure already released for one wave, and the rules a new figure must meet
 * against them. Respondents are known only by a 64-bit fingerprint of their stored (already one-way) token, mapped to
 * an index so that sets are bit sets; the index of a respondent never changes within one history, so sets stay
 * comparable while new responses arrive.
 *
 * <p>Figures are grouped by key (an item, a scale, the respondent count): only figures of the same key can be
 * subtracted from one another. A new set N of a key is released only if:
 * <ol>
 *   <li>it holds at least t respondents;</li>
 *   <li>for every released set R of the key that overlaps it, |N \ R| and |R \ N| are each 0 or at least t (this
 *       also covers the same selection asked again after a few more responses arrived);</li>
 *   <li>for every set P among the released sets and N, and every family of pairwise disjoint released sets inside
 *       P that involves N, P minus their union holds 0 or at least t respondents. This closes the sibling attack:
 *       total minus every released sibling.</li>
 * </ol>
 * When the family search would exceed a fixed budget the set is refused, so the rule errs on the side of hiding.
 * Not thread-safe: the guard serialises calls.
 */
public final class ReleaseHistory {
    private static final int SEARCH_BUDGET = 20_000;

    /** Why a candidate set may not be released. */
    public enum Refusal {
        /** Fewer than t respondents. */
        TOO_FEW,
        /** It differs from, or completes, released sets by fewer than t respondents. */
        TOO_CLOSE
    }

    private final Map<Long, Integer> index = new HashMap<>();
    private long[] fingerprintByIndex = new long[16];
    private final Map<String, List<BitSet>> released = new HashMap<>();
    private final Map<String, List<BitSet>> pending = new LinkedHashMap<>();

    /** Starts an empty history. */
    public ReleaseHistory() {}

    /**
     * @param released the sets released so far, by figure key, as fingerprints
     * @return a history that holds them
     */
    public static ReleaseHistory of(Map<String, List<long[]>> released) {
        ReleaseHistory history = new ReleaseHistory();
        released.forEach((key, sets) -> {
            List<BitSet> family = history.released.computeIfAbsent(key, k -> new ArrayList<>());
            for (long[] fingerprints : sets) {
                BitSet set = new BitSet();
                for (long fingerprint : fingerprints) {
                    set.set(history.indexOf(fingerprint));
                }
                if (!family.contains(set)) {
                    family.add(set);
                }
            }
        });
        return history;
    }

    /**
     * @param fingerprints the fingerprints of the current respondents, by row
     * @return the stable index of each row, assigning new indices to respondents never seen before
     */
    public int[] stableIndices(long[] fingerprints) {
        int[] stable = new int[fingerprints.length];
        for (int row = 0; row < fingerprints.length; row++) {
            stable[row] = indexOf(fingerprints[row]);
        }
        return stable;
    }

    private int indexOf(long fingerprint) {
        Integer known = index.get(fingerprint);
        if (known != null) {
            return known;
        }
        int next = index.size();
        index.put(fingerprint, next);
        if (next == fingerprintByIndex.length) {
            fingerprintByIndex = Arrays.copyOf(fingerprintByIndex, 2 * next);
        }
        fingerprintByIndex[next] = fingerprint;
        return next;
    }

    /**
     * @return the sets recorded since this history was loaded, by figure key, as fingerprints
     */
    public Map<String, List<long[]>> recordedSinceLoad() {
        Map<String, List<long[]>> result = new LinkedHashMap<>();
        pending.forEach((key, sets) -> {
            List<long[]> converted = new ArrayList<>(sets.size());
            for (BitSet set : sets) {
                long[] fingerprints = new long[set.cardinality()];
                int i = 0;
                for (int b = set.nextSetBit(0); b >= 0; b = set.nextSetBit(b + 1)) {
                    fingerprints[i++] = fingerprintByIndex[b];
                }
                converted.add(fingerprints);
            }
            result.put(key, converted);
        });
        return result;
    }

    /**
     * Checks a candidate set without recording it.
     *
     * @param key the figure key
     * @param candidate the respondents, by stable index
     * @param threshold t
     * @return why it may not be released, or {@code null} if it may
     */
    public @Nullable Refusal refusal(String key, BitSet candidate, int threshold) {
        int n = candidate.cardinality();
        if (n < threshold) {
            return Refusal.TOO_FEW;
        }
        List<BitSet> family = released.getOrDefault(key, List.of());
        if (family.contains(candidate)) {
            return null;
        }
        for (BitSet r : family) {
            if (r.intersects(candidate) && (small(difference(candidate, r), threshold)
                    || small(difference(r, candidate), threshold))) {
                return Refusal.TOO_CLOSE;
            }
        }
        List<BitSet> all = new ArrayList<>(family);
        all.add(candidate);
        int[] sizes = all.stream().mapToInt(BitSet::cardinality).toArray();
        int[] budget = {SEARCH_BUDGET};
        int c = all.size() - 1;
        for (int p = 0; p < all.size(); p++) {
            List<Integer> inside = new ArrayList<>();
            for (int q = 0; q < all.size(); q++) {
                if (q != p && sizes[q] < sizes[p] && isSubset(all.get(q), all.get(p))) {
                    inside.add(q);
                }
            }
            if (p != c && !inside.contains(c)) {
                continue;
            }
            if (!familiesLeaveSafeRemainder(all, sizes, inside, 0, new BitSet(), 0, 0, sizes[p], p == c ? -1 : c,
                    p == c, threshold, budget)) {
                return Refusal.TOO_CLOSE;
            }
        }
        return null;
    }

    /**
     * Records a set as released; equal sets are kept once.
     *
     * @param key the figure key
     * @param set the respondents, by stable index
     */
    public void record(String key, BitSet set) {
        List<BitSet> family = released.computeIfAbsent(key, k -> new ArrayList<>());
        if (!family.contains(set)) {
            BitSet copy = (BitSet) set.clone();
            family.add(copy);
            pending.computeIfAbsent(key, k -> new ArrayList<>()).add(copy);
        }
    }

    /**
     * Depth-first over families of pairwise disjoint sets chosen from {@code inside}; a family of two or more sets
     * that contains {@code required} (or any family when it is -1) must leave 0 or at least t of the parent.
     */
    private static boolean familiesLeaveSafeRemainder(List<BitSet> all, int[] sizes, List<Integer> inside, int from,
            BitSet union, int members, int covered, int parentSize, int required, boolean hasRequired, int threshold,
            int[] budget) {
        if (members >= 2 && hasRequired) {
            int remainder = parentSize - covered;
            if (remainder > 0 && remainder < threshold) {
                return false;
            }
        }
        for (int i = from; i < inside.size(); i++) {
            if (--budget[0] < 0) {
                return false;
            }
            BitSet next = all.get(inside.get(i));
            if (next.intersects(union)) {
                continue;
            }
            BitSet grown = (BitSet) union.clone();
            grown.or(next);
            if (!familiesLeaveSafeRemainder(all, sizes, inside, i + 1, grown, members + 1,
                    covered + sizes[inside.get(i)], parentSize, required, hasRequired || inside.get(i) == required,
                    threshold, budget)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSubset(BitSet small, BitSet large) {
        BitSet rest = (BitSet) small.clone();
        rest.andNot(large);
        return rest.isEmpty();
    }

    private static int difference(BitSet a, BitSet b) {
        BitSet rest = (BitSet) a.clone();
        rest.andNot(b);
        return rest.cardinality();
    }

    private static boolean small(int count, int threshold) {
        return count > 0 && count < threshold;
    }
}
