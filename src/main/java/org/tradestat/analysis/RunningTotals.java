package org.tradestat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * Year to date ({@code ytd}) and rolling twelve months ({@code r12}) of a monthly or quarterly flow, with their
 * year-on-year changes (docs/indicators.md, "Year to date and rolling twelve months"): the cumulative figures customs
 * offices headline ("January–July 2026, +4.2% on January–July 2025").
 *
 * <p>A sum is given only when every month (quarter) of its span is in the series, and a change only when both spans
 * are: nothing is estimated. Its flags are those of its parts, combined as a year summed from its months is
 * ({@link Value#plus}). A change has a percentage only where {@link Comparisons#hasPercentChange} allows it (not for a
 * deficit).
 *
 * <p>Computed at the latest month (quarter) of each year in the series, December for a complete year, and at the
 * run's focus period, not at every month: at every month they would add six figures to each monthly period of every
 * pair, most never read (docs/indicators.md says why).
 */
public final class RunningTotals {

    public static final String YTD = IndicatorName.YTD.code();
    public static final String R12 = IndicatorName.R12.code();
    private static final String YTD_YOY = "ytd_yoy";
    private static final String R12_YOY = "r12_yoy";

    private RunningTotals() {
    }

    /**
     * @param values the series' figures by period (other kinds than months and quarters are left alone)
     * @param focus  the run's focus period, or null
     * @return the sums and their changes, period by period
     */
    public static List<Indicator> of(SeriesKey series, NavigableMap<Period, Value> values, Unit unit, Period focus) {
        List<Indicator> out = new ArrayList<>();
        for (Period end : ends(values, focus)) {
            Period january = new Period(end.year(), end.kind(), 1);
            Value ytd = sum(values, january, end.index());
            if (ytd != null) {
                out.add(new Indicator(series, end.toString(), YTD, ytd.amount(), unit, january.toString(), ytd.flags()));
                Period yearEarlier = end.sameOneYearEarlier();
                Value before = sum(values, january.sameOneYearEarlier(), end.index());
                if (before != null) {
                    Comparisons.change(out, series, end, ytd, yearEarlier, before, YTD_YOY, unit);
                }
            }
            int perYear = end.kind().perYear();
            Period start = end.sameOneYearEarlier().next();
            Value r12 = sum(values, start, perYear);
            if (r12 != null) {
                out.add(new Indicator(series, end.toString(), R12, r12.amount(), unit, start.toString(), r12.flags()));
                Value before = sum(values, start.sameOneYearEarlier(), perYear);
                if (before != null) {
                    Comparisons.change(out, series, end, r12, end.sameOneYearEarlier(), before, R12_YOY, unit);
                }
            }
        }
        return out;
    }

    /** The latest month and quarter of each year in the series, and the focus period when the series has it. */
    static TreeSet<Period> ends(NavigableMap<Period, Value> values, Period focus) {
        TreeSet<Period> ends = new TreeSet<>();
        Period latestMonth = null;
        Period latestQuarter = null;
        for (Period p : values.keySet()) { // in time order
            if (p.kind() == PeriodKind.MONTH) {
                latestMonth = latestOfYear(ends, latestMonth, p);
            } else if (p.kind() == PeriodKind.QUARTER) {
                latestQuarter = latestOfYear(ends, latestQuarter, p);
            }
        }
        for (Period last : new Period[] {latestMonth, latestQuarter}) {
            if (last != null) {
                ends.add(last);
            }
        }
        if (focus != null && (focus.kind() == PeriodKind.MONTH || focus.kind() == PeriodKind.QUARTER)
                && values.containsKey(focus)) {
            ends.add(focus);
        }
        return ends;
    }

    /** {@code p}, the new latest of its kind; the one before it is an end when {@code p} opens another year. */
    private static Period latestOfYear(TreeSet<Period> ends, Period latest, Period p) {
        if (latest != null && latest.year() != p.year()) {
            ends.add(latest);
        }
        return p;
    }

    /** The sum of {@code count} periods from {@code first} on, or null when one of them is missing. */
    private static Value sum(NavigableMap<Period, Value> values, Period first, int count) {
        Value sum = null;
        Period p = first;
        for (int i = 0; i < count; i++, p = p.next()) {
            Value v = values.get(p);
            if (v == null) {
                return null;
            }
            sum = sum == null ? v : sum.plus(v);
        }
        return sum;
    }
}
