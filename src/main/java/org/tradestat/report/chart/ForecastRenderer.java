package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.report.model.Forecast;

/**
 * Draws next-year forecasts on a bar chart of yearly figures: for each pair, a dashed line along its linear trend from
 * the first year fitted to the forecast year (behind the bars; left out when asked, as for many pairs), and at the forecast year a hollow diamond with a whisker for the 95%
 * prediction interval (cut at the axis when it reaches below zero), labelled with the figures when there is room.
 * Each pair's marks sit where its bar would be in the cluster, so they line up with the bars of
 * {@link FlaggedBarRenderer}.
 *
 * <p>The dataset given to the plot holds the forecast value (US$ million) at the forecast year's column and nothing
 * elsewhere; the figures are taken from the {@link Forecast} of each row.
 */
final class ForecastRenderer extends AbstractCategoryItemRenderer {

    private static final long serialVersionUID = 1L;
    static final String LEGEND_LABEL = "Forecast (95% interval)";
    static final String TREND_LEGEND_LABEL = "Linear trend";
    static final Color INK = ChartStyle.BALANCE;
    private static final Stroke WHISKER = new BasicStroke(1.8f);
    static final Stroke TREND = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 4f}, 0f);
    private static final double CAP = 7;
    private static final double LABEL_GAP = 4;

    private final transient List<Forecast> forecasts;
    private final transient List<Period> columns;
    private final List<Color> colours;
    private final double itemMargin;
    private final boolean labelled;
    private final boolean trends;

    /**
     * @param forecasts  the forecast of each row (pair), null where a pair has none
     * @param columns    the period of each column
     * @param colours    each row's bar colour
     * @param itemMargin the item margin of the bar renderer, to place marks where the bars are
     * @param labelled   whether to write the figures next to the marks
     * @param trends     whether to draw the trend lines
     */
    ForecastRenderer(List<Forecast> forecasts, List<Period> columns, List<Color> colours, double itemMargin,
                     boolean labelled, boolean trends) {
        this.forecasts = new ArrayList<>(forecasts);
        this.columns = List.copyOf(columns);
        this.colours = List.copyOf(colours);
        this.itemMargin = itemMargin;
        this.labelled = labelled;
        this.trends = trends;
    }

    /** The two lines of a forecast's label: {@code Forecast 412.3} and {@code 95% interval: 310.2 to 530.8}. */
    static List<String> labelLines(Forecast f) {
        String mark = f.flags().contains(Flag.APPROX) ? "~" : "";
        return List.of("Forecast " + mark + Figures.millionsText(f.value()),
                "95% interval: " + Figures.millionsText(f.lower()) + " to " + Figures.millionsText(f.upper()));
    }

    /** Height in pixels a label needs above the interval's top. */
    static double labelHeadroom() {
        double line = ChartStyle.ITEM_LABEL_FONT.getLineMetrics("0", ChartStyle.fontRenderContext()).getHeight();
        return 2 * line + LABEL_GAP + CAP + 4;
    }

    /** Width in pixels of the widest label line. */
    static double labelWidth(Forecast f) {
        double widest = 0;
        for (String line : labelLines(f)) {
            widest = Math.max(widest, ChartStyle.ITEM_LABEL_FONT.getStringBounds(line, ChartStyle.fontRenderContext())
                    .getWidth());
        }
        return widest;
    }

    /** Where the bar of a row and column stands: the same arithmetic as {@code BarRenderer.calculateBarW0}. */
    private double x(CategoryAxis axis, Rectangle2D area, RectangleEdge edge, int row, int column, int rows) {
        int categories = columns.size();
        if (rows <= 1) {
            return axis.getCategoryMiddle(column, categories, area, edge);
        }
        double space = area.getWidth();
        double factor = 1.0 - itemMargin - axis.getLowerMargin() - axis.getUpperMargin();
        if (categories > 1) {
            factor -= axis.getCategoryMargin();
        }
        double seriesWidth = space * factor / (categories * rows);
        double gap = space * itemMargin / (categories * (rows - 1));
        return axis.getCategoryStart(column, categories, area, edge) + row * (seriesWidth + gap) + seriesWidth / 2;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D area, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (dataset.getValue(row, column) == null || row >= forecasts.size() || forecasts.get(row) == null) {
            return;
        }
        Forecast f = forecasts.get(row);
        RectangleEdge domainEdge = plot.getDomainAxisEdge();
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        int rows = dataset.getRowCount();
        double x = x(domainAxis, area, domainEdge, row, column, rows);
        Color colour = colours.get(row % colours.size());
        Stroke oldStroke = g2.getStroke();

        if (trends && f.slope() != null) {
            int from = column;
            for (int c = column; c >= 0; c--) {
                if (columns.get(c).year() >= f.firstYear()) {
                    from = c;
                }
            }
            if (from < column) {
                double x0 = x(domainAxis, area, domainEdge, row, from, rows);
                double y0 = rangeAxis.valueToJava2D(f.trendAt(columns.get(from).year()) / 1e6, area, rangeEdge);
                double y1 = rangeAxis.valueToJava2D(Figures.millions(f.value()), area, rangeEdge);
                Shape oldClip = g2.getClip();
                g2.clip(area);
                g2.setPaint(BarFills.dark(colour).darker());
                g2.setStroke(TREND);
                g2.draw(new Line2D.Double(x0, y0, x, y1));
                g2.setClip(oldClip);
            }
        }

        double lowerValue = Math.max(Figures.millions(f.lower()), rangeAxis.getLowerBound());
        double yLow = rangeAxis.valueToJava2D(lowerValue, area, rangeEdge);
        double yHigh = rangeAxis.valueToJava2D(Figures.millions(f.upper()), area, rangeEdge);
        double y = rangeAxis.valueToJava2D(Figures.millions(f.value()), area, rangeEdge);
        boolean cut = Figures.millions(f.lower()) < rangeAxis.getLowerBound();
        g2.setPaint(INK);
        g2.setStroke(WHISKER);
        g2.draw(new Line2D.Double(x, yLow, x, yHigh));
        g2.draw(new Line2D.Double(x - CAP, yHigh, x + CAP, yHigh));
        if (!cut) {
            g2.draw(new Line2D.Double(x - CAP, yLow, x + CAP, yLow));
        }
        Shape diamond = AffineTransform.getTranslateInstance(x, y).createTransformedShape(BalanceRenderer.diamond(6.5));
        g2.setPaint(Color.WHITE);
        g2.fill(diamond);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(2.6f));
        g2.draw(diamond);
        g2.setPaint(INK);
        g2.setStroke(new BasicStroke(1.0f));
        g2.draw(AffineTransform.getTranslateInstance(x, y).createTransformedShape(BalanceRenderer.diamond(8.2)));
        g2.setStroke(oldStroke);

        if (labelled) {
            g2.setFont(ChartStyle.ITEM_LABEL_FONT);
            g2.setPaint(ChartStyle.TEXT);
            FontMetrics fm = g2.getFontMetrics();
            float lineHeight = fm.getAscent() + fm.getDescent();
            double width = 0;
            for (String line : labelLines(f)) {
                width = Math.max(width, fm.stringWidth(line));
            }
            // Centred over the whisker, moved left when it would run past the plot's right edge (where it is clipped).
            double centre = Math.min(x, area.getMaxX() - 2 - width / 2);
            float ly = (float) (yHigh - LABEL_GAP - 2);
            List<String> lines = labelLines(f);
            for (int i = lines.size() - 1; i >= 0; i--) {
                TextUtils.drawAlignedString(lines.get(i), g2, (float) centre, ly, TextAnchor.BOTTOM_CENTER);
                ly -= lineHeight;
            }
        }
    }

    /** The legend entry: a hollow diamond on a vertical whisker. */
    static LegendItem legendItem(String label) {
        LegendItem item = new LegendItem(label, null, null, null, true, BalanceRenderer.diamond(5), true, Color.WHITE,
                true, INK, new BasicStroke(1.6f), true, new Line2D.Double(0, -8, 0, 8), WHISKER, INK);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    /** The legend entry of the dashed trend line. */
    static LegendItem trendLegendItem(String label) {
        LegendItem item = new LegendItem(label, null, null, null, false, new Rectangle2D.Double(), false, INK, false,
                INK, new BasicStroke(1f), true, new Line2D.Double(-14, 0, 14, 0), TREND, INK);
        item.setLabelFont(ChartStyle.LEGEND_FONT);
        item.setLabelPaint(ChartStyle.TEXT);
        return item;
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        return null;
    }
}
