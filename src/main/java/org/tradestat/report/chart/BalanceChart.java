package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradestat.analysis.Value;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.chart.FlaggedBarRenderer.LabelLayout;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;

/**
 * Chart 2: for each pair with both exports and imports in some period, clustered bars of exports and imports and a
 * line of the balance, one panel per pair on a shared time axis.
 */
final class BalanceChart {

    static final String NAME = "exports-imports-balance";
    static final String TITLE = "Exports, imports and balance";
    static final int MAX_PAIRS = 4;
    static final int MAX_PERIODS = TurnoverChart.MAX_PERIODS;

    /** Height of the title, subtitle, legend, notes and time axis; each panel adds {@link #PANEL_HEIGHT}. */
    private static final int FRAME_HEIGHT = 230;
    private static final int PANEL_HEIGHT = 290;

    private BalanceChart() {
    }

    /** The figures of one pair on the chart, and its panel's bars (exports, imports) and balance line. */
    private record PairFigures(Pair pair, Map<Period, Level> exports, Map<Period, Level> imports,
                               Map<Period, Level> balance, BarGrid bars, BarGrid line) {
    }

    static Optional<ChartSpec> build(TradeFacts trade) {
        Map<Pair, List<Period>> both = new TreeMap<>();
        for (Pair pair : trade.totalPairs()) {
            Map<Period, Level> exports = trade.allGoods(pair, TradeFacts.EXPORT);
            Map<Period, Level> imports = trade.allGoods(pair, TradeFacts.IMPORT);
            List<Period> common = exports.keySet().stream().filter(imports::containsKey).toList();
            if (!common.isEmpty()) {
                both.put(pair, common);
            }
        }
        Optional<PeriodKind> kind = PeriodSpan.mostFrequentKind(both.values().stream().flatMap(List::stream)
                .toList());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        // Pairs with both flows in a period of the window; the largest when there are too many.
        ChartSelection<Pair> selection = ChartSelection.of(both, kind.get(), MAX_PERIODS, MAX_PAIRS, (pair, p) ->
                trade.allGoods(pair, TradeFacts.EXPORT).get(p).value()
                        .add(trade.allGoods(pair, TradeFacts.IMPORT).get(p).value())).orElseThrow();
        List<Pair> pairs = selection.shown();
        int pairsLeftOut = selection.notDrawn();
        PeriodSpan span = selection.span();

        List<PairFigures> figures = new ArrayList<>();
        for (Pair pair : pairs) {
            Map<Period, Level> exports = trade.allGoods(pair, TradeFacts.EXPORT);
            Map<Period, Level> imports = trade.allGoods(pair, TradeFacts.IMPORT);
            Map<Period, Level> reportedBalance = trade.allGoods(pair, TradeFacts.BALANCE);
            Map<Period, Level> balance = new TreeMap<>();
            for (Period p : span.periods()) {
                Level b = reportedBalance.get(p);
                if (b == null && exports.containsKey(p) && imports.containsKey(p)) {
                    b = difference(exports.get(p), imports.get(p));
                }
                if (b != null) {
                    balance.put(p, b);
                }
            }
            figures.add(new PairFigures(pair, exports, imports, balance, BarGrid.of(List.of("Exports", "Imports"),
                    List.of(exports, imports), span.periods()), BarGrid.of(List.of("Balance"), List.of(balance),
                    span.periods())));
        }

        int height = Math.max(ChartStyle.HEIGHT, FRAME_HEIGHT + PANEL_HEIGHT * pairs.size());
        double panelHeight = (height - FRAME_HEIGHT) / (double) pairs.size() - 20;

        // One label layout for all panels, so that they look alike.
        Level[][] allBars = figures.stream().flatMap(f -> Arrays.stream(f.bars().points())).toArray(Level[][]::new);
        LabelLayout layout = FlaggedBarRenderer.layout(allBars,
                ChartStyle.labelSlot(ChartStyle.PLOT_WIDTH, span.size(), 2), ValueFormat.MILLIONS);

        CombinedDomainCategoryPlot combined = PanelPlot.onTimeAxis(span, ChartStyle.categoryMargin(2));
        for (PairFigures f : figures) {
            panel(f, layout, panelHeight).addTo(combined);
        }
        ChartStyle.stylePlot(combined);

        String subtitle = subtitle(selection, figures.size() > 1);
        List<Level> all = new ArrayList<>();
        figures.forEach(f -> all.addAll(f.bars().figures()));
        figures.forEach(f -> all.addAll(f.balance().values()));
        List<String> notes = new ArrayList<>();
        boolean labelled = layout.mode() != FlaggedBarRenderer.LabelMode.NONE;
        notes.add(Figures.marksNote(all, labelled, "", labelled
                ? "hatched bars labelled (derived) and hollow balance markers"
                : "hatched bars and hollow balance markers"));
        if (figures.stream().anyMatch(f -> f.bars().hasEmptySlot())) {
            notes.add("An empty slot means no figure for that " + PeriodSpan.noun(span.kind()) + ".");
        }
        if (pairsLeftOut > 0) {
            notes.add("Not shown: " + pairsLeftOut + (pairsLeftOut == 1 ? " other pair" : " other pairs")
                    + " with both exports and imports (smaller, or with "
                    + PeriodSpan.adjective(span.kind()).toLowerCase() + " figures outside this range).");
        }
        List<LegendItem> legend = new ArrayList<>();
        legend.add(LegendItems.boxLegendItem("Exports", ChartStyle.EXPORT));
        legend.add(LegendItems.boxLegendItem("Imports", ChartStyle.IMPORT));
        legend.add(BalanceRenderer.legendItem());
        if (all.stream().anyMatch(Level::derived)) {
            legend.add(LegendItems.derivedLegendItem("Derived figure (hatched bar, hollow marker)"));
        }
        String alt = altText(figures, span) + Figures.othersNotShown(pairsLeftOut, "pair", "pairs");
        return Optional.of(ChartSpec.compose(NAME, TITLE, combined, subtitle, legend, notes, ChartStyle.NOTE_LINES,
                alt, height));
    }

