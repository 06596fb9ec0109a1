package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.tradestat.figure.Dataset;
import org.tradestat.period.Period;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.LevelSeries;
import org.tradestat.report.model.Level;

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

    /** The investment chart, its series coloured by their pair's country in the run's {@link CountryColours}. */
    static Optional<ChartSpec> build(AnalysisFacts facts, CountryColours countryColours) {
        Map<LevelSeries, SortedMap<Period, Level>> levels = facts.levelSeries(Dataset.INVESTMENT);
        List<LevelsChart.Series> series = new ArrayList<>();
        TreeSet<String> measures = new TreeSet<>();
        List<String> cumulative = new ArrayList<>();
        // A total over decades dwarfs a year's flow on one axis: with flows to draw, positions are left to the table.
        boolean flows = levels.keySet().stream().anyMatch(k -> !isPosition(k.series().measure()));
        List<String> positionsLeftOut = new ArrayList<>();
        levels.forEach((key, points) -> {
            if (flows && isPosition(key.series().measure())) {
                if (!points.isEmpty()) {
                    Period last = points.keySet().stream().max(Period::compareTo).orElseThrow();
                    Level p = points.get(last);
                    positionsLeftOut.add(label(key) + ", " + ValueFormat.MILLIONS.spoken(p)
                            + " at the end of " + last.label());
                }
                return;
            }
            series.add(new LevelsChart.Series(label(key), points, key.pair()));
            measures.add(key.series().measure());
            if (CUMULATIVE.equals(key.series().measure()) && !key.since().isEmpty() && !points.isEmpty()) {
                Period last = points.keySet().stream().max(Period::compareTo).orElseThrow();
                cumulative.add("the " + key.series().pairLabel() + " bar at " + last.label()
                        + " is everything invested from " + key.since() + " to the end of " + last.label());
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
        return LevelsChart.build(spec, series, notes, countryColours);
    }

    /** A position at a date (cumulative total, stock), as against a flow during a period (inflow). */
    private static boolean isPosition(String measure) {
        return CUMULATIVE.equals(measure) || "stock".equals(measure);
    }

    /** {@code KOR–KAZ cumulative since 1992}, {@code KOR–KAZ inflow}. */
    static String label(LevelSeries key) {
        String measure = Figures.words(key.series().measure());
        if (CUMULATIVE.equals(key.series().measure()) && !key.since().isEmpty()) {
            measure += " since " + key.since();
        }
        return key.series().pairLabel() + " " + measure;
    }
}
