package org.vanban.text.lm;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative {@code long} keys to {@code int} values, for counting
 * millions of packed n-gram keys without one Java object per n-gram. Slots can be walked by index
 * ({@link #capacity()}, {@link #keyAt(int)}, {@link #valueAt(int)}) so callers can keep parallel arrays.
 */
final class LongIntMap {
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, expected * 2L)) - 1) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /** Adds delta to the value of key (0 when absent) and returns the slot of the key. */
    int add(long key, int delta) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key");
        }
        int slot = find(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            values[slot] = delta;
            if (++size * 4L > keys.length * 3L) {
                grow();
                return find(key);
            }
            return slot;
        }
        values[slot] += delta;
        return slot;
    }

    /** The value of key, or 0. */
    int get(long key) {
        int slot = find(key);
        return keys[slot] == EMPTY ? 0 : values[slot];
    }

    /** The slot holding key, or -1. */
    int slotOf(long key) {
        int slot = find(key);
        return keys[slot] == EMPTY ? -1 : slot;
    }

    private int find(long key) {
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    int size() {
        return size;
    }

    int capacity() {
        return keys.length;
    }

    boolean occupied(int slot) {
        return keys[slot] != EMPTY;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    int valueAt(int slot) {
        return values[slot];
    }
}
