package org.tradestat.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * One panel of a chart of several (a pair, a reporter and group), with its name as a heading above it. The heading is
 * drawn in the plot's top inset: after adding the panel to a combined plot (which zeroes the insets of its subplots),
 * set the top inset to {@link #HEADING_HEIGHT}.
 */
final class PanelPlot extends CategoryPlot {

    private static final long serialVersionUID = 1L;
    static final int HEADING_HEIGHT = 32;
    private final String heading;

    PanelPlot(String heading, CategoryDataset data, CategoryAxis domain, ValueAxis range,
              CategoryItemRenderer renderer) {
        super(data, domain, range, renderer);
        this.heading = heading;
    }

    String heading() {
        return heading;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
                     PlotRenderingInfo state) {
        // CategoryPlot.draw trims its insets off the area it is given, so keep the top left corner first.
        float x = (float) area.getX() + 4;
        float y = (float) area.getY() + 4;
        super.draw(g2, area, anchor, parentState, state);
        g2.setFont(ChartStyle.PANEL_HEADING_FONT);
        g2.setPaint(ChartStyle.TEXT);
        TextUtils.drawAlignedString(heading, g2, x, y, TextAnchor.TOP_LEFT);
    }
}
