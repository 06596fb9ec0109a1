package org.tradestat.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * Levels and period comparisons of the investment (SPEC 2.2) and company (SPEC 2.3) series, as of the run date.
 * Each measure is its own series. Only {@code inflow} is a flow, so only its years and halves are derived from
 * shorter periods; a stock, a cumulative total or a company count at the end of a half is not a part of the year,
 * and such figures are never added up. A {@code cumulative} level carries its start year ({@code since}) as its
 * basis, so that reports can say "since 1992"; its changes compare only figures with the same start year.
 */
public final class LevelAnalysis {

    /** The one investment measure whose periods add up. */
    public static final String INFLOW = "inflow";
    public static final String CUMULATIVE = "cumulative";

    private LevelAnalysis() {
    }

    /**
     * @param figures the investment or company figures of one (dataset, reporter, partner), any measures and periods
     * @param asOf    the run date: only periods that ended on or before it are used
     * @return level and comparison indicators, by reporter, partner, measure, then period
     */
    public static List<Indicator> analyse(List<Figure> figures, LocalDate asOf) {
        return analyse(figures, asOf, null);
    }

    /**
     * The same, with the year to date and rolling twelve months of monthly or quarterly inflows ({@link
     * RunningTotals}) also at the run's focus period; {@code focus} may be null.
     */
    public static List<Indicator> analyse(List<Figure> figures, LocalDate asOf, Period focus) {
        Map<SeriesKey, Map<Integer, NavigableMap<Period, Value>>> series = new LinkedHashMap<>();
        for (Figure f : figures) {
            unitOf(f.series().dataset());
            if (!f.period().endedBy(asOf)) {
                continue;
            }
            Integer since = CUMULATIVE.equals(f.series().measure()) ? f.sinceYear() : null;
            series.computeIfAbsent(f.series(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(since, s -> new TreeMap<>())
                    .put(f.period(), Value.reported(f.value(), f.qualifier()));
        }
        List<Indicator> out = new ArrayList<>();
        for (var entry : series.entrySet()) {
            SeriesKey key = entry.getKey();
            Unit unit = unitOf(key.dataset());
            for (var bySince : entry.getValue().entrySet()) {
                NavigableMap<Period, Value> values = bySince.getValue();
                boolean inflow = key.dataset() == Dataset.INVESTMENT && INFLOW.equals(key.measure());
                if (inflow) {
                    values = PeriodDerivation.derive(values);
                }
                Integer since = bySince.getKey();
                for (Indicator i : Comparisons.of(key, values, unit)) {
                    out.add(since != null && "level".equals(i.name())
                            ? new Indicator(i.series(), i.period(), i.name(), i.value(), i.unit(), since.toString(), i.flags())
                            : i);
                }
                if (inflow) {
                    out.addAll(RunningTotals.of(key, values, unit, focus));
                }
            }
        }
        out.sort(Indicator.BY_SERIES_THEN_PERIOD);
        return out;
    }

    private static Unit unitOf(Dataset dataset) {
        return switch (dataset) {
            case INVESTMENT -> Unit.USD;
            case COMPANIES -> Unit.COUNT;
            default -> throw new IllegalArgumentException("LevelAnalysis takes investment or company figures, not "
                    + Objects.requireNonNull(dataset).code());
        };
    }
}
