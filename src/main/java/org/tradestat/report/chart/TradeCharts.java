package org.tradestat.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.ChartImage;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.Forecast;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.ReportModel;
import org.tradestat.report.model.TradeFacts;

/**
 * Draws the charts of a run from its {@link ReportModel}, in the order the README lists them ("What it writes"); each
 * chart's class says what it shows. Each is written as PNG and SVG ({@link ChartFiles}); a chart with no data behind
 * it is not written, and {@link #writeAll} says why in a sentence instead. A country has one colour in every chart of
 * a run ({@link CountryColours}); derived and qualified figures are marked so that neither relies on colour.
 *
 * <p>JFreeChart is not thread-safe: each call builds charts of its own.
 */
public final class TradeCharts {

    /**
     * Writes every chart of SPEC 7 that has data into chartsDir, and returns them in SPEC 7 order with a sentence for
     * each chart not drawn and why: a chart of a dataset the input does not hold is not drawn because there are no
     * figures, not because their periods had not ended, and its sentence says which.
     */
    public Charts writeAll(ReportModel model, Path chartsDir) throws IOException {
        TradeFacts trade = model.trade();
        AnalysisFacts analysis = model.analysis();
        Map<Pair, Forecast> forecasts = analysis.forecasts();
        List<ChartSpec> specs = new ArrayList<>();
        List<String> notDrawn = new ArrayList<>();
        // one colour per country in every chart of the run
        CountryColours colours = CountryColours.of(model);

        Optional<ChartSpec> turnover = TurnoverChart.build(trade, forecasts, colours);
        turnover.ifPresentOrElse(specs::add, () -> notDrawn.add(TurnoverChart.TITLE
                + ": no all-goods trade turnover figures in the input."));
        if (turnover.isPresent()) {
            boolean yearly = TurnoverChart.kind(trade).orElse(null) == PeriodKind.YEAR;
            if (!yearly) {
                TurnoverChart.buildYearlyForecast(trade, forecasts, colours).ifPresent(specs::add);
            }
            if (forecasts.isEmpty()) {
                notDrawn.add(noForecast(trade));
            }
        }
        BalanceChart.build(trade).ifPresentOrElse(specs::add, () -> notDrawn.add(
                "Exports, imports and balance: no pair has both export and import figures for the same period in the "
                        + "input."));
        SharesChart.build(model, colours).ifPresentOrElse(specs::add, () -> notDrawn.add(SharesChart.TITLE
                + ": no shares were computed; a share needs a turnover figure for every member of a group (from the "
                + "groups file) in the same period."));
        InvestmentChart.build(analysis, colours).ifPresentOrElse(specs::add, () -> notDrawn.add(InvestmentChart.TITLE
                + (analysis.inInput(Dataset.INVESTMENT) ? ": no investment figures for a period that had ended by the "
                + "run date." : ": no investment figures in the input.")));
        CompanyChart.build(analysis, colours).ifPresentOrElse(specs::add, () -> notDrawn.add(CompanyChart.TITLE
                + (analysis.inInput(Dataset.COMPANIES) ? ": no company figures for a period that had ended by the run "
                + "date." : ": no company figures in the input.")));
        EngagementChart.build(analysis).ifPresentOrElse(specs::add, () -> notDrawn.add(EngagementChart.TITLE
                + (analysis.inInput(Dataset.ENGAGEMENT) ? ": no engagement events in a year that had ended by the run "
                + "date." : ": the input holds no engagement events.")));
        return new Charts(writeSpecs(specs, chartsDir), notDrawn);
    }

    /**
     * Why there is no turnover forecast: a forecast needs {@value SeriesStatistics#MIN_POINTS} yearly figures, none
     * of them a bound, and how many each pair has.
     */
    private static String noForecast(TradeFacts trade) {
        Map<String, String> years = new TreeMap<>();
        for (Pair pair : trade.totalPairs()) {
            Map<Period, Level> series = trade.allGoods(pair, TradeFacts.TURNOVER);
            if (!series.isEmpty()) {
                List<Level> yearly = series.values().stream().filter(p -> p.period().kind() == PeriodKind.YEAR)
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
