package org.tradestat.store;

import java.util.Arrays;

/** Numbers given to int codes (open addressing, no boxing): the few distinct periods or keys of millions of lines. */
final class IntIds {

    private static final int FREE = Integer.MIN_VALUE;
    private int[] keys = new int[64];
    private int[] ids = new int[64];
    private int size;

    IntIds() {
        Arrays.fill(keys, FREE);
    }

    /** The id of {@code key}, or -1 when it has none. */
    int get(int key) {
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

    void put(int key, int id) {
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

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new int[capacity];
        ids = new int[capacity];
        Arrays.fill(keys, FREE);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
