package org.tradestat.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.GroupNames;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.ReportModel;

/**
 * Chart 3: each member's share of a reporter's trade turnover with a group (the {@code share_pct} indicators, basis =
 * the group), as horizontal 100% bars, one bar per period and one panel per reporter and group. Segments are written
 * with the member and its share where they fit, so the chart reads without matching colours.
 */
final class SharesChart {

    static final String NAME = "shares-within-group";
    static final String TITLE = "Shares of trade turnover within a group";
    static final int MAX_PANELS = 3;
    static final int MAX_PERIODS = 6;
    /** Members beyond this many are shown together as "Other members". */
    static final int MAX_MEMBERS = 6;
    static final String OTHERS = "Other members";

    private static final int FRAME_HEIGHT = 260;
    private static final int PANEL_FRAME = 56;
    private static final int BAR_ROW = 46;
    /** A slightly low estimate of the plot's width in pixels (about 820), to tell which segments are too narrow. */
    private static final double NARROW_PLOT_WIDTH = 800;

    private SharesChart() {
    }

    /** A reporter's trade with a group: one panel. */
    record Panel(String reporter, String group) implements Comparable<Panel> {
        String heading() {
            return reporter + "\u2019s trade with " + GroupNames.of(group);
        }

        @Override
        public int compareTo(Panel o) {
            int c = reporter.compareTo(o.reporter);
            return c != 0 ? c : group.compareTo(o.group);
        }
    }

    /** The shares chart, its members coloured by the run's {@link CountryColours}. */
    static Optional<ChartSpec> build(ReportModel model, CountryColours countryColours) {
        // panel -> period -> member -> share (the analysis's shares are all of all-goods turnover)
        Map<Panel, Map<Period, Map<String, Level>>> byPanel = new TreeMap<>();
        for (Indicator share : model.analysis().shares()) {
            Level.of(share).ifPresent(p -> byPanel
                    .computeIfAbsent(new Panel(share.series().reporter(), share.basis()), x -> new TreeMap<>())
                    .computeIfAbsent(p.period(), x -> new TreeMap<>())
                    .merge(share.series().partner(), p, Level::firstReported));
        }
        if (byPanel.isEmpty()) {
            return Optional.empty();
        }
        List<Panel> panels = byPanel.keySet().stream().limit(MAX_PANELS).toList();
        int panelsLeftOut = byPanel.size() - panels.size();
        Map<Panel, List<Period>> periods = new TreeMap<>();
        int olderLeftOut = 0;
        for (Panel panel : panels) {
            List<Period> all = new ArrayList<>(byPanel.get(panel).keySet());
            PeriodKind kind = PeriodSpan.mostFrequentKind(all).orElseThrow();
            List<Period> ofKind = all.stream().filter(p -> p.kind() == kind).sorted().toList();
            List<Period> shown = ofKind.subList(Math.max(0, ofKind.size() - MAX_PERIODS), ofKind.size());
            olderLeftOut += all.size() - shown.size();
            periods.put(panel, shown);
        }

        // Members by their average share over the bars shown, largest first; the smallest merged when too many.
        Map<String, Double> weight = new TreeMap<>();
        int bars = 0;
        for (Panel panel : panels) {
            for (Period period : periods.get(panel)) {
                bars++;
                byPanel.get(panel).get(period).forEach((m, p) -> weight.merge(m, p.value().doubleValue(), Double::sum));
            }
        }
        List<String> members = weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> rows = members.size() <= MAX_MEMBERS ? members
                : new ArrayList<>(members.subList(0, MAX_MEMBERS - 1));
        boolean merged = members.size() > MAX_MEMBERS;
        if (merged) {
            rows.add(OTHERS);
        }
        List<Color> colours = new ArrayList<>();
        for (String member : members.subList(0, merged ? MAX_MEMBERS - 1 : members.size())) {
            colours.add(countryColours.of(member));
        }
        if (merged) {
            // "Other members" is no country: it takes a fill no member shown has
            colours.add(BarFills.firstUnused(colours).orElse(ChartStyle.PALETTE.get(2)));
        }

        NumberAxis range = ChartStyle.valueAxis("Share of the reporter\u2019s turnover with the group (%)");
        range.setAutoRange(false);
        range.setRange(0, 100);
        range.setTickUnit(new NumberTickUnit(10, new DecimalFormat("0'%'", Figures.symbols())));
        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(range);
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        combined.setGap(18);
        int height = FRAME_HEIGHT;
        List<Level> everyShare = new ArrayList<>();
        boolean anyDerived = false;
        for (Panel panel : panels) {
            List<Period> shown = periods.get(panel);
            Level[][] cells = new Level[rows.size()][shown.size()];
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int col = 0; col < shown.size(); col++) {
                Map<String, Level> byMember = byPanel.get(panel).get(shown.get(col));
                for (int row = 0; row < rows.size(); row++) {
                    Level p = OTHERS.equals(rows.get(row))
                            ? others(byMember, rows, shown.get(col)) : byMember.get(rows.get(row));
                    cells[row][col] = p;
                    data.addValue(p == null ? null : p.value().doubleValue(), rows.get(row), shown.get(col).label());
                    if (p != null) {
                        everyShare.add(p);
                        anyDerived |= p.derived();
                    }
                }
            }
            StackedSegmentRenderer renderer = new StackedSegmentRenderer(colours, (row, col) -> {
                Level p = cells[row][col];
                if (p == null) {
                    return List.of();
                }
                String value = ValueFormat.PERCENT.marked(p);
                String who = OTHERS.equals(rows.get(row)) ? "Others" : rows.get(row);
                return List.of(who + " " + value, value, who);
            }, null, (row, col) -> cells[row][col] != null && cells[row][col].derived());
            renderer.setMaximumBarWidth(0.6);
            CategoryAxis domain = new CategoryAxis(null);
            ChartStyle.styleCategoryAxis(domain);
            domain.setCategoryMargin(0.35);
            domain.setLowerMargin(0.08);
            domain.setUpperMargin(0.08);
            PanelPlot plot = new PanelPlot(panel.heading(), data, domain, null, renderer);
            ChartStyle.stylePlot(plot);
            plot.setRangeGridlinesVisible(true);
            combined.add(plot, shown.size() + 1);
            plot.makeRoomForHeading();
            height += PANEL_FRAME + BAR_ROW * shown.size();
        }
        ChartStyle.stylePlot(combined);
        combined.setRangeZeroBaselineVisible(false);

