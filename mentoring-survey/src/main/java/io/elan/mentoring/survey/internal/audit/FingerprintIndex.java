package io.elan.mentoring.survey.internal.audit;

import java.util.Arrays;

/**
 * Numbers respondents, known by the 64-bit fingerprint of their stored token, 0, 1, 2… in the order they are first
 * seen. Open addressing over primitive arrays: loading a wave's release history touches every fingerprint it holds,
 * millions for a large wave, and boxing each one would cost more than the audit itself.
 */
final class FingerprintIndex {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private long[] byIndex;
    private int size;

    FingerprintIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
        byIndex = new long[Math.max(16, expected)];
    }

    /** @return how many respondents are numbered */
    int size() {
        return size;
    }

    /**
     * @param fingerprint a respondent's fingerprint
     * @return the respondent's number, assigning the next one to a fingerprint never seen before
     */
    int indexOf(long fingerprint) {
        int mask = keys.length - 1;
        int slot = spread(fingerprint) & mask;
        while (used[slot]) {
            if (keys[slot] == fingerprint) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        int index = size++;
        used[slot] = true;
        keys[slot] = fingerprint;
        values[slot] = index;
        if (index == byIndex.length) {
            byIndex = Arrays.copyOf(byIndex, 2 * index);
        }
        byIndex[index] = fingerprint;
        if (2 * size > keys.length) {
            grow();
        }
        return index;
    }

    /**
     * @param index a respondent's number
     * @return the respondent's fingerprint
     */
    long fingerprint(int index) {
        return byIndex[index];
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = spread(oldKeys[i]) & mask;
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(long fingerprint) {
        // Fingerprints are hashes already; mixing the halves keeps clustering low when only some bits vary.
        long mixed = fingerprint * 0x9E37_79B9_7F4A_7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
