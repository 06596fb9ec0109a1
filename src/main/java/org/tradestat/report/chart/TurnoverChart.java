package org.tradestat.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.chart.FlaggedBarRenderer.LabelLayout;
import org.tradestat.report.model.Forecast;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;

/** Chart 1: trade turnover over time, clustered bars by pair, on an axis of every period of one kind. */
final class TurnoverChart {

    static final String NAME = "turnover-over-time";
    static final String TITLE = "Trade turnover over time, by pair";
    static final String FORECAST_NAME = "turnover-yearly-forecast";
    static final String FORECAST_TITLE = "Yearly trade turnover and next-year forecast";
    /** More pairs than this make the clusters unreadable: the largest are shown. */
    static final int MAX_PAIRS = 6;
    /** More periods than this make the bars unreadable: the latest are shown. */
    static final int MAX_PERIODS = 40;

    private TurnoverChart() {
    }

    /**
     * The turnover chart; when its figures are yearly, the forecasts of the pairs shown are drawn on it, at the year
     * after each pair's last fitted year.
     */
    static Optional<ChartSpec> build(TradeFacts trade, Map<Pair, Forecast> forecasts, CountryColours countryColours) {
        return build(trade, forecasts, countryColours, false);
    }

    /**
     * The separate yearly chart for the forecasts, for when the turnover chart is not yearly: the yearly turnover of
     * the pairs with a forecast, with the forecast; empty when no pair has one.
     */
    static Optional<ChartSpec> buildYearlyForecast(TradeFacts trade, Map<Pair, Forecast> forecasts,
                                                   CountryColours countryColours) {
        return build(trade, forecasts, countryColours, true);
    }

    /** The kind of period the turnover chart shows; empty when there is no turnover figure. */
    static Optional<PeriodKind> kind(TradeFacts trade) {
        return PeriodSpan.mostFrequentKind(turnover(trade, p -> true).values().stream()
                .flatMap(m -> m.keySet().stream()).toList());
    }

    private static Map<Pair, Map<Period, Level>> turnover(TradeFacts trade, java.util.function.Predicate<Pair> keep) {
        Map<Pair, Map<Period, Level>> all = new TreeMap<>();
        for (Pair pair : trade.totalPairs()) {
            Map<Period, Level> series = trade.allGoods(pair, TradeFacts.TURNOVER);
            if (!series.isEmpty() && keep.test(pair)) {
                all.put(pair, series);
            }
        }
        return all;
    }

