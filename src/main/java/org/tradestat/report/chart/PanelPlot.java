package org.tradestat.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * One panel of a chart of several (a pair, a reporter and group), with its name as a heading above it. The heading is
 * drawn in the plot's top inset: after adding the panel to a combined plot (which zeroes the insets of its subplots),
 * {@link #makeRoomForHeading}, or add it with {@link #addTo}.
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

    /** A plot of panels one above the other (a pair each), on the shared time axis of the span. */
    static CombinedDomainCategoryPlot onTimeAxis(PeriodSpan span, double categoryMargin) {
        PeriodCategoryAxis domain = new PeriodCategoryAxis(null, span, ChartStyle.PLOT_WIDTH);
        domain.setCategoryMargin(categoryMargin);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(domain);
        combined.setGap(16);
        combined.setOrientation(PlotOrientation.VERTICAL);
        return combined;
    }

    /** Adds this panel under those before it, with the room its heading takes. */
    void addTo(CombinedDomainCategoryPlot combined) {
        combined.add(this, 1);
        makeRoomForHeading();
    }

    /** The top inset, where the heading goes: to be set after adding to a combined plot, which zeroes the insets. */
    void makeRoomForHeading() {
        setInsets(new RectangleInsets(HEADING_HEIGHT, 0, 0, 0));
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
