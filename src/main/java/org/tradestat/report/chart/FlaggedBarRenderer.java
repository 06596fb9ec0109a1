package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.tradestat.report.model.Level;

/**
 * Bars that show how a figure came about without relying on colour: a derived figure is a light bar with diagonal
 * hatching, and its label says "(derived)"; an approximate figure's label starts with "~" (at least: "≥", at most:
 * "≤"). Labels sit above the bars, as two short lines when they fit across the bar's slot, else turned upright, else
 * (very crowded charts) left out.
 */
final class FlaggedBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    static final String DERIVED_WORD = "(derived)";
    private static final double LABEL_GAP = 4.0;

    /** How the value labels are drawn. */
    enum LabelMode {
        /** Value over "(derived)", horizontal. */
        STACKED,
        /** One line turned upright: "~306.5 (derived)". */
        UPRIGHT,
        /** No labels: the bars are too thin. */
        NONE
    }

    private final List<Color> seriesColours;
    private final Level[][] points;
    private final LabelMode labelMode;
    private final ValueFormat format;
    private boolean labelHalo;
    private boolean barsHidden;

    /**
     * @param seriesColours colour of each row (series) of the dataset
     * @param points        the figure behind each bar, {@code [row][column]}, null where there is none
     * @param labelMode     how to draw the value labels
     * @param format        how the labels write the figures (US$ million, counts)
     */
    FlaggedBarRenderer(List<Color> seriesColours, Level[][] points, LabelMode labelMode, ValueFormat format) {
        this.seriesColours = List.copyOf(seriesColours);
        this.points = points;
        this.labelMode = labelMode;
        this.format = format;
        setBarPainter(new HatchingBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        setItemMargin(0.02);
        setMaximumBarWidth(0.10);
        for (int row = 0; row < seriesColours.size(); row++) {
            setSeriesPaint(row, seriesColours.get(row));
            setSeriesOutlinePaint(row, BarFills.dark(seriesColours.get(row)));
            setSeriesOutlineStroke(row, new BasicStroke(1.0f));
        }
        setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        setDefaultItemLabelsVisible(labelMode != LabelMode.NONE);
        setDefaultItemLabelFont(ChartStyle.ITEM_LABEL_FONT);
        setDefaultItemLabelPaint(ChartStyle.TEXT);
    }

    /**
     * Whether value labels are drawn on a white patch, so that lines drawn over the bars (a trend) do not cross the
     * text.
     */
    void setLabelHalo(boolean halo) {
        this.labelHalo = halo;
    }

    /**
     * A renderer of the same bars that draws only their value labels, on white patches. Given a dataset rendered after
     * a line (the balance), it puts the labels over the line while the bars stay under it.
     */
    FlaggedBarRenderer labelsOnly() {
        FlaggedBarRenderer r = new FlaggedBarRenderer(seriesColours, points, labelMode, format);
        r.barsHidden = true;
        r.setDrawBarOutline(false);
        r.setLabelHalo(true);
        r.setItemMargin(getItemMargin());
        r.setMaximumBarWidth(getMaximumBarWidth());
        return r;
    }

    private void halo(Graphics2D g2, Shape textBounds) {
        if (labelHalo) {
            Paint paint = g2.getPaint();
            g2.setPaint(Color.WHITE);
            g2.fill(textBounds.getBounds2D().getBounds2D());
            g2.setPaint(paint);
        }
    }

    /** The lines of the label of one figure in the given mode. */
    static List<String> labelLines(Level p, LabelMode mode, ValueFormat format) {
        List<String> lines = new ArrayList<>();
        String value = format.marked(p);
        if (mode == LabelMode.STACKED) {
            lines.add(value);
            if (p.derived()) {
                lines.add(DERIVED_WORD);
            }
        } else {
            lines.add(p.derived() ? value + " " + DERIVED_WORD : value);
        }
        return lines;
    }

    /**
     * Picks the label mode for bars of the given width in pixels and the pixels of plot height each mode needs above
     * the tallest bar.
     */
    static LabelLayout layout(Level[][] points, double barSlotPx, ValueFormat format) {
        FontRenderContext frc = ChartStyle.fontRenderContext();
        Font font = ChartStyle.ITEM_LABEL_FONT;
        double lineHeight = font.getLineMetrics("0~(", frc).getHeight();
        double widestStacked = 0;
        double widestUpright = 0;
        int stackedLines = 1;
        for (Level[] row : points) {
            for (Level p : row) {
                if (p == null) {
                    continue;
                }
                List<String> stacked = labelLines(p, LabelMode.STACKED, format);
                stackedLines = Math.max(stackedLines, stacked.size());
                for (String line : stacked) {
                    widestStacked = Math.max(widestStacked, font.getStringBounds(line, frc).getWidth());
                }
                for (String line : labelLines(p, LabelMode.UPRIGHT, format)) {
                    widestUpright = Math.max(widestUpright, font.getStringBounds(line, frc).getWidth());
                }
            }
        }
        if (widestStacked + 4 <= barSlotPx) {
            return new LabelLayout(LabelMode.STACKED, stackedLines * lineHeight + LABEL_GAP + 2);
        }
        if (lineHeight + 1 <= barSlotPx) {
            return new LabelLayout(LabelMode.UPRIGHT, widestUpright + LABEL_GAP + 4);
        }
        return new LabelLayout(LabelMode.NONE, 0);
    }

    /** A label mode and the headroom in pixels it needs above the bars. */
    record LabelLayout(LabelMode mode, double headroomPx) {
    }

    Level pointAt(int row, int column) {
        if (row < 0 || row >= points.length || column < 0 || column >= points[row].length) {
            return null;
        }
        return points[row][column];
    }

    Color colour(int row) {
        return seriesColours.get(row % seriesColours.size());
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
        Level p = pointAt(row, column);
        if (p == null || labelMode == LabelMode.NONE) {
            return;
        }
        g2.setFont(getItemLabelFont(row, column));
        g2.setPaint(getItemLabelPaint(row, column));
        float x = (float) bar.getCenterX();
        // above a bar that rises from the axis, below one that falls from it
        float y = (float) (negative ? bar.getMaxY() + LABEL_GAP : bar.getMinY() - LABEL_GAP);
        List<String> lines = new ArrayList<>(labelLines(p, labelMode, format));
        if (labelMode == LabelMode.STACKED) {
            FontMetrics fm = g2.getFontMetrics();
            float step = negative ? fm.getAscent() + fm.getDescent() : -(fm.getAscent() + fm.getDescent());
            TextAnchor anchor = negative ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER;
            if (!negative) {
                // stacked upwards from the bar: the last line first
                Collections.reverse(lines);
            }
            for (String line : lines) {
                halo(g2, TextUtils.calcAlignedStringBounds(line, g2, x, y, anchor));
                TextUtils.drawAlignedString(line, g2, x, y, anchor);
                y += step;
            }
        } else {
            TextAnchor anchor = negative ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
            halo(g2, TextUtils.calculateRotatedStringBounds(lines.get(0), g2, x, y, anchor, -Math.PI / 2, anchor));
            TextUtils.drawRotatedString(lines.get(0), g2, x, y, anchor, -Math.PI / 2, anchor);
        }
    }

    /** Paints reported bars solid and derived bars light with diagonal hatching in the series colour. */
    private static final class HatchingBarPainter implements BarPainter {

        @Override
        public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                             RectangleEdge base) {
            FlaggedBarRenderer r = (FlaggedBarRenderer) renderer;
            if (r.barsHidden) {
                return;
            }
            Color colour = r.colour(row);
            Level p = r.pointAt(row, column);
            boolean derived = p != null && p.derived();
            BarFills.fillBar(g2, bar, colour, derived);
            if (renderer.isDrawBarOutline()) {
                g2.setStroke(renderer.getItemOutlineStroke(row, column));
                g2.setPaint(derived ? BarFills.hatchColour(colour) : renderer.getItemOutlinePaint(row, column));
                g2.draw(bar);
            }
        }

        @Override
        public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column,
                                   RectangularShape bar, RectangleEdge base, boolean pegShadow) {
            // no shadows
        }
    }
}
