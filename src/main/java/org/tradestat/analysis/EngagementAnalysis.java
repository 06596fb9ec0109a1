package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * The engagement figures of SPEC 4 for every pair of countries, as of the run date (definitions in
 * docs/statistics.md, "Engagement"):
 * <ul>
 *   <li>events per year by category (measure = the category, e.g. {@code visit}; {@code agreement} is the number of
 *   agreements signed), in all ({@code all}) and by level ({@code level:<level>}, events that have a level), each
 *   an indicator {@code level} in unit count, counting a row's {@code count} (ten agreements in one row are ten).
 *   Every year from the pair's first to its last year with an event has a count for each category and level the
 *   pair has events of, 0 in a year without one: a year without a recorded event is an observation of none, as the
 *   correlation counts it, while years outside the pair's events are not observed at all;</li>
 *   <li>for each category and level, {@code years_since_previous} (measure {@code <category>:<level>}): the latest
 *   event as the period, the one before it as the basis, and the days between them / 365.25 as the value
 *   (2013-11-01 to 2024-12-03 is 11.09 years); see {@link EventGaps} for which dates are precise enough.</li>
 * </ul>
 * The pair is the indicator's reporter and partner, in alphabetical order; commodity is empty. An event dated
 * after the run date is ignored, and so is an event known only by a period that has not ended by then; yearly
 * counts are given only for years that have ended by the run date (the as-of rule), so a partial year never
 * stands next to whole ones.
 */
public final class EngagementAnalysis {

    public static final String ALL = "all";
    public static final String LEVEL_PREFIX = "level:";
    public static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

    private EngagementAnalysis() {
    }

    private record Pair(String countryA, String countryB) {
    }

    /** The first and last year with an event of a pair. */
    private record Span(int first, int last) {

        Span union(Span other) {
            return new Span(Math.min(first, other.first), Math.max(last, other.last));
        }
    }

    private record Count(Pair pair, String measure, int year) {
    }

    private record Line(Pair pair, String category, String level) {
    }

    private static final Comparator<Pair> PAIR_ORDER = Comparator.comparing(Pair::countryA)
            .thenComparing(Pair::countryB);

    public static List<Indicator> analyse(List<EngagementEvent> events, LocalDate asOf) {
        Map<Count, Long> counts = new TreeMap<>(Comparator.comparing(Count::pair, PAIR_ORDER)
                .thenComparing(Count::measure).thenComparingInt(Count::year));
        Map<Line, List<EngagementEvent>> lines = new TreeMap<>(Comparator.comparing(Line::pair, PAIR_ORDER)
                .thenComparing(Line::category).thenComparing(Line::level));
        for (EngagementEvent e : events) {
            if (!happenedBy(e, asOf)) {
                continue;
            }
            Pair pair = new Pair(e.countryA(), e.countryB());
            if (Period.year(e.year()).endedBy(asOf)) {
                add(counts, new Count(pair, e.category(), e.year()), e.count());
                add(counts, new Count(pair, ALL, e.year()), e.count());
                if (!e.level().isEmpty()) {
                    add(counts, new Count(pair, LEVEL_PREFIX + e.level(), e.year()), e.count());
                }
            }
            if (!e.level().isEmpty()) {
                lines.computeIfAbsent(new Line(pair, e.category(), e.level()), k -> new ArrayList<>()).add(e);
            }
        }
        addZeroYears(counts);
        List<Indicator> out = new ArrayList<>();
        for (var c : counts.entrySet()) {
            Count k = c.getKey();
            out.add(new Indicator(key(k.pair(), k.measure()), Integer.toString(k.year()), "level",
                    BigDecimal.valueOf(c.getValue()), Unit.COUNT, "", Set.of()));
        }
        for (var line : lines.entrySet()) {
            EventGaps.latest(line.getValue()).ifPresent(gap -> out.add(new Indicator(
                    key(line.getKey().pair(), line.getKey().category() + ":" + line.getKey().level()),
                    gap.latest().dateText(), "years_since_previous",
                    BigDecimal.valueOf(gap.days()).divide(DAYS_PER_YEAR, MathContext.DECIMAL64), Unit.YEARS,
                    gap.previous().dateText(), gap.toTheDay() ? Set.of() : Set.of(Flag.APPROX))));
        }
        // stable: the counts of a measure are already in year order, and a measure of years_since_previous has one
        out.sort(Comparator.comparing((Indicator i) -> i.series().reporter())
                .thenComparing(i -> i.series().partner())
                .thenComparing(i -> i.series().measure()));
        return out;
    }

    /**
     * Adds a count of 0 for every year from a pair's first to its last counted year in which a measure of the pair
     * has no event.
     */
    private static void addZeroYears(Map<Count, Long> counts) {
        Map<Pair, Span> spans = new TreeMap<>(PAIR_ORDER);
        Map<Pair, Set<String>> measures = new TreeMap<>(PAIR_ORDER);
        for (Count c : counts.keySet()) {
            spans.merge(c.pair(), new Span(c.year(), c.year()), Span::union);
            measures.computeIfAbsent(c.pair(), p -> new TreeSet<>()).add(c.measure());
        }
        for (var pair : measures.entrySet()) {
            Span span = spans.get(pair.getKey());
            for (String measure : pair.getValue()) {
                for (int year = span.first(); year <= span.last(); year++) {
                    counts.putIfAbsent(new Count(pair.getKey(), measure, year), 0L);
                }
            }
        }
    }

    private static boolean happenedBy(EngagementEvent e, LocalDate asOf) {
        return happenedBy(e.day(), e.period(), asOf);
    }

    /**
     * Whether an event counts as of a date: a dated event when its day is not after it, one known only by a month or
     * year when that period has ended by it (the as-of rule).
     */
    public static boolean happenedBy(LocalDate day, Period period, LocalDate asOf) {
        return day != null ? !day.isAfter(asOf) : period.endedBy(asOf);
    }

    private static void add(Map<Count, Long> counts, Count key, int count) {
        counts.merge(key, (long) count, Long::sum);
    }

    private static SeriesKey key(Pair pair, String measure) {
        return new SeriesKey(Dataset.ENGAGEMENT, pair.countryA(), pair.countryB(), measure, "");
    }
}
