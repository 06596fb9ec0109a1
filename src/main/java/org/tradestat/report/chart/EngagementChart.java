package org.tradestat.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.EventYear;
import org.tradestat.report.model.EngagementCategory;
import org.tradestat.report.model.Pair;

/**
 * Chart 6: engagement events per year by category, as stacked bars, one panel per pair of countries on a shared year
 * axis and a shared scale. Each segment is labelled with its count when the stack has several categories, and the
 * stack with its total.
 */
final class EngagementChart {

    static final String NAME = "engagement-by-category";
    static final String TITLE = "Engagement events per year, by category";
    static final int MAX_PAIRS = 4;
    static final int MAX_YEARS = 40;

    private static final int FRAME_HEIGHT = 250;
    private static final int PANEL_HEIGHT = 250;

    private EngagementChart() {
    }

    static Optional<ChartSpec> build(AnalysisFacts facts) {
        // pair -> category -> year -> count
        Map<Pair, Map<String, Map<Period, Long>>> byPair = new TreeMap<>();
        for (EventYear y : facts.eventYears()) {
            y.counts().forEach((measure, count) -> {
                if (AnalysisFacts.isCategory(measure) && count > 0) {
                    byPair.computeIfAbsent(y.pair(), p -> new TreeMap<>())
                            .computeIfAbsent(measure, m -> new TreeMap<>()).put(Period.year(y.year()), count);
                }
            });
        }
        if (byPair.isEmpty()) {
            return Optional.empty();
        }
        Map<Pair, Set<Period>> years = new TreeMap<>();
        byPair.forEach((pair, categories) -> categories.values()
                .forEach(counts -> years.computeIfAbsent(pair, p -> new TreeSet<>()).addAll(counts.keySet())));
        ChartSelection<Pair> selection = ChartSelection.of(years, PeriodKind.YEAR, MAX_YEARS, MAX_PAIRS,
                (pair, year) -> BigDecimal.valueOf(byPair.get(pair).values().stream()
                        .mapToLong(counts -> counts.getOrDefault(year, 0L)).sum())).orElseThrow();
        List<Pair> pairs = selection.shown();
        int pairsLeftOut = selection.notDrawn();
        PeriodSpan span = selection.span();

        List<String> present = pairs.stream().flatMap(p -> byPair.get(p).keySet().stream()).toList();
        List<String> categories = facts.categories().stream().filter(present::contains).toList();
        List<Color> colours = new ArrayList<>();
        for (String category : categories) {
            colours.add(colour(category, facts.categories()));
        }
        // counts[pair][category][year]
        long[][][] counts = new long[pairs.size()][categories.size()][span.size()];
        long max = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Map<String, Map<Period, Long>> cats = byPair.get(pairs.get(i));
            for (int col = 0; col < span.size(); col++) {
                long stack = 0;
                for (int row = 0; row < categories.size(); row++) {
                    counts[i][row][col] = cats.getOrDefault(categories.get(row), Map.of())
                            .getOrDefault(span.periods().get(col), 0L);
                    stack += counts[i][row][col];
                }
                max = Math.max(max, stack);
            }
        }

