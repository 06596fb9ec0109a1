package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * What a chart over time shows when the input holds more than fits: the latest periods of one kind, and of the series
 * (pairs, measures) with a figure among them, the largest. The same choice for every such chart, so that they leave
 * out alike and say so alike.
 *
 * @param shown   the series drawn, in their own order
 * @param smaller the series with a figure in the window left out as smaller than those drawn
 * @param offAxis the series with no figure of the kind in the window
 * @param span    the axis: every period of the kind over the figures of the series drawn
 * @param earlier whether the series drawn have figures of the kind before the axis starts
 */
record ChartSelection<K>(List<K> shown, int smaller, List<K> offAxis, PeriodSpan span, boolean earlier) {

    /**
     * @param periods    the periods with a figure, of each series
     * @param kind       the kind of period of the axis
     * @param maxPeriods the most periods the axis holds: the latest are kept
     * @param maxSeries  the most series drawn: those of the largest sizes are kept
     * @param size       the size of a series' figure in a period, summed over the window to rank the series
     * @return empty when no series has a figure of the kind
     */
    static <K extends Comparable<K>> Optional<ChartSelection<K>> of(Map<K, ? extends Collection<Period>> periods,
            PeriodKind kind, int maxPeriods, int maxSeries, BiFunction<K, Period, BigDecimal> size) {
        List<Period> everyFigure = periods.values().stream().flatMap(Collection::stream).toList();
        Optional<PeriodSpan> covering = PeriodSpan.covering(kind, everyFigure);
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        PeriodSpan window = covering.get().latest(maxPeriods);
        Map<K, BigDecimal> totals = new TreeMap<>();
        periods.forEach((key, ofKey) -> ofKey.stream().filter(window::contains)
                .forEach(period -> totals.merge(key, size.apply(key, period), BigDecimal::add)));
        List<K> shown = largest(totals, maxSeries);
        List<K> offAxis = periods.keySet().stream().filter(key -> !totals.containsKey(key)).toList();
        PeriodSpan span = PeriodSpan.covering(kind, shown.stream().flatMap(key -> periods.get(key).stream())
                .filter(window::contains).toList()).orElseThrow();
        boolean earlier = shown.stream().flatMap(key -> periods.get(key).stream())
                .anyMatch(p -> p.kind() == kind && p.compareTo(span.first()) < 0);
        return Optional.of(new ChartSelection<>(shown, totals.size() - shown.size(), offAxis, span, earlier));
    }

    /** The periods of each series of figures by period. */
    static <K> Map<K, Set<Period>> periodsOf(Map<K, ? extends Map<Period, ?>> figures) {
        Map<K, Set<Period>> periods = new LinkedHashMap<>();
        figures.forEach((key, byPeriod) -> periods.put(key, byPeriod.keySet()));
        return periods;
    }

    /** The keys with the largest totals, at most {@code max}, in their own order. */
    static <K extends Comparable<K>, V extends Comparable<V>> List<K> largest(Map<K, V> totals, int max) {
        return totals.entrySet().stream()
                .sorted(Map.Entry.<K, V>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).sorted().toList();
    }

    /** Every series not drawn: the smaller ones and those off the axis. */
    int notDrawn() {
        return smaller + offAxis.size();
    }

    /** {@code " (the latest 40 quarters)"} when the series drawn have earlier figures; else empty. */
    String latestOnly() {
        return earlier ? " (the latest " + span.size() + " " + PeriodSpan.plural(span.kind()) + ")" : "";
    }
}
