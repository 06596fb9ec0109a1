package org.tradestat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The header line of an input file: column names (case-insensitive, trimmed) and their positions. */
public final class Header {

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    public Header(List<String> rawNames) {
        this.names = rawNames.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < names.size(); i++) {
            if (positions.putIfAbsent(names.get(i), i) != null && !names.get(i).isEmpty()) {
                duplicates.add(names.get(i));
            }
        }
    }

    public int size() {
        return names.size();
    }

    public Set<String> names() {
        return new LinkedHashSet<>(names);
    }

    public List<String> duplicates() {
        return duplicates;
    }

    /** Position of a column, or -1 when the file does not have it. */
    public int positionOf(String column) {
        return positions.getOrDefault(column, -1);
    }

    public Optional<FileKind> kind() {
        return duplicates.isEmpty() ? FileKind.recognise(positions.keySet()) : Optional.empty();
    }

    /** Columns the kind does not use: they are ignored with a warning. */
    public List<String> unknownColumns(FileKind kind) {
        return names.stream().filter(n -> !kind.knows(n)).toList();
    }
}
