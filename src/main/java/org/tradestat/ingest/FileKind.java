package org.tradestat.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kinds of input file, recognised by the columns of their header (SPEC section 2). */
public enum FileKind {
    TRADE(List.of("reporter", "partner", "period", "flow", "value_usd"),
            List.of("commodity", "qualifier", "source")),
    INVESTMENT(List.of("investor", "host", "period", "measure", "value_usd"),
            List.of("since", "qualifier", "source")),
    COMPANIES(List.of("origin", "host", "period", "measure", "count"),
            List.of("qualifier", "source")),
    EVENTS(List.of("date", "country_a", "country_b", "category"),
            List.of("level", "title", "count", "source")),
    GROUPS(List.of("group", "member"),
            List.of("name"));

    private final List<String> required;
    private final List<String> optional;

    FileKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    public List<String> required() {
        return required;
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    public String code() {
        return name().toLowerCase();
    }

    /** The kind whose required columns the header holds; the most specific one when several match. */
    public static Optional<FileKind> recognise(Set<String> columns) {
        FileKind best = null;
        for (FileKind kind : values()) {
            if (columns.containsAll(kind.required) && (best == null || kind.required.size() > best.required.size())) {
                best = kind;
            }
        }
        return Optional.ofNullable(best);
    }
}
