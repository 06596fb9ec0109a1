package org.tradestat.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.chart.FlaggedBarRenderer.LabelLayout;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;

/**
 * A bar chart of levels over time, one bar colour per series (e.g. an investor–host pair and measure), on an axis of
 * every period of the kind with the most figures, so that gaps in time show as empty slots. Used for investment and
 * company counts; qualified figures are labelled "≥", "~", "≤", derived ones hatched.
 */
final class LevelsChart {

    static final int MAX_SERIES = 6;
    static final int MAX_PERIODS = 40;

    private LevelsChart() {
    }

    /** One series: its legend label, its figures and the pair it is of, which gives its colour. */
    record Series(String label, Map<Period, Level> points, Pair pair) {
    }

    /**
     * What the chart is.
     *
     * @param name       file name without extension
     * @param title      chart title
     * @param format     how figures are written
     * @param axisLabel  the value axis label, with the unit
     * @param unitPhrase e.g. "in US$ million" or "number of companies", after the period range in the subtitle
     * @param what       what the bars are, for the alt text: "investment", "company counts"
     * @param pairsAre   a sentence on how to read the pairs, for the subtitle
     */
    record Spec(String name, String title, ValueFormat format, String axisLabel, String unitPhrase, String what,
                String pairsAre) {
    }

    /**
     * @param extraNotes     sentences for the note under the legend (what a measure means), before the marks' note
     * @param countryColours the run's colours by country: a series takes its pair's country colour, or, when another
     *                       series shown has it (two measures of one pair), the same colour with the dots the other
     *                       way round, or else the first fill no series has
     */
    static Optional<ChartSpec> build(Spec spec, List<Series> input, List<String> extraNotes,
                                     CountryColours countryColours) {
        Map<String, Map<Period, Level>> all = new TreeMap<>();
        Map<String, Pair> pairOf = new TreeMap<>();
        for (Series s : input) {
            if (!s.points().isEmpty()) {
                all.put(s.label(), new TreeMap<>(s.points()));
                pairOf.put(s.label(), s.pair());
            }
        }
        List<Period> everyFigure = all.values().stream().flatMap(m -> m.keySet().stream()).toList();
        Optional<PeriodKind> kind = PeriodSpan.mostFrequentKind(everyFigure);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        ChartSelection<String> selection = ChartSelection.of(ChartSelection.periodsOf(all), kind.get(),
                MAX_PERIODS, MAX_SERIES, (label, period) -> all.get(label).get(period).value().abs()).orElseThrow();
        List<String> labels = selection.shown();
        PeriodSpan span = selection.span();

        BarGrid bars = BarGrid.of(labels, labels.stream().map(all::get).toList(), span.periods());
        Level[][] points = bars.points();
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Color c = countryColours.of(pairOf.get(labels.get(i)));
            if (colours.contains(c)) {
                c = BarFills.toggled(c);
            }
            if (colours.contains(c)) {
                c = BarFills.firstUnused(colours).orElse(c);
            }
            colours.add(c);
        }
        LabelLayout layout = FlaggedBarRenderer.layout(points,
                ChartStyle.labelSlot(ChartStyle.PLOT_WIDTH, span.size(), labels.size()), spec.format());
        FlaggedBarRenderer renderer = new FlaggedBarRenderer(colours, points, layout.mode(), spec.format());
        if (span.size() * labels.size() <= 2) {
            // One or two bars: keep them from spreading across the whole plot.
            renderer.setMaximumBarWidth(0.12);
        }
        PeriodCategoryAxis domain = new PeriodCategoryAxis(null, span, ChartStyle.PLOT_WIDTH);
        domain.setCategoryMargin(ChartStyle.categoryMargin(labels.size()));
        double max = bars.max(spec.format());
        double min = bars.min(spec.format());
        NumberAxis range;
        double margin = ChartStyle.headroomMargin(layout.headroomPx(), ChartStyle.PLOT_HEIGHT);
        if (spec.format() == ValueFormat.COUNT) {
            range = ChartStyle.countAxis(spec.axisLabel());
            ChartStyle.countTicks(range, max, margin);
        } else {
            range = ChartStyle.millionsAxis(spec.axisLabel());
            ChartStyle.niceTicks(range, min, max, margin, 0.08);
        }
        CategoryPlot plot = new CategoryPlot(bars.dataset(spec.format()), domain, range, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        ChartStyle.stylePlot(plot);

        boolean gaps = bars.hasEmptySlot() && span.size() > 1;
        int figures = bars.figures().size();
        String count = figures <= 3 ? "; " + figures + (figures == 1 ? " figure" : " figures") + " in the input" : "";
        String subtitle = PeriodSpan.adjective(span.kind()) + " figures, " + span.rangeText()
                + selection.latestOnly() + ", " + spec.unitPhrase() + count + ". " + spec.pairsAre()
                + (gaps ? " An empty slot means no figure for that " + PeriodSpan.noun(span.kind()) + "." : "");

        List<String> notes = new ArrayList<>(extraNotes);
        boolean labelled = layout.mode() != FlaggedBarRenderer.LabelMode.NONE;
        notes.add(Figures.marksNote(bars.figures(), labelled, "",
                labelled ? "hatched bars labelled (derived)" : "hatched bars"));
        notes.add(ChartNotes.notShown(all, labels, span, spec.format(),
                new ChartNotes.LeftOut(selection.smaller(), selection.offAxis(), "series", "series", 4)));
        String alt = altText(spec, labels, all, span)
                + Figures.othersNotShown(selection.notDrawn(), "series", "series");
        return Optional.of(ChartSpec.compose(spec.name(), spec.title(), plot, subtitle, bars.legend(colours), notes,
                ChartStyle.NOTE_LINES, alt, ChartStyle.HEIGHT));
    }

    static String altText(Spec spec, List<String> labels, Map<String, Map<Period, Level>> all, PeriodSpan span) {
        Map<String, Level> latest = new LinkedHashMap<>();
        for (String label : labels) {
            for (Level p : all.get(label).values()) {
                if (span.contains(p.period())) {
                    latest.put(label, p);
                }
            }
        }
        List<String> said = new ArrayList<>();
        latest.forEach((label, p) -> {
            String note = Figures.periodNote(p);
            String billions = spec.format() == ValueFormat.MILLIONS ? Figures.billions(p.value()) : "";
            if (!billions.isEmpty()) {
                note = note.substring(0, note.length() - 1) + "; " + billions + ")";
            }
            said.add(label + " " + spec.format().spoken(p) + " " + note);
        });
        String unit = spec.unitPhrase().startsWith("in ") ? ", " + spec.unitPhrase() : "";
        return "Bar chart of " + spec.what() + " by " + PeriodSpan.noun(span.kind()) + ", " + span.rangeText() + unit
                + "; latest: " + Figures.listing(said) + ".";
    }
}
