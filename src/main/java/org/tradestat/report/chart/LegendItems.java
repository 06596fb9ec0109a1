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
        Path2D.Double swatch = new Path2D.Double(new Rectangle2D.Double(-6, -6, 12, 12));
        // Hatch lines rising at 45 degrees, (x + s, 6 - s), each cut to the square so that the swatch is plain vector
        // lines: s runs from where the line enters the square to where it leaves it.
        for (double x = -6 - 12; x < 6; x += 4) {
            double from = Math.max(0, -6 - x);
            double to = Math.min(12, 6 - x);
            if (from < to) {
                swatch.append(new Line2D.Double(x + from, 6 - from, x + to, 6 - to), false);
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
}
