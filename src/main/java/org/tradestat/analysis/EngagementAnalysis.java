package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * The engagement figures of SPEC 4 for every pair of countries, as of the run date:
 * <ul>
 *   <li>events per year by category (measure = the category, e.g. {@code visit}; {@code agreement} is the number of
 *   agreements signed), in all ({@code all}) and by level ({@code level:<level>}, events that have a level), each
 *   an indicator {@code level} in unit count, counting a row's {@code count} (ten agreements in one row are ten);
 *   </li>
 *   <li>for each category and level with events on at least two dates, {@code years_since_previous} (measure
 *   {@code <category>:<level>}): the latest date as the period, the date before it as the basis, and the days
 *   between them / 365.25 as the value (2013-11-01 to 2024-12-03 is 11.09 years). An event known only by its
 *   month or year counts from the first day of that period, and the figure is flagged approx.</li>
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

    private record Count(String countryA, String countryB, String measure, int year) {
    }

    private record Line(String countryA, String countryB, String category, String level) {
    }

    public static List<Indicator> analyse(List<EngagementEvent> events, LocalDate asOf) {
        Comparator<Count> countOrder = Comparator.comparing(Count::countryA).thenComparing(Count::countryB)
                .thenComparing(Count::measure).thenComparingInt(Count::year);
        Map<Count, Long> counts = new TreeMap<>(countOrder);
        Comparator<Line> lineOrder = Comparator.comparing(Line::countryA).thenComparing(Line::countryB)
                .thenComparing(Line::category).thenComparing(Line::level);
        Map<Line, TreeMap<LocalDate, EngagementEvent>> occasions = new TreeMap<>(lineOrder);
        for (EngagementEvent e : events) {
            if (!happenedBy(e, asOf)) {
                continue;
            }
            if (Period.year(e.year()).endedBy(asOf)) {
                add(counts, new Count(e.countryA(), e.countryB(), e.category(), e.year()), e.count());
                add(counts, new Count(e.countryA(), e.countryB(), ALL, e.year()), e.count());
                if (!e.level().isEmpty()) {
                    add(counts, new Count(e.countryA(), e.countryB(), LEVEL_PREFIX + e.level(), e.year()), e.count());
                }
            }
            if (!e.level().isEmpty()) {
                // one occasion per date: a dated event wins over one known only by a period starting that day
                occasions.computeIfAbsent(new Line(e.countryA(), e.countryB(), e.category(), e.level()),
                        k -> new TreeMap<>()).merge(dayOf(e), e, (a, b) -> a.day() != null ? a : b);
            }
        }
        List<Indicator> out = new ArrayList<>();
        for (var c : counts.entrySet()) {
            Count k = c.getKey();
            out.add(new Indicator(key(k.countryA(), k.countryB(), k.measure()), Integer.toString(k.year()), "level",
                    BigDecimal.valueOf(c.getValue()), Unit.COUNT, "", Set.of()));
        }
        for (var o : occasions.entrySet()) {
            TreeMap<LocalDate, EngagementEvent> dates = o.getValue();
            if (dates.size() < 2) {
                continue;
            }
            EngagementEvent latest = dates.lastEntry().getValue();
            EngagementEvent previous = dates.lowerEntry(dates.lastKey()).getValue();
            long days = ChronoUnit.DAYS.between(dayOf(previous), dayOf(latest));
            Line line = o.getKey();
            out.add(new Indicator(key(line.countryA(), line.countryB(), line.category() + ":" + line.level()),
                    latest.dateText(), "years_since_previous",
                    BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, MathContext.DECIMAL64), Unit.YEARS,
                    previous.dateText(), latest.day() == null || previous.day() == null ? Set.of(Flag.APPROX) : Set.of()));
        }
        // stable: the counts of a measure are already in year order, and a measure of years_since_previous has one
        out.sort(Comparator.comparing((Indicator i) -> i.series().reporter())
                .thenComparing(i -> i.series().partner())
                .thenComparing(i -> i.series().measure()));
        return out;
    }

    /** The day of an event, or the first day of its period when the source gives only a month or a year. */
    private static LocalDate dayOf(EngagementEvent e) {
        return e.day() != null ? e.day() : e.period().firstDay();
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

    private static SeriesKey key(String countryA, String countryB, String measure) {
        return new SeriesKey(Dataset.ENGAGEMENT, countryA, countryB, measure, "");
    }
}
