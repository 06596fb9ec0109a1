package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.tradestat.report.model.Level;

/** The legend entries of the charts: swatches that look like the bars they name (plain, dotted or hatched). */
final class LegendItems {

    private LegendItems() {
    }

    /** The legend entry explaining hatched bars: a hatched square outlined in dark grey. */
    static LegendItem derivedLegendItem(String label) {
        return hatchedLegendItem(label, ChartStyle.BALANCE);
    }

    /**
     * The legend entry of a series: a square of its colour, hatched as its bars are when every figure of it is
     * derived, so that the swatch looks like the bars it names.
     */
    static LegendItem seriesLegendItem(String label, Color colour, boolean allDerived) {
        return allDerived ? hatchedLegendItem(label, colour) : boxLegendItem(label, colour);
    }

    /** Whether a row of figures has some, and only derived, figures. */
    static boolean allDerived(Level[] row) {
        boolean any = false;
        for (Level p : row) {
            if (p != null) {
                if (!p.derived()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static LegendItem hatchedLegendItem(String label, Color colour) {
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        Path2D.Double swatch = new Path2D.Double(square);
        // Clip each hatch line to the square so that the swatch is plain vector lines.
        for (double x = -6 - 12; x < 6; x += 4) {
            Line2D.Double line = clip(new Line2D.Double(x, 6, x + 12, -6), square);
            if (line != null) {
                swatch.append(line, false);
            }
        }
        LegendItem item = new LegendItem(label, null, null, null, true, swatch, true, BarFills.light(colour), true,
                BarFills.hatchColour(colour), new BasicStroke(1.0f), false, new Line2D.Double(), new BasicStroke(1f),
                colour);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /** A filled square legend entry, dotted like its bars when its colour is {@link BarFills#dotted}. */
    static LegendItem boxLegendItem(String label, Paint paint) {
        Rectangle2D square = new Rectangle2D.Double(-6, -6, 12, 12);
        Shape swatch = square;
        if (paint instanceof Color c && BarFills.dotted(c)) {
            // the dots are holes in the swatch: the legend's white background shows through, as on the bars
            Path2D.Double holed = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            holed.append(square, false);
            holed.append(BarFills.dots(square), false);
            swatch = holed;
        }
        LegendItem item = new LegendItem(label, null, null, null, swatch, paint,
                new BasicStroke(1.0f), BarFills.dark((Color) paint));
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /** Clips a 45-degree line to a square centred on the origin; null when it misses. */
    private static Line2D.Double clip(Line2D.Double line, Rectangle2D square) {
        // The lines run from (x, max) to (x + size, min): parametrise by t in [0, 1].
        double x1 = line.x1;
        double y1 = line.y1;
        double dx = line.x2 - line.x1;
        double dy = line.y2 - line.y1;
        double tMin = 0;
        double tMax = 1;
        double[][] bounds = {{-dx, x1 - square.getMinX()}, {dx, square.getMaxX() - x1},
                {-dy, y1 - square.getMinY()}, {dy, square.getMaxY() - y1}};
        for (double[] b : bounds) {
            double p = b[0];
            double q = b[1];
            if (p == 0) {
                if (q < 0) {
                    return null;
                }
            } else {
                double t = q / p;
                if (p < 0) {
                    tMin = Math.max(tMin, t);
                } else {
                    tMax = Math.min(tMax, t);
                }
            }
        }
        if (tMin >= tMax) {
            return null;
        }
        return new Line2D.Double(x1 + tMin * dx, y1 + tMin * dy, x1 + tMax * dx, y1 + tMax * dy);
    }
}
