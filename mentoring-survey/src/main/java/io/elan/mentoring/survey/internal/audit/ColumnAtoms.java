package io.elan.mentoring.survey.internal.audit;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntToLongFunction;

/**
 * The atoms of one column: its cells (one per respondent who answered) grouped by the exact family of released sets
 * that hold them. Two respondents share an atom when every released figure of the column holds both or neither.
 * Each respondent carries the number of its atom, its signature of membership, so that adding a set costs at most
 * two passes over the set: one to count how many respondents of each atom it holds, one to move those of the atoms
 * it splits into new atoms. Respondents no set held yet form one new atom.
 *
 * <p>A candidate set is tallied first ({@link #tally}), then either applied or discarded, so that a figure over several
 * columns is added to all of them or to none. Not thread-safe: the audit that owns it is confined to one call of the
 * guard.
 */
final class ColumnAtoms {
    private static final int NONE = -1;

    private int[] atomOf = new int[0];
    private int[] size = new int[16];
    private int atoms;
    /** Atoms made or changed since {@link #markRemembered()}: the ones a ledger does not know yet. */
    private final BitSet unremembered = new BitSet();

    // The tally of the pending candidate; inside is all zero between candidates.
    private int[] inside = new int[16];
    private int[] splitInto = new int[16];
    private int[] touched = new int[16];
    private int touchedCount;
    private int fresh;

    /** What adding a set would do to the atoms. */
    enum Effect {
        /** Every atom it would create holds at least the threshold. */
        NONE_SMALL,
        /** A part of the set that no released set separates from others holds fewer than the threshold. */
        SMALL_INSIDE,
        /** A part of an atom left outside the set holds fewer than the threshold. */
        SMALL_OUTSIDE
    }

    /**
     * Counts, for a candidate set, how many respondents of each atom it holds, and judges the atoms it would create;
     * atoms it leaves whole are not judged again. The tally stays pending until {@link #apply} or {@link #discard}.
     *
     * @param words the candidate's respondent numbers, as {@link BitSet#toLongArray()} gives them
     * @param threshold the fewest respondents an atom may hold
     * @return what adding the set would do
     */
    Effect tally(long[] words, int threshold) {
        if (atoms == 0) {
            fresh = popCount(words);
        } else {
            int limit = atomOf.length;
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                int base = w << 6;
                while (word != 0) {
                    int r = base + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    int atom = r < limit ? atomOf[r] : NONE;
                    if (atom == NONE) {
                        fresh++;
                    } else if (inside[atom]++ == 0) {
                        touched[touchedCount++] = atom;
                    }
                }
            }
        }
        boolean smallInside = fresh > 0 && fresh < threshold;
        boolean smallOutside = false;
        for (int i = 0; i < touchedCount; i++) {
            int atom = touched[i];
            int out = size[atom] - inside[atom];
            if (out > 0) {
                smallInside |= inside[atom] < threshold;
                smallOutside |= out < threshold;
            }
        }
        return smallInside ? Effect.SMALL_INSIDE : smallOutside ? Effect.SMALL_OUTSIDE : Effect.NONE_SMALL;
    }

    /** Forgets the pending tally. */
    void discard() {
        for (int i = 0; i < touchedCount; i++) {
            inside[touched[i]] = 0;
        }
        touchedCount = 0;
        fresh = 0;
    }

    /**
     * Splits the atoms by the tallied set.
     *
     * @param words the same candidate as tallied
     * @return whether the partition changed; a set that is a union of atoms already changes nothing
     */
    boolean apply(long[] words) {
        boolean changed = false;
        for (int i = 0; i < touchedCount; i++) {
            int atom = touched[i];
            if (inside[atom] < size[atom]) {
                size[atom] -= inside[atom];
                unremembered.set(atom);
                // newAtom may grow splitInto: take the number before indexing the array.
                int split = newAtom(inside[atom]);
                splitInto[atom] = split;
                changed = true;
            } else {
                splitInto[atom] = atom;
            }
        }
        int freshAtom = NONE;
        if (fresh > 0) {
            freshAtom = newAtom(fresh);
            changed = true;
            int length = words.length << 6;
            if (length > atomOf.length) {
                int from = atomOf.length;
                atomOf = Arrays.copyOf(atomOf, Math.max(length, 2 * from));
                Arrays.fill(atomOf, from, atomOf.length, NONE);
            }
        }
        if (changed) {
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                int base = w << 6;
                while (word != 0) {
                    int r = base + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    int atom = atomOf[r];
                    atomOf[r] = atom == NONE ? freshAtom : splitInto[atom];
                }
            }
        }
        discard();
        return changed;
    }

    /** Marks every atom as known to the ledger, as after loading the ledger's sets. */
    void markRemembered() {
        unremembered.clear();
    }

    /**
     * The atoms made or changed since {@link #markRemembered()}, each as the fingerprints of its respondents. Added to
     * the sets the ledger holds, they induce the current atoms again: an atom left unchanged is already singled out by
     * the ledger's sets, and each new or changed one becomes a set of its own.
     *
     * @param fingerprint a respondent's fingerprint by number
     * @return one array per such atom
     */
    long[][] unrememberedAtoms(IntToLongFunction fingerprint) {
        int[] slot = new int[atoms];
        Arrays.fill(slot, NONE);
        long[][] sets = new long[unremembered.cardinality()][];
        int next = 0;
        for (int atom = unremembered.nextSetBit(0); atom >= 0; atom = unremembered.nextSetBit(atom + 1)) {
            slot[atom] = next;
            sets[next++] = new long[size[atom]];
        }
        int[] filled = new int[sets.length];
        for (int r = 0; r < atomOf.length; r++) {
            int atom = atomOf[r];
            if (atom != NONE && slot[atom] != NONE) {
                int s = slot[atom];
                sets[s][filled[s]++] = fingerprint.applyAsLong(r);
            }
        }
        return sets;
    }

    private int newAtom(int initialSize) {
        if (atoms == size.length) {
            int capacity = 2 * atoms;
            size = Arrays.copyOf(size, capacity);
            inside = Arrays.copyOf(inside, capacity);
            splitInto = Arrays.copyOf(splitInto, capacity);
            touched = Arrays.copyOf(touched, capacity);
        }
        size[atoms] = initialSize;
        unremembered.set(atoms);
        return atoms++;
    }

    private static int popCount(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }
}
