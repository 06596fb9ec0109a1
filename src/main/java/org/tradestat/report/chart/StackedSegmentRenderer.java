package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Stacked bars whose segments carry their own labels, so that a reader (or a greyscale print) need not match colours
 * to the legend: each segment is written inside with the first of its candidate labels that fits (e.g.
 * {@code KAZ 61.2%}, else {@code 61.2%}, else nothing; a candidate may have two lines), in white on dark fills and black on light ones. Segments are
 * parted by thin white lines; derived segments are light with diagonal hatching, their label on a white patch.
 * Vertical stacks may have their total written above them.
 */
final class StackedSegmentRenderer extends StackedBarRenderer {

    private static final long serialVersionUID = 1L;

    /** The label candidates of a segment, longest first; empty for none. */
    @FunctionalInterface
    interface Labels {
        List<String> of(int row, int column);
    }

    /** The text above a stack; null for none. */
    @FunctionalInterface
    interface Totals {
        String of(int column);
    }

    /** Whether a segment is derived (hatched). */
    @FunctionalInterface
    interface Derived {
        boolean test(int row, int column);
    }

    private final List<Color> colours;
    private final transient Labels labels;
    private final transient Totals totals;
    private final transient Derived derived;

    StackedSegmentRenderer(List<Color> colours, Labels labels, Totals totals, Derived derived) {
        this.colours = List.copyOf(colours);
        this.labels = labels;
        this.totals = totals;
        this.derived = derived;
        setBarPainter(new SegmentPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        for (int row = 0; row < colours.size(); row++) {
            setSeriesPaint(row, colours.get(row));
            setSeriesOutlinePaint(row, Color.WHITE);
            setSeriesOutlineStroke(row, new BasicStroke(1.0f));
        }
        setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        setDefaultItemLabelsVisible(true);
        setDefaultItemLabelFont(ChartStyle.ITEM_LABEL_FONT);
        setDefaultItemLabelPaint(ChartStyle.TEXT);
    }

    Color colour(int row) {
        return colours.get(row % colours.size());
    }

    boolean derived(int row, int column) {
        return derived != null && derived.test(row, column);
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        List<String> candidates = labels == null ? List.of() : labels.of(row, column);
        if (candidates.isEmpty()) {
            return;
        }
        g2.setFont(ChartStyle.ITEM_LABEL_FONT);
        FontMetrics fm = g2.getFontMetrics();
        double lineHeight = fm.getAscent() + fm.getDescent();
        for (String text : candidates) {
            String[] lines = text.split("\n");
            double width = 0;
            for (String line : lines) {
                width = Math.max(width, fm.getStringBounds(line, g2).getWidth());
            }
            double height = lines.length * lineHeight;
            if (width + 6 > bar.getWidth() || height + 2 > bar.getHeight()) {
                continue;
            }
            float x = (float) bar.getCenterX();
            boolean hatched = derived(row, column);
            if (hatched) {
                g2.setPaint(Color.WHITE);
                g2.fill(new Rectangle2D.Double(x - width / 2 - 2, bar.getCenterY() - height / 2, width + 4, height));
            } else if (BarFills.dotted(colour(row))) {
                // the label on the plain colour: dots through the letters made them hard to read
                g2.setPaint(colour(row));
                g2.fill(new Rectangle2D.Double(x - width / 2 - 2, bar.getCenterY() - height / 2, width + 4, height));
            }
            g2.setPaint(hatched ? ChartStyle.TEXT : ChartStyle.textOn(colour(row)));
            float y = (float) (bar.getCenterY() - height / 2);
            for (String line : lines) {
                TextUtils.drawAlignedString(line, g2, x, y, TextAnchor.TOP_CENTER);
                y += (float) lineHeight;
            }
            return;
        }
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (totals == null || pass != getPassCount() - 1 || row != dataset.getRowCount() - 1
                || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return;
        }
        String text = totals.of(column);
        if (text == null) {
            return;
        }
        double sum = 0;
        for (int r = 0; r < dataset.getRowCount(); r++) {
            Number v = dataset.getValue(r, column);
            if (v != null && v.doubleValue() > 0) {
                sum += v.doubleValue();
            }
        }
        double x = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
        double y = rangeAxis.valueToJava2D(sum, dataArea, plot.getRangeAxisEdge());
        g2.setFont(ChartStyle.TOTAL_LABEL_FONT);
        g2.setPaint(ChartStyle.TEXT);
        TextUtils.drawAlignedString(text, g2, (float) x, (float) (y - 4), TextAnchor.BOTTOM_CENTER);
    }

    /** Solid segments parted by white lines; derived segments light and hatched in the segment's colour. */
    private static final class SegmentPainter implements BarPainter {

        @Override
        public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                             RectangleEdge base) {
            StackedSegmentRenderer r = (StackedSegmentRenderer) renderer;
            Color colour = r.colour(row);
            boolean hatched = r.derived(row, column);
            BarFills.fillBar(g2, bar, colour, hatched);
            g2.setStroke(renderer.getItemOutlineStroke(row, column));
            g2.setPaint(Color.WHITE);
            g2.draw(bar);
        }

        @Override
        public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                                   RectangleEdge base, boolean pegShadow) {
            // no shadows
        }
    }
}
