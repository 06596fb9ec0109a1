package org.tradestat.util;

import java.util.Arrays;

/**
 * Numbers given to {@code long} codes, in a table of primitives (open addressing, no boxing): the few distinct
 * series, periods or codes that millions of lines repeat, looked up once per line without an object.
 */
public final class LongIds {

    private static final long FREE = Long.MIN_VALUE;
    private long[] keys = new long[64];
    private int[] ids = new int[64];
    private int size;

    public LongIds() {
        Arrays.fill(keys, FREE);
    }

    /** The id of {@code key}, or -1 when it has none. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            if (keys[slot] == FREE) {
                return -1;
            }
        }
    }

    public void put(long key, int id) {
        if (key == FREE) {
            throw new IllegalArgumentException("reserved key " + key);
        }
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == FREE) {
            size++;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    public int size() {
        return size;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[capacity];
        ids = new int[capacity];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
