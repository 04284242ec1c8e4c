package io.elan.mentoring.survey.internal.audit;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import java.util.function.IntToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The atoms of one column: its cells (one per respondent who answered) grouped by the exact family of released sets
 * that hold them. Two respondents share an atom when every released figure of the column holds both or neither.
 * Adding a set splits every atom it touches into the part inside it and the part outside, and respondents no set held
 * yet form one new atom.
 *
 * <p>Two representations, for two regimes. While a column has few atoms, as in a report cut by a couple of
 * dimensions, each atom is a bit set and a candidate is tallied word by word: 64 respondents per operation, for each
 * atom. Past {@value #WORD_ATOMS} atoms, as when many fine cuts were released, each respondent carries the number of
 * its atom instead, its signature of membership, and a candidate costs at most two passes over its own respondents,
 * however many atoms there are.
 *
 * <p>A candidate set is tallied first ({@link #tally}), then either applied or discarded, so that a figure over several
 * columns is added to all of them or to none. Not thread-safe: the audit that owns it is confined to one call of the
 * guard.
 */
final class ColumnAtoms {
    private static final int NONE = -1;
    /** The most atoms kept as bit sets; beyond, a tally word by word would cost more than one over respondents. */
    static final int WORD_ATOMS = 24;

    private final int wordAtoms;

    private int[] size = new int[16];
    private int atoms;
    /** Atoms made or changed since {@link #markRemembered()}: the ones a ledger does not know yet. */
    private final BitSet unremembered = new BitSet();

    /** While the atoms are few: each atom's respondents as words, and every respondent some atom holds. */
    private long @Nullable [][] members = new long[16][];
    private long[] covered = new long[0];
    /** Once they are many: the atom of each respondent, {@value #NONE} for none. */
    private int @Nullable [] atomOf;

    // The tally of the pending candidate; inside is all zero between candidates.
    private int[] inside = new int[16];
    private int[] splitInto = new int[16];
    private int[] touched = new int[16];
    private int touchedCount;
    private int fresh;

    /** @param wordAtoms the most atoms kept as bit sets before each respondent carries its atom's number */
    ColumnAtoms(int wordAtoms) {
        this.wordAtoms = wordAtoms;
    }

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
        if (atomOf == null) {
            tallyByWords(words);
        } else {
            tallyByRespondents(words, atomOf);
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

    private void tallyByWords(long[] words) {
        long[][] sets = Objects.requireNonNull(members);
        int shared = Math.min(words.length, covered.length);
        int count = 0;
        for (int w = 0; w < shared; w++) {
            count += Long.bitCount(words[w] & ~covered[w]);
        }
        for (int w = shared; w < words.length; w++) {
            count += Long.bitCount(words[w]);
        }
        fresh = count;
        for (int atom = 0; atom < atoms; atom++) {
            long[] set = sets[atom];
            int common = Math.min(words.length, set.length);
            int in = 0;
            for (int w = 0; w < common; w++) {
                in += Long.bitCount(words[w] & set[w]);
            }
            if (in > 0) {
                inside[atom] = in;
                touched[touchedCount++] = atom;
            }
        }
    }

    private void tallyByRespondents(long[] words, int[] atomOf) {
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
        boolean changed = fresh > 0;
        for (int i = 0; i < touchedCount && !changed; i++) {
            changed = inside[touched[i]] < size[touched[i]];
        }
        if (changed) {
            if (atomOf == null) {
                applyByWords(words);
            } else {
                applyByRespondents(words, atomOf);
            }
            if (atomOf == null && atoms > wordAtoms) {
                toRespondents();
            }
        }
        discard();
        return changed;
    }

    private void applyByWords(long[] words) {
        long[][] sets = Objects.requireNonNull(members);
        for (int i = 0; i < touchedCount; i++) {
            int atom = touched[i];
            if (inside[atom] < size[atom]) {
                long[] set = sets[atom];
                long[] part = new long[Math.min(words.length, set.length)];
                for (int w = 0; w < part.length; w++) {
                    part[w] = set[w] & words[w];
                    set[w] &= ~words[w];
                }
                size[atom] -= inside[atom];
                unremembered.set(atom);
                int split = newAtom(inside[atom]);
                members[split] = part;
            }
        }
        if (fresh > 0) {
            long[] part = new long[words.length];
            long[] grown = covered.length >= words.length ? covered : Arrays.copyOf(covered, words.length);
            for (int w = 0; w < words.length; w++) {
                part[w] = words[w] & ~grown[w];
                grown[w] |= words[w];
            }
            covered = grown;
            int atom = newAtom(fresh);
            members[atom] = part;
        }
    }

    private void applyByRespondents(long[] words, int[] current) {
        for (int i = 0; i < touchedCount; i++) {
            int atom = touched[i];
            if (inside[atom] < size[atom]) {
                size[atom] -= inside[atom];
                unremembered.set(atom);
                // newAtom may grow splitInto: take the number before indexing the array.
                int split = newAtom(inside[atom]);
                splitInto[atom] = split;
            } else {
                splitInto[atom] = atom;
            }
        }
        int[] of = current;
        int freshAtom = NONE;
        if (fresh > 0) {
            freshAtom = newAtom(fresh);
            int length = words.length << 6;
            if (length > of.length) {
                int from = of.length;
                of = Arrays.copyOf(of, Math.max(length, 2 * from));
                Arrays.fill(of, from, of.length, NONE);
                atomOf = of;
            }
        }
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            int base = w << 6;
            while (word != 0) {
                int r = base + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                int atom = of[r];
                of[r] = atom == NONE ? freshAtom : splitInto[atom];
            }
        }
    }

    /** Leaves the bit sets for a respondent's atom number, once the atoms are too many to tally word by word. */
    private void toRespondents() {
        long[][] sets = Objects.requireNonNull(members);
        int[] of = new int[covered.length << 6];
        Arrays.fill(of, NONE);
        for (int atom = 0; atom < atoms; atom++) {
            long[] set = sets[atom];
            for (int w = 0; w < set.length; w++) {
                long word = set[w];
                while (word != 0) {
                    of[(w << 6) + Long.numberOfTrailingZeros(word)] = atom;
                    word &= word - 1;
                }
            }
        }
        atomOf = of;
        members = null;
        covered = new long[0];
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
        long[][] sets = new long[unremembered.cardinality()][];
        if (atomOf == null) {
            long[][] words = Objects.requireNonNull(members);
            int next = 0;
            for (int atom = unremembered.nextSetBit(0); atom >= 0; atom = unremembered.nextSetBit(atom + 1)) {
                long[] set = new long[size[atom]];
                int i = 0;
                for (int w = 0; w < words[atom].length; w++) {
                    long word = words[atom][w];
                    while (word != 0) {
                        set[i++] = fingerprint.applyAsLong((w << 6) + Long.numberOfTrailingZeros(word));
                        word &= word - 1;
                    }
                }
                sets[next++] = set;
            }
            return sets;
        }
        int[] slot = new int[atoms];
        Arrays.fill(slot, NONE);
        int next = 0;
        for (int atom = unremembered.nextSetBit(0); atom >= 0; atom = unremembered.nextSetBit(atom + 1)) {
            slot[atom] = next;
            sets[next++] = new long[size[atom]];
        }
        int[] filled = new int[sets.length];
        int[] of = atomOf;
        for (int r = 0; r < of.length; r++) {
            int atom = of[r];
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
            if (members != null) {
                members = Arrays.copyOf(members, capacity);
            }
        }
        size[atoms] = initialSize;
        unremembered.set(atoms);
        return atoms++;
    }
}