    /** Export minus import, with the qualifier and derivation that carry over. */
    static Level difference(Level exports, Level imports) {
        Value e = new Value(exports.value(), exports.qualifier(), exports.derived());
        Value i = new Value(imports.value(), imports.qualifier(), imports.derived());
        Value b = e.minus(i);
        return new Level(exports.period(), b.amount(), b.flags());
    }

    private static PanelPlot panel(PairFigures f, LabelLayout layout, double panelHeight) {
        DefaultCategoryDataset bars = f.bars().dataset(ValueFormat.MILLIONS);
        FlaggedBarRenderer barRenderer = new FlaggedBarRenderer(List.of(ChartStyle.EXPORT, ChartStyle.IMPORT),
                f.bars().points(), layout.mode(), ValueFormat.MILLIONS);
        NumberAxis range = ChartStyle.millionsAxis("US$ million");
        double max = Math.max(f.bars().max(ValueFormat.MILLIONS), f.line().max(ValueFormat.MILLIONS));
        double min = Math.min(f.bars().min(ValueFormat.MILLIONS), f.line().min(ValueFormat.MILLIONS));
        ChartStyle.niceTicks(range, min, max, ChartStyle.headroomMargin(layout.headroomPx(), panelHeight), 0.08);
        PanelPlot plot = new PanelPlot(f.pair().label(), bars, null, range, barRenderer);
        plot.setDataset(1, f.line().dataset(ValueFormat.MILLIONS));
        plot.setRenderer(1, new BalanceRenderer(Arrays.asList(f.line().points()[0])));
        // The bars' value labels come last, on white patches, so that the balance line and its markers do not cross
        // them; the bars themselves stay under the line.
        plot.setDataset(2, bars);
        plot.setRenderer(2, barRenderer.labelsOnly());
        barRenderer.setDefaultItemLabelsVisible(false);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartStyle.stylePlot(plot);
        return plot;
    }

    private static String subtitle(ChartSelection<Pair> selection, boolean panels) {
        PeriodSpan span = selection.span();
        return PeriodSpan.adjective(span.kind()) + " figures, " + span.rangeText()
                + selection.latestOnly()
                + ", in US$ million. For a pair A\u2013B: A\u2019s exports to B and imports from B."
                + (panels ? " Each pair has its own scale: compare heights within a panel, not across panels." : "");
    }

    static String altText(List<PairFigures> figures, PeriodSpan span) {
        List<String> latest = new ArrayList<>();
        for (PairFigures f : figures) {
            Period last = null;
            for (Period p : span.periods()) {
                if (f.exports().containsKey(p) && f.imports().containsKey(p)) {
                    last = p;
                }
            }
            if (last == null) {
                continue;
            }
            Map<String, Level> parts = new LinkedHashMap<>();
            parts.put("exports", f.exports().get(last));
            parts.put("imports", f.imports().get(last));
            parts.put("balance", f.balance().get(last));
            List<String> said = new ArrayList<>();
            parts.forEach((what, p) -> {
                if (p != null) {
                    said.add(what + " " + ValueFormat.MILLIONS.spoken(p) + (p.derived() ? " (derived)" : ""));
                }
            });
            latest.add(f.pair().label() + " in " + last.label() + ": " + Figures.listing(said));
        }
        String pairs = Figures.listing(figures.stream().map(f -> f.pair().label()).toList());
        return "Bar chart of exports and imports with the trade balance as a line, by " + PeriodSpan.noun(span.kind())
                + ", for " + pairs + ", " + span.rangeText()
                + ", in US$ million; latest " + String.join("; ", latest) + ".";
    }
}
