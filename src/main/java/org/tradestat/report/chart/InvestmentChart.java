package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.period.Period;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.chart.DatasetLevels.Key;
import org.tradestat.report.chart.TradeLevels.Point;

/**
 * Chart 4: investment levels over time, one bar colour per investor–host pair and measure, in US$ million. A
 * cumulative figure is labelled with its start year ("cumulative since 1992") and explained in the note, so that
 * nobody reads a total over decades as one year's investment.
 */
final class InvestmentChart {

    static final String NAME = "investment";
    static final String TITLE = "Investment by investor and host";
    static final String CUMULATIVE = "cumulative";

    private InvestmentChart() {
    }

    static Optional<ChartSpec> build(List<Indicator> indicators) {
        Map<Key, Map<Period, Point>> levels = DatasetLevels.read(indicators, Dataset.INVESTMENT, "level", true,
                k -> true);
        List<LevelsChart.Series> series = new ArrayList<>();
        TreeSet<String> measures = new TreeSet<>();
        List<String> cumulative = new ArrayList<>();
        // A total over decades dwarfs a year's flow on one axis: with flows to draw, positions are left to the table.
        boolean flows = levels.keySet().stream().anyMatch(k -> !isPosition(k.measure()));
        List<String> positionsLeftOut = new ArrayList<>();
        levels.forEach((key, points) -> {
            if (flows && isPosition(key.measure())) {
                if (!points.isEmpty()) {
                    Period last = points.keySet().stream().max(Period::compareTo).orElseThrow();
                    Point p = points.get(last);
                    positionsLeftOut.add(label(key) + ", " + ValueFormat.MILLIONS.spoken(p)
                            + " at the end of " + last.label());
                }
                return;
            }
            series.add(new LevelsChart.Series(label(key), points));
            measures.add(key.measure());
            if (CUMULATIVE.equals(key.measure()) && !key.basis().isEmpty() && !points.isEmpty()) {
                Period last = points.keySet().stream().max(Period::compareTo).orElseThrow();
                cumulative.add("the " + key.pairLabel() + " bar at " + last.label() + " is everything invested from "
                        + key.basis() + " to the end of " + last.label());
            }
        });
        List<String> notes = new ArrayList<>();
        if (measures.contains(CUMULATIVE)) {
            notes.add("Cumulative: the total invested from the start year to the end of the period shown, not the "
                    + "amount invested in that period" + (cumulative.isEmpty() ? "" : "; e.g. " + cumulative.get(0))
                    + ".");
        }
        if (measures.contains("stock")) {
            notes.add("Stock: the investment position at the end of the period.");
        }
        if (measures.contains("inflow")) {
            notes.add("Inflow: investment made during the period.");
        }
        if (!positionsLeftOut.isEmpty()) {
            notes.add("Not drawn, because a position built up over many years and the flows of single years do not "
                    + "share a scale: " + String.join("; ", positionsLeftOut) + " (US$ million; on the Investment "
                    + "sheet).");
        }
        LevelsChart.Spec spec = new LevelsChart.Spec(NAME, TITLE, ValueFormat.MILLIONS, "US$ million",
                "in US$ million", "investment", "Pairs are investor\u2013host (investment from the first country in "
                + "the second).");
        return LevelsChart.build(spec, series, notes);
    }

    /** A position at a date (cumulative total, stock), as against a flow during a period (inflow). */
    private static boolean isPosition(String measure) {
        return CUMULATIVE.equals(measure) || "stock".equals(measure);
    }

    /** {@code KOR–KAZ cumulative since 1992}, {@code KOR–KAZ inflow}. */
    static String label(Key key) {
        String measure = DatasetLevels.words(key.measure());
        if (CUMULATIVE.equals(key.measure()) && !key.basis().isEmpty()) {
            measure += " since " + key.basis();
        }
        return key.pairLabel() + " " + measure;
    }
}
