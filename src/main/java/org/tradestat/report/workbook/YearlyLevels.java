package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.workbook.AnalysisFacts.SeriesStats;

/**
 * The yearly levels of each series, as far as the statistics over them need: how many a range holds (the n of its
 * statistics), and whether any is only a bound, which together tell whether the statistics are a finding.
 */
final class YearlyLevels {

    /** Yearly figures, none of them a bound, a series needs before its statistics are put in words or figures. */
    static final int MIN_YEARS_FOR_STATISTICS = 5;

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

    /** The flags of the yearly levels of a series within a range {@code first/last}, by year. */
    private java.util.SortedMap<Integer, Set<Flag>> yearlyFlags(SeriesKey series, String range) {
        TreeMap<Integer, Set<Flag>> years = yearlyLevels.get(series);
        if (years == null) {
            return new TreeMap<>();
        }
        int[] span = span(range);
        return span == null ? years : years.subMap(span[0], true, span[1], true);
    }

    /**
     * Why the statistics of a series are no finding, or empty when they are one: they need at least
     * {@value #MIN_YEARS_FOR_STATISTICS} yearly figures, none of them a bound (README, "Reading the report"). A trend
     * through three points, or through a figure that only says "more than", gives a forecast and an interval that
     * look precise and are not.
     */
    Optional<String> whyNoFinding(SeriesStats st) {
        java.util.SortedMap<Integer, Set<Flag>> years = yearlyFlags(st.series(), st.range());
        List<String> reasons = new ArrayList<>();
        if (years.size() < MIN_YEARS_FOR_STATISTICS) {
            String range = st.range().isEmpty() ? "" : " over " + Texts.range(st.range());
            reasons.add(years.isEmpty() ? "the yearly figures they rest on are not in this workbook"
                    : "only " + Texts.count(years.size()) + (years.size() == 1 ? " yearly figure" : " yearly figures")
                    + range);
        }
        List<String> bounds = new ArrayList<>();
        years.forEach((year, flags) -> {
            if (flags.contains(Flag.AT_LEAST) || flags.contains(Flag.AT_MOST)) {
                bounds.add(year + (flags.contains(Flag.AT_LEAST) ? " (\u2265)" : " (\u2264)"));
            }
        });
        boolean boundStatistic = st.figures().values().stream().anyMatch(i -> i.flags().contains(Flag.AT_LEAST)
                || i.flags().contains(Flag.AT_MOST));
        if (!bounds.isEmpty()) {
            reasons.add((bounds.size() == 1 ? "the figure of " : "the figures of ") + Texts.joinAnd(bounds)
                    + (bounds.size() == 1 ? " is only a bound" : " are only bounds"));
        } else if (boundStatistic) {
            reasons.add("some of the yearly figures are only bounds");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", and ", reasons) + "; a trend, forecast and summary statistics need at least "
                + MIN_YEARS_FOR_STATISTICS + " yearly figures, none of them a bound (\u2265 or \u2264)");
    }

    /** The first and last year of a range {@code 2015/2024}, or null. */
    static int[] span(String range) {
        if (range == null) {
            return null;
        }
        String[] parts = range.split("/");
        try {
            return parts.length == 2 ? new int[]{Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())}
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
