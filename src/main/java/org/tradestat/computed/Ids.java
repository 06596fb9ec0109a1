package org.tradestat.computed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers given to the distinct values of one kind (texts, series) in the order they first come, from 0. */
final class Ids<T> {

    private final Map<T, Integer> ids = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int of(T value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    /** The id of a value already numbered, or -1. */
    int find(T value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    List<T> values() {
        return values;
    }
}
