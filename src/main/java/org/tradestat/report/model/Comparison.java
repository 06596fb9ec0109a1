package org.tradestat.report.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison indicators of SPEC 4 ({@code yoy_abs}, {@code long_cagr_pct}, ...): each is a part ({@code abs},
 * {@code pct}, {@code cagr_pct}) of a type of comparison ({@code yoy}, {@code seq}, {@code long}), in the order tables
 * show them.
 */
enum Comparison {
    YOY_ABS("yoy", "abs"), YOY_PCT("yoy", "pct"), SEQ_ABS("seq", "abs"), SEQ_PCT("seq", "pct"),
    LONG_ABS("long", "abs"), LONG_PCT("long", "pct"), LONG_CAGR_PCT("long", "cagr_pct");

    private static final Map<String, Comparison> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(c -> c.type + "_" + c.part, Function.identity()));

    /** {@code yoy}, {@code seq} or {@code long}. */
    final String type;
    /** {@code abs}, {@code pct} or {@code cagr_pct}. */
    final String part;

    Comparison(String type, String part) {
        this.type = type;
        this.part = part;
    }

    /** The comparison an indicator is by its name; empty for a level or any other figure. */
    static Optional<Comparison> of(String indicatorName) {
        return Optional.ofNullable(BY_NAME.get(indicatorName));
    }

    /** The types in the order tables show them: {@code yoy}, {@code seq}, {@code long}. */
    static List<String> types() {
        return Arrays.stream(values()).map(c -> c.type).distinct().toList();
    }
}
