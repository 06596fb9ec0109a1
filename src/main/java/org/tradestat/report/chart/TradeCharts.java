package org.tradestat.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.ChartImage;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.chart.TradeLevels.Pair;
import org.tradestat.report.chart.TradeLevels.Point;

/**
 * Draws the charts of SPEC 7 from the indicators of a run, in this order:
 * <ol>
 *   <li>{@value TurnoverChart#NAME}: all-goods turnover over time, clustered bars by pair, on an axis of every period
 *       of the kind with the most figures (ties: the longer kind), so that gaps in time show as empty slots; when the
 *       axis is yearly, each pair's next-year forecast with its 95% interval and trend line;</li>
 *   <li>{@value TurnoverChart#FORECAST_NAME}: when the turnover chart is not yearly but some pair has a forecast,
 *       that pair's yearly turnover with the forecast;</li>
 *   <li>{@value BalanceChart#NAME}: exports and imports as bars and the balance as a line, one panel per pair that
 *       has both flows in some period;</li>
 *   <li>{@value SharesChart#NAME}: each member's share of a reporter's turnover with a group, 100% bars;</li>
 *   <li>{@value InvestmentChart#NAME}: investment levels by investor–host pair and measure;</li>
 *   <li>{@value CompanyChart#NAME}: company counts by origin–host pair and measure label;</li>
 *   <li>{@value EngagementChart#NAME}: engagement events per year by category, one panel per pair.</li>
 * </ol>
 * Each chart is written as {@code <name>.png} (rendered at twice the display size) and {@code <name>.svg}, each to a
 * temporary file first and then renamed. A chart with no data behind it is not written; {@link #writeAll} says why in
 * a sentence instead. Derived figures are hatched and labelled "(derived)", approximate ones marked "~", lower bounds
 * "≥", so that neither relies on colour. The same indicators give the same SVG text.
 *
 * <p>Not thread-safe in the sense that JFreeChart is not: use one call per thread (each call builds its own charts).
 */
public final class TradeCharts {

    /**
     * Writes the trade charts only (turnover, with the forecast when yearly, and exports/imports/balance) into
     * chartsDir and returns what was written, in order. {@link #writeAll} writes every chart.
     */
    public List<ChartImage> write(List<Indicator> indicators, Path chartsDir) throws IOException {
        TradeLevels levels = TradeLevels.from(indicators);
        TurnoverForecasts forecasts = TurnoverForecasts.from(indicators);
        List<ChartSpec> specs = new ArrayList<>();
        TurnoverChart.build(levels, forecasts).ifPresent(specs::add);
        BalanceChart.build(levels).ifPresent(specs::add);
        return writeSpecs(specs, chartsDir);
    }

    /**
     * Writes every chart of SPEC 7 that has data into chartsDir, and returns them in SPEC 7 order with a sentence for
     * each chart not drawn and why.
     */
    public Charts writeAll(List<Indicator> indicators, Path chartsDir) throws IOException {
        return writeAll(indicators, chartsDir, inInput(d -> indicators.stream().anyMatch(i -> i.series().dataset() == d)));
    }

