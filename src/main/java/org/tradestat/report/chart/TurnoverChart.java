package org.tradestat.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
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
import org.tradestat.report.chart.TradeLevels.Pair;
import org.tradestat.report.chart.TradeLevels.Point;

/** Chart 1: trade turnover over time, clustered bars by pair, on an axis of every period of one kind. */
final class TurnoverChart {

    static final String NAME = "turnover-over-time";
    static final String TITLE = "Trade turnover over time, by pair";
    static final String FORECAST_NAME = "turnover-yearly-forecast";
    static final String FORECAST_TITLE = "Yearly trade turnover and next-year forecast";
    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    /** More pairs than this make the clusters unreadable: the largest are shown. */
    static final int MAX_PAIRS = 6;
    /** More periods than this make the bars unreadable: the latest are shown. */
    static final int MAX_PERIODS = 40;
    static final int MAX_TREND_LINES = 3;

    /** Plot area estimates (display pixels) used to size labels before JFreeChart lays the chart out. */
    private static final double PLOT_WIDTH = WIDTH - 110;
    private static final double PLOT_HEIGHT = HEIGHT - 210;

    private TurnoverChart() {
    }

    /**
     * The turnover chart; when its figures are yearly, the forecasts of the pairs shown are drawn on it, at the year
     * after each pair's last fitted year.
     */
    static Optional<ChartSpec> build(TradeLevels levels, TurnoverForecasts forecasts) {
        return build(levels, forecasts, false);
    }

    /**
     * The separate yearly chart for the forecasts, for when the turnover chart is not yearly: the yearly turnover of
     * the pairs with a forecast, with the forecast; empty when no pair has one.
     */
    static Optional<ChartSpec> buildYearlyForecast(TradeLevels levels, TurnoverForecasts forecasts) {
        return build(levels, forecasts, true);
    }

    /** The kind of period the turnover chart shows; empty when there is no turnover figure. */
    static Optional<PeriodKind> kind(TradeLevels levels) {
        return PeriodSpan.mostFrequentKind(turnover(levels, p -> true).values().stream()
                .flatMap(m -> m.keySet().stream()).toList());
    }

    private static Map<Pair, Map<Period, Point>> turnover(TradeLevels levels, java.util.function.Predicate<Pair> keep) {
        Map<Pair, Map<Period, Point>> all = new TreeMap<>();
        for (Pair pair : levels.pairs()) {
            Map<Period, Point> series = levels.series(pair, TradeLevels.TURNOVER);
            if (!series.isEmpty() && keep.test(pair)) {
                all.put(pair, series);
            }
        }
        return all;
    }

