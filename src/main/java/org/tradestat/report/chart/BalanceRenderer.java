package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.tradestat.report.model.Level;

/** The balance as a dark line with diamond markers; a derived balance has a hollow (white) marker. */
final class BalanceRenderer extends LineAndShapeRenderer {

    private static final long serialVersionUID = 1L;
    private final transient List<Level> points;

    BalanceRenderer(List<Level> points) {
        super(true, true);
        this.points = points;
        setSeriesPaint(0, ChartStyle.BALANCE);
        setSeriesStroke(0, new BasicStroke(2.2f));
        setSeriesShape(0, diamond(6));
        setUseFillPaint(true);
        setUseOutlinePaint(false);
        setDrawOutlines(true);
        setSeriesOutlineStroke(0, new BasicStroke(1.6f));
    }

    @Override
    public Paint getItemFillPaint(int row, int column) {
        Level p = column < points.size() ? points.get(column) : null;
        return p != null && p.derived() ? Color.WHITE : ChartStyle.BALANCE;
    }

    static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    /** The legend entry: a diamond on the dark balance line. */
    static LegendItem legendItem() {
        Line2D.Double lineShape = new Line2D.Double(-12, 0, 12, 0);
        LegendItem item = new LegendItem("Balance (exports \u2212 imports)", null, null, null, true, diamond(5), true,
                ChartStyle.BALANCE, false, ChartStyle.BALANCE, new BasicStroke(1f), true, lineShape,
                new BasicStroke(2.2f), ChartStyle.BALANCE);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }
}
