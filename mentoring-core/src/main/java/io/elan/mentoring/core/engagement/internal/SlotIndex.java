package io.elan.mentoring.core.engagement.internal;

import java.util.Arrays;

/**
 * Gives each key a dense slot number (0, 1, 2... in order of addition) through open addressing, so a lookup allocates
 * nothing and the counters can live in flat primitive arrays indexed by slot. Not thread-safe.
 *
 * @param <K> the key type; its {@code hashCode} and {@code equals} must be consistent
 */
public final class SlotIndex<K> {
    private Object[] table;
    /** For entry i: its key's spread hash at 2i and its slot at 2i + 1, side by side so one cache line holds both. */
    private int[] hashAndSlot;
    private Object[] keyOfSlot;
    private int size;

    /** Creates an empty index. */
    public SlotIndex() {
        table = new Object[16];
        hashAndSlot = new int[32];
        keyOfSlot = new Object[8];
    }

    /**
     * @param key a key
     * @return its slot, or -1 if it was never added
     */
    public int slotOf(Object key) {
        int mask = table.length - 1;
        int hash = spread(key.hashCode());
        int i = hash & mask;
        while (true) {
            Object k = table[i];
            if (k == null) {
                return -1;
            }
            // Comparing the stored hash first avoids dereferencing every key met on the probe path.
            if (hashAndSlot[2 * i] == hash && (k == key || k.equals(key))) {
                return hashAndSlot[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * @param key a key
     * @return its slot: the existing one, or the next free slot number if the key is new
     */
    public int add(K key) {
        int existing = slotOf(key);
        if (existing >= 0) {
            return existing;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int slot = size++;
        insert(key, slot);
        if (slot == keyOfSlot.length) {
            keyOfSlot = Arrays.copyOf(keyOfSlot, slot * 2);
        }
        keyOfSlot[slot] = key;
        return slot;
    }

    /**
     * @param slot a slot below {@link #size()}
     * @return the key that owns it
     */
    @SuppressWarnings("unchecked")
    public K key(int slot) {
        if (slot < 0 || slot >= size) {
            throw new IndexOutOfBoundsException(slot);
        }
        return (K) keyOfSlot[slot];
    }

    /** @return how many keys were added */
    public int size() {
        return size;
    }

    /** @return the bytes held by the index's own arrays (references counted as 4 bytes, compressed oops) */
    public long arrayBytes() {
        return 16L * 3 + 4L * table.length + 4L * hashAndSlot.length + 4L * keyOfSlot.length;
    }

    private void insert(Object key, int slot) {
        int mask = table.length - 1;
        int hash = spread(key.hashCode());
        int i = hash & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = key;
        hashAndSlot[2 * i] = hash;
        hashAndSlot[2 * i + 1] = slot;
    }

    private void grow() {
        Object[] oldTable = table;
        int[] oldMeta = hashAndSlot;
        table = new Object[oldTable.length * 2];
        hashAndSlot = new int[oldTable.length * 4];
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                insert(oldTable[i], oldMeta[2 * i + 1]);
            }
        }
    }

    private static int spread(int h) {
        // Record and String hash codes cluster in the low bits; mixing keeps linear probing short.
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
