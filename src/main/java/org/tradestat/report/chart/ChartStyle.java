package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The look shared by all Tradestat charts: white background, DejaVu (the logical sans-serif font), and a palette whose
 * colours also differ in lightness, so that a greyscale print still tells them apart.
 */
final class ChartStyle {

    /**
     * Dark blue (about 22% grey), orange (about 55%), light grey (about 74%), plum (about 33%), sand (about 86%) and
     * teal (about 45%): six lightness levels at least ten points apart, and neighbours in the list far apart, so that
     * adjacent bars and stacked segments stay distinct in a greyscale print.
     */
    static final List<Color> PALETTE = List.of(
            new Color(0x12436D), new Color(0xF46A25), new Color(0xBDBDBD),
            new Color(0x9B2D5A), new Color(0xEBDFA5), new Color(0x26978A));

    static final Color EXPORT = PALETTE.get(0);
    static final Color IMPORT = PALETTE.get(1);
    static final Color BALANCE = new Color(0x262626);

    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED_TEXT = new Color(0x505050);
    static final Color AXIS_LINE = new Color(0x7F7F7F);
    static final Color GRID = new Color(0xDDDDDD);

    /** Every chart's width in display pixels, and the height of one with a single plot. */
    static final int WIDTH = 900;
    static final int HEIGHT = 500;
    /** Plot area estimates (display pixels) used to size labels before JFreeChart lays the chart out. */
    static final double PLOT_WIDTH = WIDTH - 110;
    static final double PLOT_HEIGHT = HEIGHT - 210;
    /** How many lines of notes a chart holds under its legend. */
    static final int NOTE_LINES = 4;