    private static Optional<ChartSpec> build(TradeFacts trade, Map<Pair, Forecast> forecasts,
                                             CountryColours countryColours, boolean forecastChart) {
        Map<Pair, Map<Period, Level>> all = turnover(trade, p -> !forecastChart || forecasts.containsKey(p));
        List<Period> everyFigure = all.values().stream().flatMap(m -> m.keySet().stream()).toList();
        Optional<PeriodKind> kind = forecastChart
                ? (everyFigure.stream().anyMatch(p -> p.kind() == PeriodKind.YEAR) ? Optional.of(PeriodKind.YEAR)
                : Optional.empty())
                : PeriodSpan.mostFrequentKind(everyFigure);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        ChartSelection<Pair> selection = ChartSelection.of(ChartSelection.periodsOf(all), kind.get(), MAX_PERIODS,
                MAX_PAIRS, (pair, period) -> all.get(pair).get(period).value()).orElseThrow();
        List<Pair> pairs = selection.shown();
        PeriodSpan span = selection.span();

        // Forecasts are drawn on yearly charts only, for the pairs shown, at a year not before the axis starts.
        List<Forecast> shownForecasts = new ArrayList<>();
        List<Period> axisPeriods = new ArrayList<>(span.periods());
        if (span.kind() == PeriodKind.YEAR) {
            for (Pair pair : pairs) {
                Forecast f = forecasts.get(pair);
                boolean onAxis = f != null && f.year() > span.first().year();
                shownForecasts.add(onAxis ? f : null);
                if (onAxis) {
                    while (axisPeriods.get(axisPeriods.size() - 1).year() < f.year()) {
                        axisPeriods.add(axisPeriods.get(axisPeriods.size() - 1).next());
                    }
                }
            }
        }
        boolean withForecast = shownForecasts.stream().anyMatch(f -> f != null);
        if (forecastChart && !withForecast) {
            return Optional.empty();
        }
        PeriodSpan axis = new PeriodSpan(span.kind(), axisPeriods);

        List<String> labels = pairs.stream().map(Pair::label).toList();
        List<Map<Period, Level>> series = pairs.stream().map(all::get).toList();
        // the bars over the whole axis, and over the periods with figures (the axis less the forecast years)
        BarGrid bars = BarGrid.of(labels, series, axis.periods());
        BarGrid figureBars = BarGrid.of(labels, series, span.periods());
        DefaultCategoryDataset forecastData = new DefaultCategoryDataset();
        for (int row = 0; row < pairs.size(); row++) {
            Forecast f = withForecast ? shownForecasts.get(row) : null;
            for (Period period : axis.periods()) {
                forecastData.addValue(f != null && f.year() == period.year() ? Figures.millions(f.value()) : null,
                        labels.get(row), period.label());
            }
        }

        List<Color> colours = new ArrayList<>();
        for (Pair pair : pairs) {
            colours.add(countryColours.of(pair));
        }
        double slot = ChartStyle.labelSlot(ChartStyle.PLOT_WIDTH, axis.size(), pairs.size());
        LabelLayout layout = FlaggedBarRenderer.layout(bars.points(), slot, ValueFormat.MILLIONS);
        FlaggedBarRenderer renderer = new FlaggedBarRenderer(colours, bars.points(), layout.mode(),
                ValueFormat.MILLIONS);

        PeriodCategoryAxis domain = new PeriodCategoryAxis(null, axis, ChartStyle.PLOT_WIDTH);
        domain.setCategoryMargin(ChartStyle.categoryMargin(pairs.size()));
        NumberAxis range = ChartStyle.millionsAxis("US$ million");
        double max = bars.max(ValueFormat.MILLIONS);
        double headroom = layout.headroomPx();
        // The forecast figures are written over the whisker when one pair's forecast stands in its year's column.
        boolean forecastLabels = false;
        if (withForecast) {
            Map<Integer, Long> perYear = new TreeMap<>();
            shownForecasts.stream().filter(f -> f != null).forEach(f -> perYear.merge(f.year(), 1L, Long::sum));
            forecastLabels = perYear.values().stream().allMatch(n -> n == 1)
                    && shownForecasts.stream().filter(f -> f != null)
                    .allMatch(f -> ForecastRenderer.labelWidth(f) + 8
                            <= ChartStyle.PLOT_WIDTH * 0.96 / axis.size() * 1.6);
            for (Forecast f : shownForecasts) {
                if (f != null) {
                    max = Math.max(max, Figures.millions(f.upper()));
                }
            }
            headroom = Math.max(headroom, forecastLabels ? ForecastRenderer.labelHeadroom() : 12);
        }
        ChartStyle.niceTicks(range, 0, max, ChartStyle.headroomMargin(headroom, ChartStyle.PLOT_HEIGHT), 0);
        CategoryPlot plot = new CategoryPlot(bars.dataset(ValueFormat.MILLIONS), domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        if (withForecast) {
            plot.setDataset(1, forecastData);
            plot.setRenderer(1, new ForecastRenderer(shownForecasts, axis.periods(), colours, renderer.getItemMargin(),
                    forecastLabels, TurnoverForecastParts.trendLines(shownForecasts)));
            // The forecast first, so that the trend lines run behind the bars; their labels sit on white patches.
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
            renderer.setLabelHalo(true);
            for (Forecast f : shownForecasts) {
                if (f != null) {
                    domain.relabel(Period.year(f.year()).label(), f.year() + "\n(forecast)");
                }
            }
        }
        ChartStyle.stylePlot(plot);

        String title = forecastChart ? FORECAST_TITLE : TITLE;
        String sub = subtitle(selection, withForecast ? ", with the forecast for "
                + TurnoverForecastParts.forecastYears(shownForecasts) : "", figureBars.hasEmptySlot());
        if (forecastChart) {
            sub += " The turnover chart shows " + PeriodSpan.plural(kind(trade).orElse(PeriodKind.YEAR))
                    + "; this one the years, for the forecast.";
        }

        List<String> notes = new ArrayList<>();
        boolean labelled = layout.mode() != FlaggedBarRenderer.LabelMode.NONE;
        notes.add(Figures.marksNote(bars.figures(), labelled,
                derivedExample(span.kind()), labelled ? "hatched bars labelled (derived)" : "hatched bars"));
        if (withForecast) {
            notes.add(TurnoverForecastParts.forecastNote(shownForecasts, forecastLabels, range.getLowerBound()));
        }
        Optional<String> tooSmall = labelled ? Optional.empty()
                : ChartNotes.tooSmallToSee(pairs, figureBars.points(), span, max);
        tooSmall.ifPresent(notes::add);
        Map<String, Map<Period, Level>> byLabel = new TreeMap<>();
        (forecastChart ? TurnoverForecastParts.onlyYears(all) : all).forEach((pair, figures) ->
                byLabel.put(pair.label(), figures));
        notes.add(ChartNotes.notShown(byLabel, labels, span, ValueFormat.MILLIONS,
                new ChartNotes.LeftOut(selection.smaller(), selection.offAxis().stream().map(Pair::label).toList(),
                        "pair", "pairs", 5)));
        List<LegendItem> legend = new ArrayList<>(bars.legend(colours));
        if (withForecast) {
            if (TurnoverForecastParts.trendLines(shownForecasts)) {
                legend.add(ForecastRenderer.trendLegendItem(ForecastRenderer.TREND_LEGEND_LABEL + " (dashed)"));
            }
            legend.add(ForecastRenderer.legendItem("Forecast (95% interval)"));
        }
        String alt = TurnoverAltText.altText(pairs, all, span)
                + Figures.othersNotShown(selection.notDrawn(), "pair", "pairs");
        if (withForecast) {
            alt += " " + TurnoverForecastParts.forecastSentence(pairs, shownForecasts);
        }
        int height = ChartStyle.HEIGHT + (withForecast && !forecastLabels ? 20 : 0) + (tooSmall.isPresent() ? 40 : 0);
        return Optional.of(ChartSpec.compose(forecastChart ? FORECAST_NAME : NAME, title, plot, sub, legend, notes,
                tooSmall.isPresent() ? 6 : ChartStyle.NOTE_LINES, alt, height));
    }

    /** @param forecast what the chart adds to the figures, e.g. ", with the forecast for 2025 from the linear trend" */
    private static String subtitle(ChartSelection<Pair> selection, String forecast, boolean gaps) {
        PeriodSpan span = selection.span();
        return PeriodSpan.adjective(span.kind()) + " figures, " + span.rangeText() + selection.latestOnly()
                + ", in US$ million" + forecast + "."
                + (gaps ? " An empty slot means no figure for that " + PeriodSpan.noun(span.kind()) + "." : "");
    }

    private static String derivedExample(PeriodKind kind) {
        return switch (kind) {
            case YEAR -> "a year as the sum of its two halves";
            case HALF -> "a half-year as the year minus the other half";
            case QUARTER, MONTH -> "";
        };
    }
}
