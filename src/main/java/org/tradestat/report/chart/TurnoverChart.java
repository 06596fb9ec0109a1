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
    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    /** More pairs than this make the clusters unreadable: the largest are shown. */
    static final int MAX_PAIRS = 6;
    /** More periods than this make the bars unreadable: the latest are shown. */
    static final int MAX_PERIODS = 40;

    /** Plot area estimates (display pixels) used to size labels before JFreeChart lays the chart out. */
    private static final double PLOT_WIDTH = WIDTH - 110;
    private static final double PLOT_HEIGHT = HEIGHT - 210;

    private TurnoverChart() {
    }

    static Optional<ChartSpec> build(TradeLevels levels) {
        Map<Pair, Map<Period, Point>> all = new TreeMap<>();
        for (Pair pair : levels.pairs()) {
            Map<Period, Point> series = levels.series(pair, TradeLevels.TURNOVER);
            if (!series.isEmpty()) {
                all.put(pair, series);
            }
        }
        List<Period> everyFigure = all.values().stream().flatMap(m -> m.keySet().stream()).toList();
        Optional<PeriodKind> kind = PeriodSpan.mostFrequentKind(everyFigure);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        PeriodSpan window = PeriodSpan.covering(kind.get(), everyFigure).orElseThrow().latest(MAX_PERIODS);

        // The pairs with a figure in the window; the largest when there are too many.
        Map<Pair, BigDecimal> totals = new TreeMap<>();
        all.forEach((pair, series) -> series.forEach((period, point) -> {
            if (window.contains(period)) {
                totals.merge(pair, point.usd(), BigDecimal::add);
            }
        }));
        List<Pair> pairs = largest(totals, MAX_PAIRS);
        int pairsLeftOut = totals.size() - pairs.size();
        PeriodSpan span = PeriodSpan.covering(kind.get(), pairs.stream()
                .flatMap(p -> all.get(p).keySet().stream()).filter(window::contains).toList()).orElseThrow();
        boolean earlier = pairs.stream().flatMap(p -> all.get(p).keySet().stream())
                .anyMatch(p -> p.kind() == span.kind() && p.compareTo(span.first()) < 0);

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Point[][] points = new Point[pairs.size()][span.size()];
        boolean anyDerived = false;
        for (int row = 0; row < pairs.size(); row++) {
            Map<Period, Point> series = all.get(pairs.get(row));
            for (int col = 0; col < span.size(); col++) {
                Period period = span.periods().get(col);
                Point p = series.get(period);
                points[row][col] = p;
                dataset.addValue(p == null ? null : Figures.millions(p.usd()), pairs.get(row).label(), period.label());
                if (p != null) {
                    anyDerived |= p.derived();
                }
            }
        }

        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            colours.add(ChartStyle.PALETTE.get(i % ChartStyle.PALETTE.size()));
        }
        LabelLayout layout = FlaggedBarRenderer.layout(points, ChartStyle.labelSlot(PLOT_WIDTH, span.size(), pairs.size()));
        FlaggedBarRenderer renderer = new FlaggedBarRenderer(colours, points, layout.mode());

        PeriodCategoryAxis domain = new PeriodCategoryAxis(null, span, PLOT_WIDTH);
        domain.setCategoryMargin(ChartStyle.categoryMargin(pairs.size()));
        NumberAxis range = ChartStyle.millionsAxis("US$ million");
        ChartStyle.niceTicks(range, 0, maxMillions(points), headroomMargin(layout.headroomPx(), PLOT_HEIGHT), 0);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.stylePlot(plot);

        JFreeChart chart = new JFreeChart(TITLE, ChartStyle.TITLE_FONT, plot, false);
        ChartStyle.styleChart(chart, subtitle(span, earlier, hasEmptySlot(points)));

        List<String> notes = new ArrayList<>();
        boolean labelled = layout.mode() != FlaggedBarRenderer.LabelMode.NONE;
        String marks = Figures.marksNote(Arrays.stream(points).flatMap(Arrays::stream).toList(), labelled,
                derivedExample(span.kind()), labelled ? "hatched bars labelled (derived)" : "hatched bars");
        if (!marks.isEmpty()) {
            notes.add(marks);
        }
        List<Pair> offAxis = all.keySet().stream().filter(p -> !totals.containsKey(p)).toList();
        String notShown = notShownNote(all, pairs, span, pairsLeftOut, offAxis);
        if (!notShown.isEmpty()) {
            notes.add(notShown);
        }
        if (!notes.isEmpty()) {
            ChartStyle.addNote(chart, String.join(" ", notes));
        }
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            legend.add(ChartStyle.boxLegendItem(pairs.get(i).label(), colours.get(i)));
        }
        if (anyDerived) {
            legend.add(ChartStyle.derivedLegendItem("Derived figure (hatched)"));
        }
        ChartStyle.addLegend(chart, legend);
        String alt = altText(pairs, all, span);
        int notDrawn = pairsLeftOut + offAxis.size();
        if (notDrawn > 0) {
            alt += " " + notDrawn + (notDrawn == 1 ? " other pair is" : " other pairs are") + " not shown.";
        }
        return Optional.of(new ChartSpec(NAME, TITLE, alt, chart, WIDTH, HEIGHT));
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
                    max = Math.max(max, Figures.millions(p.usd()));
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
                    min = Math.min(min, Figures.millions(p.usd()));
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