    private static Optional<ChartSpec> build(TradeLevels levels, TurnoverForecasts forecasts, boolean forecastChart) {
        Map<Pair, Map<Period, Point>> all = turnover(levels, p -> !forecastChart || forecasts.of(p) != null);
        List<Period> everyFigure = all.values().stream().flatMap(m -> m.keySet().stream()).toList();
        Optional<PeriodKind> kind = forecastChart
                ? (everyFigure.stream().anyMatch(p -> p.kind() == PeriodKind.YEAR) ? Optional.of(PeriodKind.YEAR)
                : Optional.empty())
                : PeriodSpan.mostFrequentKind(everyFigure);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        PeriodSpan window = PeriodSpan.covering(kind.get(), everyFigure).orElseThrow().latest(MAX_PERIODS);

        // The pairs with a figure in the window; the largest when there are too many.
        Map<Pair, BigDecimal> totals = new TreeMap<>();
        all.forEach((pair, series) -> series.forEach((period, point) -> {
            if (window.contains(period)) {
                totals.merge(pair, point.value(), BigDecimal::add);
            }
        }));
        List<Pair> pairs = largest(totals, MAX_PAIRS);
        int pairsLeftOut = totals.size() - pairs.size();
        PeriodSpan span = PeriodSpan.covering(kind.get(), pairs.stream()
                .flatMap(p -> all.get(p).keySet().stream()).filter(window::contains).toList()).orElseThrow();
        boolean earlier = pairs.stream().flatMap(p -> all.get(p).keySet().stream())
                .anyMatch(p -> p.kind() == span.kind() && p.compareTo(span.first()) < 0);

        // Forecasts are drawn on yearly charts only, for the pairs shown, at a year not before the axis starts.
        List<TurnoverForecasts.Forecast> shownForecasts = new ArrayList<>();
        List<Period> axisPeriods = new ArrayList<>(span.periods());
        if (span.kind() == PeriodKind.YEAR) {
            for (Pair pair : pairs) {
                TurnoverForecasts.Forecast f = forecasts.of(pair);
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

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        DefaultCategoryDataset forecastData = new DefaultCategoryDataset();
        Point[][] points = new Point[pairs.size()][axis.size()];
        Point[][] dataPoints = new Point[pairs.size()][span.size()];
        boolean anyDerived = false;
        for (int row = 0; row < pairs.size(); row++) {
            Map<Period, Point> series = all.get(pairs.get(row));
            TurnoverForecasts.Forecast f = withForecast ? shownForecasts.get(row) : null;
            for (int col = 0; col < axis.size(); col++) {
                Period period = axis.periods().get(col);
                Point p = series.get(period);
                points[row][col] = p;
                if (col < span.size()) {
                    dataPoints[row][col] = p;
                }
                dataset.addValue(p == null ? null : Figures.millions(p.value()), pairs.get(row).label(), period.label());
                forecastData.addValue(f != null && f.year() == period.year() ? Figures.millions(f.value()) : null,
                        pairs.get(row).label(), period.label());
                if (p != null) {
                    anyDerived |= p.derived();
                }
            }
        }

        CountryColours countryColours = CountryColours.of(levels);
        List<Color> colours = new ArrayList<>();
        for (Pair pair : pairs) {
            colours.add(countryColours.of(pair));
        }
        double slot = ChartStyle.labelSlot(PLOT_WIDTH, axis.size(), pairs.size());
        LabelLayout layout = FlaggedBarRenderer.layout(points, slot);
        FlaggedBarRenderer renderer = new FlaggedBarRenderer(colours, points, layout.mode());

        PeriodCategoryAxis domain = new PeriodCategoryAxis(null, axis, PLOT_WIDTH);
        domain.setCategoryMargin(ChartStyle.categoryMargin(pairs.size()));
        NumberAxis range = ChartStyle.millionsAxis("US$ million");
        double max = maxMillions(points);
        double headroom = layout.headroomPx();
        // The forecast figures are written over the whisker when one pair's forecast stands in its year's column.
        boolean forecastLabels = false;
        if (withForecast) {
            Map<Integer, Long> perYear = new TreeMap<>();
            shownForecasts.stream().filter(f -> f != null).forEach(f -> perYear.merge(f.year(), 1L, Long::sum));
            forecastLabels = perYear.values().stream().allMatch(n -> n == 1)
                    && shownForecasts.stream().filter(f -> f != null)
                    .allMatch(f -> ForecastRenderer.labelWidth(f) + 8 <= PLOT_WIDTH * 0.96 / axis.size() * 1.6);
            for (TurnoverForecasts.Forecast f : shownForecasts) {
                if (f != null) {
                    max = Math.max(max, Figures.millions(f.upper()));
                }
            }
            headroom = Math.max(headroom, forecastLabels ? ForecastRenderer.labelHeadroom() : 12);
        }
        ChartStyle.niceTicks(range, 0, max, headroomMargin(headroom, PLOT_HEIGHT), 0);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        if (withForecast) {
            plot.setDataset(1, forecastData);
            plot.setRenderer(1, new ForecastRenderer(shownForecasts, axis.periods(), colours, renderer.getItemMargin(),
                    forecastLabels, trendLines(shownForecasts)));
            // The forecast first, so that the trend lines run behind the bars; their labels sit on white patches.
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
            renderer.setLabelHalo(true);
            for (TurnoverForecasts.Forecast f : shownForecasts) {
                if (f != null) {
                    domain.relabel(Period.year(f.year()).label(), f.year() + "\n(forecast)");
                }
            }
        }
        ChartStyle.stylePlot(plot);

        String title = forecastChart ? FORECAST_TITLE : TITLE;
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        String sub = subtitle(span, earlier, hasEmptySlot(dataPoints));
        if (withForecast) {
            sub = sub.substring(0, sub.indexOf(", in US$ million.")) + ", in US$ million, with the forecast for "
                    + forecastYears(shownForecasts) + "." + sub.substring(sub.indexOf(", in US$ million.")
                    + ", in US$ million.".length());
        }
        if (forecastChart) {
            sub += " The turnover chart shows " + PeriodSpan.plural(kind(levels).orElse(PeriodKind.YEAR))
                    + "; this one the years, for the forecast.";
        }
        ChartStyle.styleChart(chart, sub);

        List<String> notes = new ArrayList<>();
        boolean labelled = layout.mode() != FlaggedBarRenderer.LabelMode.NONE;
        String marks = Figures.marksNote(Arrays.stream(points).flatMap(Arrays::stream).toList(), labelled,
                derivedExample(span.kind()), labelled ? "hatched bars labelled (derived)" : "hatched bars");
        if (!marks.isEmpty()) {
            notes.add(marks);
        }
        if (withForecast) {
            notes.add(forecastNote(shownForecasts, forecastLabels, range.getLowerBound()));
        }
        Optional<String> tooSmall = labelled ? Optional.empty() : tooSmallToSee(pairs, dataPoints, span, max);
        tooSmall.ifPresent(notes::add);
        List<Pair> offAxis = all.keySet().stream().filter(p -> !totals.containsKey(p)).toList();
        String notShown = notShownNote(forecastChart ? onlyYears(all) : all, pairs, span, pairsLeftOut, offAxis);
        if (!notShown.isEmpty()) {
            notes.add(notShown);
        }
        if (!notes.isEmpty()) {
            ChartStyle.addNote(chart, String.join(" ", notes), tooSmall.isPresent() ? 6 : 4);
        }
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            legend.add(LegendItems.seriesLegendItem(pairs.get(i).label(), colours.get(i),
                    LegendItems.allDerived(points[i])));
        }
        if (anyDerived) {
            legend.add(LegendItems.derivedLegendItem("Derived figure (hatched)"));
        }
        if (withForecast) {
            if (trendLines(shownForecasts)) {
                legend.add(ForecastRenderer.trendLegendItem(ForecastRenderer.TREND_LEGEND_LABEL + " (dashed)"));
            }
            legend.add(ForecastRenderer.legendItem("Forecast (95% interval)"));
        }
        ChartStyle.addLegend(chart, legend);
        String alt = altText(pairs, all, span);
        int notDrawn = pairsLeftOut + offAxis.size();
        if (notDrawn > 0) {
            alt += " " + notDrawn + (notDrawn == 1 ? " other pair is" : " other pairs are") + " not shown.";
        }
        if (withForecast) {
            alt += " " + forecastSentence(pairs, shownForecasts);
        }
        int height = HEIGHT + (withForecast && !forecastLabels ? 20 : 0) + (tooSmall.isPresent() ? 40 : 0);
        return Optional.of(new ChartSpec(forecastChart ? FORECAST_NAME : NAME, title, alt, chart, WIDTH, height));
    }

    /** Trend lines are drawn for up to {@value #MAX_TREND_LINES} pairs with a slope; more would tangle. */
    static boolean trendLines(List<TurnoverForecasts.Forecast> forecasts) {
        long withSlope = forecasts.stream().filter(f -> f != null && f.slope() != null).count();
        return withSlope > 0 && forecasts.stream().filter(f -> f != null).count() <= MAX_TREND_LINES;
    }

    private static Map<Pair, Map<Period, Point>> onlyYears(Map<Pair, Map<Period, Point>> all) {
        Map<Pair, Map<Period, Point>> years = new TreeMap<>();
        all.forEach((pair, series) -> {
            Map<Period, Point> y = new TreeMap<>();
            series.forEach((period, point) -> {
                if (period.kind() == PeriodKind.YEAR) {
                    y.put(period, point);
                }
            });
            years.put(pair, y);
        });
        return years;
    }

    private static String forecastYears(List<TurnoverForecasts.Forecast> forecasts) {
        List<String> years = forecasts.stream().filter(f -> f != null).map(f -> Integer.toString(f.year()))
                .distinct().sorted().toList();
        return Figures.listing(years) + " from the linear trend";
    }

    /** How the forecast was made, and its figures when they are not written on the chart. */
    private static String forecastNote(List<TurnoverForecasts.Forecast> forecasts, boolean labelled, double axisMin) {
        List<TurnoverForecasts.Forecast> shown = forecasts.stream().filter(f -> f != null).toList();
        StringBuilder note = new StringBuilder("Forecast: the straight-line (least-squares) trend of the yearly "
                + "figures extended one year; the whisker is the 95% prediction interval. ");
        if (!labelled) {
            List<String> figures = new ArrayList<>();
            for (TurnoverForecasts.Forecast f : shown) {
                figures.add(f.pair().label() + " " + f.year() + ": " + Figures.millionsText(f.value()) + " ("
                        + Figures.millionsText(f.lower()) + " to " + Figures.millionsText(f.upper()) + ")");
            }
            note.append(String.join("; ", figures)).append(". ");
        }
        List<String> cut = shown.stream().filter(f -> Figures.millions(f.lower()) < axisMin)
                .map(f -> f.pair().label()).toList();
        if (!cut.isEmpty()) {
            note.append("The interval of ").append(Figures.listing(cut))
                    .append(" reaches below zero and is cut at the axis. ");
        }
        note.append("Few years make a rough guide, not a prediction.");
        return note.toString();
    }

    /** The forecasts in words, for the alt text. */
    static String forecastSentence(List<Pair> pairs, List<TurnoverForecasts.Forecast> forecasts) {
        List<String> said = new ArrayList<>();
        for (TurnoverForecasts.Forecast f : forecasts) {
            if (f == null) {
                continue;
            }
            said.add((pairs.size() > 1 ? f.pair().label() + " " : "") + Figures.millionsText(f.value())
                    + " for " + f.year() + " (95% prediction interval " + Figures.millionsText(f.lower()) + " to "
                    + Figures.millionsText(f.upper()) + ", trend over " + f.rangeText() + ")");
        }
        return "Forecast from the linear trend, in US$ million: " + String.join("; ", said) + ".";
    }

    /** True when some bar is missing: a pair without a figure for a period on the axis. */
    static boolean hasEmptySlot(Point[][] points) {
        return Arrays.stream(points).flatMap(Arrays::stream).anyMatch(p -> p == null);
    }

    static double maxMillions(Point[][] points) {
        double max = 0;
        for (Point[] row : points) {
            for (Point p : row) {
                if (p != null) {
                    max = Math.max(max, Figures.millions(p.value()));
                }
            }
        }
        return max;
    }

    static double minMillions(Point[][] points) {
        double min = 0;
        for (Point[] row : points) {
            for (Point p : row) {
                if (p != null) {
                    min = Math.min(min, Figures.millions(p.value()));
                }
            }
        }
        return min;
    }

    /** The range axis margin that leaves {@code headroomPx} above the tallest bar for its label. */
    static double headroomMargin(double headroomPx, double plotHeightPx) {
        double needed = Math.min(headroomPx, plotHeightPx * 0.45);
        double margin = needed / (plotHeightPx - needed);
        return Math.max(0.06, margin);
    }

    /** The pairs with the largest totals, at most {@code max}, in label order. */
    static List<Pair> largest(Map<Pair, BigDecimal> totals, int max) {
        return totals.entrySet().stream()
                .sorted(Map.Entry.<Pair, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).sorted().toList();
    }

    private static String subtitle(PeriodSpan span, boolean earlier, boolean gaps) {
        String kind = PeriodSpan.adjective(span.kind());
        String range = span.rangeText();
        String shortened = earlier ? " (the latest " + span.size() + " " + PeriodSpan.plural(span.kind()) + ")" : "";
        return kind + " figures, " + range + shortened + ", in US$ million."
                + (gaps ? " An empty slot means no figure for that " + PeriodSpan.noun(span.kind()) + "." : "");
    }

    private static String derivedExample(PeriodKind kind) {
        return switch (kind) {
            case YEAR -> "a year as the sum of its two halves";
            case HALF -> "a half-year as the year minus the other half";
            case QUARTER, MONTH -> "";
        };
    }

    /** Figures of other period kinds, and pairs left out, named so that nobody looks for them on the chart. */
    /**
     * The pairs whose bars are too short to see next to the largest (all under 2% of the axis), with their latest
     * figure: "Too small to see on this scale: KOR–KGZ 731.2, KOR–UZB 3,097.2 (2024)."
     */
    private static Optional<String> tooSmallToSee(List<Pair> pairs, Point[][] points, PeriodSpan span, double max) {
        List<String> small = new ArrayList<>();
        for (int row = 0; row < pairs.size(); row++) {
            double largest = 0;
            Point last = null;
            for (Point p : points[row]) {
                if (p != null) {
                    largest = Math.max(largest, Math.abs(Figures.millions(p.value())));
                    last = p;
                }
            }
            if (last != null && largest < 0.02 * max) {
                small.add(pairs.get(row).label() + " " + ValueFormat.MILLIONS.marked(last)
                        + (last.period().equals(span.last()) ? "" : " (" + last.period().label() + ")"));
            }
        }
        if (small.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Too small to see on this scale, latest figures: " + Figures.listing(small) + " ("
                + span.last().label() + " unless said).");
    }

    private static String notShownNote(Map<Pair, Map<Period, Point>> all, List<Pair> pairs, PeriodSpan span,
                                       int pairsLeftOut, List<Pair> offAxis) {
        Map<PeriodKind, List<String>> otherKinds = new LinkedHashMap<>();
        int earlier = 0;
        for (Pair pair : pairs) {
            for (Point p : all.get(pair).values()) {
                if (p.period().kind() != span.kind()) {
                    otherKinds.computeIfAbsent(p.period().kind(), k -> new ArrayList<>())
                            .add(pair.label() + " " + p.period().label() + ": " + Figures.marked(p)
                                    + (p.derived() ? " " + FlaggedBarRenderer.DERIVED_WORD : ""));
                } else if (!span.contains(p.period())) {
                    earlier++;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        otherKinds.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach(e -> {
            List<String> figures = e.getValue();
            String noun = PeriodSpan.adjective(e.getKey()).toLowerCase() + " figure" + (figures.size() == 1 ? "" : "s");
            parts.add(figures.size() <= 3
                    ? figures.size() + " " + noun + " (" + String.join("; ", figures) + ")"
                    : figures.size() + " " + noun);
        });
        if (earlier > 0) {
            parts.add(earlier + " earlier " + PeriodSpan.noun(span.kind()) + " figure" + (earlier == 1 ? "" : "s"));
        }
        if (pairsLeftOut > 0) {
            parts.add(pairsLeftOut + " smaller pair" + (pairsLeftOut == 1 ? "" : "s"));
        }
        if (!offAxis.isEmpty()) {
            parts.add(Figures.listing(offAxis.stream().limit(5).map(Pair::label).toList())
                    + (offAxis.size() > 5 ? " and " + (offAxis.size() - 5) + " more pairs" : "")
                    + " (no " + PeriodSpan.adjective(span.kind()).toLowerCase() + " figure in this range)");
        }
        return parts.isEmpty() ? "" : "Not shown: " + String.join(", ", parts) + ".";
    }

    static String altText(List<Pair> pairs, Map<Pair, Map<Period, Point>> all, PeriodSpan span) {
        String by = "by " + PeriodSpan.noun(span.kind());
        String range = span.rangeText();
        List<String> latest = new ArrayList<>();
        int withFigure = 0;
        for (Pair pair : pairs) {
            Point last = null;
            for (Point p : all.get(pair).values()) {
                if (span.contains(p.period())) {
                    withFigure++;
                    last = p;
                }
            }
            if (last != null) {
                latest.add((pairs.size() > 1 ? pair.label() + " " : "")
                        + Figures.spoken(last) + " " + Figures.periodNote(last));
            }
        }
        StringBuilder alt = new StringBuilder();
        if (pairs.size() == 1) {
            alt.append("Bar chart of ").append(pairs.get(0).label()).append(" trade turnover ").append(by)
                    .append(", ").append(range).append(", in US$ million; latest ").append(latest.get(0)).append('.');
            if (withFigure < span.size()) {
                alt.append(" ").append(withFigure).append(" of the ").append(span.size()).append(' ')
                        .append(PeriodSpan.plural(span.kind())).append(withFigure == 1 ? " has" : " have")
                        .append(" a figure.");
            }
        } else {
            alt.append("Bar chart of trade turnover ").append(by).append(" for ")
                    .append(Figures.listing(pairs.stream().map(Pair::label).toList()))
                    .append(", ").append(range).append(", in US$ million; latest: ")
                    .append(Figures.listing(latest)).append('.');
        }
        return alt.toString();
    }
}