        int height = Math.max(500, FRAME_HEIGHT + PANEL_HEIGHT * pairs.size());
        double panelHeight = (height - FRAME_HEIGHT) / (double) pairs.size() - 20;
        CombinedDomainCategoryPlot combined = PanelPlot.onTimeAxis(span, 0.25);
        double totalHeadroom = ChartStyle.TOTAL_LABEL_FONT.getLineMetrics("0", ChartStyle.fontRenderContext())
                .getHeight() + 8;
        for (int i = 0; i < pairs.size(); i++) {
            long[][] c = counts[i];
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int row = 0; row < categories.size(); row++) {
                for (int col = 0; col < span.size(); col++) {
                    data.addValue(c[row][col] == 0 ? null : Long.valueOf(c[row][col]),
                            EngagementCategory.heading(categories.get(row)), span.periods().get(col).label());
                }
            }
            // Segments name their category where it fits, so that a greyscale print needs no colour matching.
            StackedSegmentRenderer renderer = new StackedSegmentRenderer(colours, (row, col) -> {
                        if (c[row][col] == 0) {
                            return List.of();
                        }
                        String word = EngagementCategory.segmentWord(c[row][col], categories.get(row));
                        String n = Long.toString(c[row][col]);
                        return categoriesIn(c, col) > 1 ? List.of(n + " " + word, n + "\n" + word, n)
                                : List.of(word);
                    },
                    col -> total(c, col) > 0 ? Long.toString(total(c, col)) : null, null);
            renderer.setMaximumBarWidth(0.09);
            NumberAxis range = ChartStyle.countAxis("Number of events");
            ChartStyle.countTicks(range, max, ChartStyle.headroomMargin(totalHeadroom, panelHeight));
            PanelPlot panel = new PanelPlot(pairs.get(i).label(), data, null, range, renderer);
            ChartStyle.stylePlot(panel);
            panel.addTo(combined);
        }
        ChartStyle.stylePlot(combined);

        boolean gaps = false;
        for (long[][] c : counts) {
            for (int col = 0; col < span.size(); col++) {
                gaps |= total(c, col) == 0;
            }
        }
        String subtitle = "Events in the input per year, " + span.rangeText() + selection.latestOnly()
                + ", stacked by category; the number above a bar is the year\u2019s total."
                + (pairs.size() > 1 ? " One panel per pair, on the same scale." : "")
                + (gaps ? " An empty slot means no recorded event that year." : "");
        List<String> notes = new ArrayList<>();
        if (categories.contains("agreement")) {
            notes.add("Agreements count the documents signed (ten signed at one summit count as ten).");
        }
        notes.add("Counts cover the events listed in the input\u2019s sources, not a complete record.");
        if (pairsLeftOut > 0) {
            notes.add("Not shown: " + pairsLeftOut + (pairsLeftOut == 1 ? " other pair" : " other pairs")
                    + " with fewer events.");
        }
        List<LegendItem> legend = new ArrayList<>();
        for (int row = 0; row < categories.size(); row++) {
            legend.add(LegendItems.boxLegendItem(EngagementCategory.heading(categories.get(row)), colours.get(row)));
        }

        String alt = altText(pairs, categories, counts, span) + Figures.othersNotShown(pairsLeftOut, "pair", "pairs");
        return Optional.of(ChartSpec.compose(NAME, TITLE, combined, subtitle, legend, notes, ChartStyle.NOTE_LINES,
                alt, height));
    }

    /**
     * The colour of a category, fixed by the category so that it is the same in every chart and every workbook: the
     * palette in the order of {@link AnalysisFacts#CATEGORIES} (visit, agreement, forum, cultural, business, other);
     * a category beyond those takes the next fill by its place among the run's further categories (by name).
     */
    static Color colour(String category, List<String> runCategories) {
        int i = AnalysisFacts.CATEGORIES.indexOf(category);
        if (i < 0) {
            List<String> extra = runCategories.stream().filter(c -> !AnalysisFacts.CATEGORIES.contains(c)).sorted()
                    .toList();
            i = AnalysisFacts.CATEGORIES.size() + Math.max(0, extra.indexOf(category));
        }
        return BarFills.FILLS.get(i % BarFills.FILLS.size());
    }

    private static long total(long[][] c, int col) {
        long sum = 0;
        for (long[] row : c) {
            sum += row[col];
        }
        return sum;
    }

    private static int categoriesIn(long[][] c, int col) {
        int n = 0;
        for (long[] row : c) {
            if (row[col] > 0) {
                n++;
            }
        }
        return n;
    }

    static String altText(List<Pair> pairs, List<String> categories, long[][][] counts, PeriodSpan span) {
        StringBuilder alt = new StringBuilder("Stacked bar chart of engagement events per year by category, ")
                .append(span.rangeText()).append('.');
        for (int i = 0; i < pairs.size(); i++) {
            long[][] c = counts[i];
            Map<String, String> years = new LinkedHashMap<>();
            long all = 0;
            for (int col = 0; col < span.size(); col++) {
                long total = total(c, col);
                if (total == 0) {
                    continue;
                }
                all += total;
                List<String> parts = new ArrayList<>();
                for (int row = 0; row < categories.size(); row++) {
                    if (c[row][col] > 0) {
                        parts.add(EngagementCategory.counted(c[row][col], categories.get(row)));
                    }
                }
                years.put(span.periods().get(col).label(), total + " (" + String.join(", ", parts) + ")");
            }
            alt.append(' ').append(pairs.get(i).label()).append(": ");
            if (years.size() <= 6) {
                List<String> said = new ArrayList<>();
                years.forEach((year, text) -> said.add(year + " " + text));
                alt.append(String.join("; ", said)).append('.');
            } else {
                String lastYear = new ArrayList<>(years.keySet()).get(years.size() - 1);
                alt.append(all).append(" events in ").append(years.size()).append(" years; ")
                        .append(lastYear).append(' ').append(years.get(lastYear)).append('.');
            }
        }
        return alt.toString();
    }
}