    /** The logical sans-serif font: DejaVu Sans here, and {@code sans-serif} in the SVG. */
    private static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FAMILY, Font.BOLD, 19);
    static final Font SUBTITLE_FONT = new Font(FAMILY, Font.PLAIN, 13);
    static final Font AXIS_LABEL_FONT = new Font(FAMILY, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(FAMILY, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(FAMILY, Font.PLAIN, 12);
    static final Font ITEM_LABEL_FONT = new Font(FAMILY, Font.PLAIN, 11);
    static final Font TOTAL_LABEL_FONT = new Font(FAMILY, Font.BOLD, 12);
    static final Font PANEL_HEADING_FONT = new Font(FAMILY, Font.BOLD, 14);
    static final Font NOTE_FONT = new Font(FAMILY, Font.PLAIN, 11);

    private ChartStyle() {
    }

    /** How text is measured before a chart is drawn (to choose label layouts). */
    static FontRenderContext fontRenderContext() {
        Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g2.getFontRenderContext();
        } finally {
            g2.dispose();
        }
    }

    /** White background, title font, padding, and the subtitle under the title. */
    static void styleChart(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 10, 8, 14));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setFont(TITLE_FONT);
        title.setPaint(TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(2, 4, 2, 4));
        TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT, MUTED_TEXT, RectangleEdge.TOP,
                HorizontalAlignment.LEFT, VerticalAlignment.TOP, new RectangleInsets(2, 4, 10, 4));
        chart.addSubtitle(sub);
    }

    /** The legend, drawn from the given items under the plot. */
    static void addLegend(JFreeChart chart, List<LegendItem> items) {
        LegendItemCollection collection = new LegendItemCollection();
        items.forEach(collection::add);
        LegendTitle legend = new LegendTitle(() -> collection);
        legend.setItemFont(LEGEND_FONT);
        legend.setItemPaint(TEXT);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        legend.setMargin(new RectangleInsets(6, 0, 0, 0));
        chart.addSubtitle(legend);
    }

    /** The notes under the legend, the empty ones left out, as one paragraph wrapped to the chart's width. */
    static void addNotes(JFreeChart chart, List<String> notes, int maxLines) {
        List<String> said = notes.stream().filter(note -> !note.isEmpty()).toList();
        if (said.isEmpty()) {
            return;
        }
        TextTitle t = new TextTitle(String.join(" ", said), NOTE_FONT, MUTED_TEXT, RectangleEdge.BOTTOM,
                HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(6, 4, 0, 4));
        t.setMaximumLinesToDisplay(maxLines);
        chart.addSubtitle(t);
    }

    static void stylePlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(AXIS_LINE);
        plot.setRangeZeroBaselineStroke(new BasicStroke(1.0f));
        plot.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    }

    static void styleCategoryAxis(CategoryAxis axis) {
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setCategoryMargin(categoryMargin(1));
    }

    /** Space between clusters: wider for single bars, narrower when bars stand in clusters. */
    static double categoryMargin(int seriesCount) {
        return seriesCount <= 1 ? 0.25 : 0.18;
    }

    /**
     * The width in display pixels a value label may take above its bar: the distance between neighbouring bars, as
     * far as it can be known before JFreeChart lays the chart out.
     */
    static double labelSlot(double plotWidthPx, int categories, int seriesCount) {
        double axisShare = 1 - 0.02 - 0.02;
        if (seriesCount <= 1) {
            return plotWidthPx * axisShare / categories;
        }
        return plotWidthPx * (axisShare - categoryMargin(seriesCount)) / ((double) categories * seriesCount);
    }

    /**
     * Fixes the range and a round tick unit giving about seven gridlines over the data, plus those in the headroom
     * (JFreeChart's own choice packs them as tightly as the labels allow).
     */
    static void niceTicks(NumberAxis axis, double min, double max, double upperMargin, double lowerMargin) {
        double lo = Math.min(0, min);
        double hi = Math.max(0, max);
        if (hi - lo <= 0) {
            hi = lo + 1;
        }
        double length = hi - lo;
        double upper = hi + length * upperMargin;
        double lower = lo < 0 ? lo - length * lowerMargin : 0;
        double unit = niceUnit(length / 7);
        axis.setAutoRange(false);
        axis.setRange(lower < 0 ? Math.floor(lower / unit) * unit : 0, upper);
        axis.setTickUnit(new NumberTickUnit(unit, new DecimalFormat("#,##0.###", Figures.symbols())));
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code raw}. */
    static double niceUnit(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= raw * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A value axis in the charts' fonts, without an axis line or tick marks (the gridlines stand for them). */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    /** A value axis in US$ million: whole numbers with grouping, the label carrying the unit. */
    static NumberAxis millionsAxis(String label) {
        NumberAxis axis = valueAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", Figures.symbols()));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** A value axis of counts: whole numbers with grouping. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = millionsAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0", Figures.symbols()));
        return axis;
    }

    /** Like {@link #niceTicks} from zero, with whole-number ticks (no gridline at 2.5 events). */
    static void countTicks(NumberAxis axis, double max, double upperMargin) {
        double hi = Math.max(1, max);
        double unit = Math.max(1, niceUnit(hi / 7));
        if (unit == 2.5) {
            unit = 2;
        }
        axis.setAutoRange(false);
        axis.setRange(0, hi + hi * upperMargin);
        axis.setTickUnit(new NumberTickUnit(unit, new DecimalFormat("#,##0", Figures.symbols())));
    }

    /** The range axis margin that leaves {@code headroomPx} above the tallest bar for its label. */
    static double headroomMargin(double headroomPx, double plotHeightPx) {
        double needed = Math.min(headroomPx, plotHeightPx * 0.45);
        double margin = needed / (plotHeightPx - needed);
        return Math.max(0.06, margin);
    }

    /** Perceived lightness, 0 (black) to 1 (white), as a greyscale print renders the colour. */
    static double lightness(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
    }

    /** Text colour that reads on the given fill: white on dark fills, near-black on light ones. */
    static Color textOn(Color fill) {
        return lightness(fill) < 0.5 ? Color.WHITE : TEXT;
    }
}