    /**
     * The same, knowing which datasets the input holds whatever their periods: a chart of a dataset the input does not
     * hold is not drawn because there are no figures, not because their periods had not ended, and its sentence says
     * which.
     */
    public Charts writeAll(List<Indicator> indicators, Path chartsDir, Set<Dataset> inInput) throws IOException {
        TradeLevels levels = TradeLevels.from(indicators);
        TurnoverForecasts forecasts = TurnoverForecasts.from(indicators);
        List<ChartSpec> specs = new ArrayList<>();
        List<String> notDrawn = new ArrayList<>();

        Optional<ChartSpec> turnover = TurnoverChart.build(levels, forecasts);
        turnover.ifPresentOrElse(specs::add, () -> notDrawn.add(TurnoverChart.TITLE
                + ": no all-goods trade turnover figures in the input."));
        if (turnover.isPresent()) {
            boolean yearly = TurnoverChart.kind(levels).orElse(null) == PeriodKind.YEAR;
            if (!yearly) {
                TurnoverChart.buildYearlyForecast(levels, forecasts).ifPresent(specs::add);
            }
            if (forecasts.isEmpty()) {
                notDrawn.add(noForecast(levels));
            }
        }
        BalanceChart.build(levels).ifPresentOrElse(specs::add, () -> notDrawn.add(
                "Exports, imports and balance: no pair has both export and import figures for the same period in the "
                        + "input."));
        SharesChart.build(indicators).ifPresentOrElse(specs::add, () -> notDrawn.add(SharesChart.TITLE
                + ": no shares were computed; a share needs a turnover figure for every member of a group (from the "
                + "groups file) in the same period."));
        InvestmentChart.build(indicators).ifPresentOrElse(specs::add, () -> notDrawn.add(InvestmentChart.TITLE
                + (inInput.contains(Dataset.INVESTMENT) ? ": no investment figures for a period that had ended by the "
                + "run date." : ": no investment figures in the input.")));
        CompanyChart.build(indicators).ifPresentOrElse(specs::add, () -> notDrawn.add(CompanyChart.TITLE
                + (inInput.contains(Dataset.COMPANIES) ? ": no company figures for a period that had ended by the run "
                + "date." : ": no company figures in the input.")));
        EngagementChart.build(indicators).ifPresentOrElse(specs::add, () -> notDrawn.add(EngagementChart.TITLE
                + (inInput.contains(Dataset.ENGAGEMENT) ? ": no engagement events in a year that had ended by the run "
                + "date." : ": the input holds no engagement events.")));
        return new Charts(writeSpecs(specs, chartsDir), notDrawn);
    }

    /** The datasets of which the input holds figures (or events), as the given test says. */
    public static Set<Dataset> inInput(java.util.function.Predicate<Dataset> holds) {
        Set<Dataset> out = java.util.EnumSet.noneOf(Dataset.class);
        for (Dataset d : Dataset.values()) {
            if (holds.test(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Why there is no turnover forecast: a forecast needs {@value SeriesStatistics#MIN_POINTS} yearly figures, none
     * of them a bound, and how many each pair has.
     */
    private static String noForecast(TradeLevels levels) {
        Map<String, String> years = new TreeMap<>();
        for (Pair pair : levels.pairs()) {
            Map<Period, Point> series = levels.series(pair, TradeLevels.TURNOVER);
            if (!series.isEmpty()) {
                List<Point> yearly = series.values().stream().filter(p -> p.period().kind() == PeriodKind.YEAR)
                        .toList();
                long bounds = yearly.stream().filter(p -> p.flags().contains(Flag.AT_LEAST)
                        || p.flags().contains(Flag.AT_MOST)).count();
                years.put(pair.label(), yearly.size() + (yearly.size() == 1 ? " yearly figure" : " yearly figures")
                        + (bounds == 0 ? "" : yearly.size() == 1 ? ", which is a bound" : " of which " + bounds
                        + (bounds == 1 ? " is a bound" : " are bounds")));
            }
        }
        List<String> counts = new ArrayList<>();
        years.entrySet().stream().limit(5).forEach(e -> counts.add(e.getKey() + " has " + e.getValue()));
        return "Turnover forecast (95% interval): not drawn; a forecast needs at least " + SeriesStatistics.MIN_POINTS
                + " yearly turnover figures, none of them a bound (" + Figures.listing(counts)
                + (years.size() > 5 ? ", and " + (years.size() - 5) + " more pairs" : "") + ").";
    }

    private static List<ChartImage> writeSpecs(List<ChartSpec> specs, Path chartsDir) throws IOException {
        if (specs.isEmpty()) {
            return List.of();
        }
        Files.createDirectories(chartsDir);
        // Each chart is its own JFreeChart object, drawn by one thread; the charts are drawn side by side.
        try {
            return specs.parallelStream().map(spec -> {
                try {
                    return ChartFiles.write(spec, chartsDir);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
