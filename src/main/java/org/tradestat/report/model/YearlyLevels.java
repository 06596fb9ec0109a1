package org.tradestat.report.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The yearly levels of each series, as far as the statistics over them need: how many a range holds (the n of its
 * statistics), and whether any is only a bound, which together tell whether the statistics are a finding.
 */
final class YearlyLevels {

    /** The flags of each series' yearly levels, by year (the flags of a year with two levels together). */
    private final Map<SeriesKey, TreeMap<Integer, Set<Flag>>> yearlyLevels = new HashMap<>();

    /** Adds a level: counted when it is of a year. */
    void add(Indicator level) {
        SeriesKey s = level.series();
        Period.tryParse(level.period()).filter(p -> p.kind() == org.tradestat.period.PeriodKind.YEAR)
                .ifPresent(p -> yearlyLevels.computeIfAbsent(s, k -> new TreeMap<>())
                        .computeIfAbsent(p.year(), k -> java.util.EnumSet.noneOf(Flag.class))
                        .addAll(level.flags()));
    }

    /** The number of yearly levels of a series within a range {@code first/last}: the n of its statistics. */
    int yearsWithFigures(SeriesKey series, String range) {
        return yearlyFlags(series, range).size();
    }

    /** The flags of the yearly levels of a series within a range {@code first/last}, by year (read-only). */
    SortedMap<Integer, Set<Flag>> yearlyFlags(SeriesKey series, String range) {
        TreeMap<Integer, Set<Flag>> years = yearlyLevels.getOrDefault(series, new TreeMap<>());
        int[] span = span(range);
        return Collections.unmodifiableSortedMap(span == null ? years : years.subMap(span[0], true, span[1], true));
    }

    /** The first and last year of a range {@code 2015/2024}, or null. */
    static int[] span(String range) {
        String[] parts = range == null ? new String[0] : range.split("/");
        OptionalInt first = parts.length == 2 ? year(parts[0]) : OptionalInt.empty();
        OptionalInt last = parts.length == 2 ? year(parts[1]) : OptionalInt.empty();
        return first.isPresent() && last.isPresent() ? new int[]{first.getAsInt(), last.getAsInt()} : null;
    }

    /** A year written as a whole number ({@code 2025}), or empty. */
    static OptionalInt year(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