        String subtitle = "Each member\u2019s share of the reporter\u2019s trade turnover with the group\u2019s "
                + "members, in percent; one bar per " + (bars == 1 ? "period" : "period with a share for every member")
                + (panels.size() > 1 ? ", one panel per reporter and group." : ".");
        List<String> notes = new ArrayList<>();
        notes.add("The whole bar is the reporter\u2019s turnover with all members of the group (100%); group totals "
                + "reported as such are not used.");
        notes.add(Figures.marksNote(everyShare, true, "", "hatched segments"));
        notes.add(narrowNote(panels, periods, byPanel, rows));
        List<String> notShown = new ArrayList<>();
        if (olderLeftOut > 0) {
            notShown.add(olderLeftOut + " earlier or other-length period" + (olderLeftOut == 1 ? "" : "s"));
        }
        if (panelsLeftOut > 0) {
            notShown.add(panelsLeftOut + " other reporter" + (panelsLeftOut == 1 ? "" : "s") + " or group"
                    + (panelsLeftOut == 1 ? "" : "s"));
        }
        if (!notShown.isEmpty()) {
            notes.add("Not shown: " + String.join(", ", notShown) + ".");
        }
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            legend.add(LegendItems.boxLegendItem(rows.get(i), colours.get(i)));
        }
        if (anyDerived) {
            legend.add(LegendItems.derivedLegendItem("Derived share (hatched)"));
        }
        return Optional.of(ChartSpec.compose(NAME, TITLE, combined, subtitle, legend, notes, ChartStyle.NOTE_LINES,
                SharesAltText.of(panels, periods, byPanel, panelsLeftOut), height));
    }

    /**
     * The shares whose segments are too narrow for a label, as ranges per member, so that every figure can be read:
     * {@code Too narrow to label: TKM 1.8% to 2.6%, TJK 0.9% to 1.1%.}
     */
    private static String narrowNote(List<Panel> panels, Map<Panel, List<Period>> periods,
                                     Map<Panel, Map<Period, Map<String, Level>>> byPanel, List<String> rows) {
        Map<String, double[]> ranges = new java.util.LinkedHashMap<>();
        for (String member : rows) {
            for (Panel panel : panels) {
                for (Period period : periods.get(panel)) {
                    Level p = byPanel.get(panel).get(period).get(member);
                    if (p == null || p.value().doubleValue() / 100 * NARROW_PLOT_WIDTH
                            >= ChartStyle.ITEM_LABEL_FONT.getStringBounds(ValueFormat.PERCENT.marked(p),
                            ChartStyle.fontRenderContext()).getWidth() + 6) {
                        continue;
                    }
                    double v = p.value().doubleValue();
                    ranges.merge(member, new double[] {v, v}, (a, b) -> new double[] {Math.min(a[0], b[0]),
                            Math.max(a[1], b[1])});
                }
            }
        }
        if (ranges.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        ranges.forEach((member, r) -> {
            String lo = ValueFormat.PERCENT.text(BigDecimal.valueOf(r[0]));
            String hi = ValueFormat.PERCENT.text(BigDecimal.valueOf(r[1]));
            parts.add(member + " " + (lo.equals(hi) ? lo : lo + " to " + hi));
        });
        return "Too narrow to label: " + String.join(", ", parts) + ".";
    }

    /** The members not shown on their own, summed; approximate when any part is qualified or derived. */
    private static Level others(Map<String, Level> byMember, List<String> rows, Period period) {
        BigDecimal sum = null;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (var e : byMember.entrySet()) {
            if (rows.contains(e.getKey())) {
                continue;
            }
            sum = sum == null ? e.getValue().value() : sum.add(e.getValue().value());
            if (e.getValue().flags().stream().anyMatch(f -> f != Flag.REVISED)) { // revised figures are as exact
                flags.add(Flag.APPROX);
            }
            if (e.getValue().derived()) {
                flags.add(Flag.DERIVED);
            }
        }
        return sum == null ? null : new Level(period, sum, flags);
    }
}
