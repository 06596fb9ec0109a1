package org.tradestat.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * A category axis of periods (categories are {@link Period#label()} strings) that labels every period when the labels
 * fit side by side, and otherwise only every second, fourth, ... period, picked on round boundaries (every first half,
 * every January), so that labels never overlap or get cut short.
 */
final class PeriodCategoryAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, String> relabelled = new HashMap<>();
    private final int step;

    PeriodCategoryAxis(String label, PeriodSpan span, double plotWidthPx) {
        super(label);
        ChartStyle.styleCategoryAxis(this);
        for (Period p : span.periods()) {
            ordinals.put(p.label(), PeriodSpan.ordinal(p));
        }
        this.step = step(span, plotWidthPx, getTickLabelFont());
        setMaximumCategoryLabelLines(1);
    }

    /** Shows {@code text} (may hold a line break) instead of the category's own label; it is never thinned out. */
    void relabel(String category, String text) {
        relabelled.put(category, text);
        setMaximumCategoryLabelLines(Math.max(getMaximumCategoryLabelLines(), text.split("\n").length));
    }

    /** The smallest round step at which the labels fit across the plot. */
    static int step(PeriodSpan span, double plotWidthPx, Font font) {
        FontRenderContext frc = ChartStyle.fontRenderContext();
        double widest = 0;
        for (Period p : span.periods()) {
            widest = Math.max(widest, font.getStringBounds(p.label(), frc).getWidth());
        }
        double room = plotWidthPx / span.size();
        for (int candidate : candidates(span.kind())) {
            if ((widest + 10) <= room * candidate) {
                return candidate;
            }
        }
        int[] all = candidates(span.kind());
        int largest = all[all.length - 1];
        int needed = (int) Math.ceil((widest + 10) / room);
        return Math.max(largest, (needed + largest - 1) / largest * largest);
    }

    private static int[] candidates(PeriodKind kind) {
        return switch (kind) {
            case YEAR -> new int[] {1, 2, 5, 10, 20, 50};
            case HALF -> new int[] {1, 2, 4, 10, 20};
            case QUARTER -> new int[] {1, 2, 4, 8, 20, 40};
            case MONTH -> new int[] {1, 2, 3, 6, 12, 24, 60};
        };
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature JFreeChart declares
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String label = category.toString();
        String own = relabelled.get(label);
        if (own != null) {
            return TextUtils.createTextBlock(own, getTickLabelFont(category), getTickLabelPaint(category));
        }
        Integer ordinal = ordinals.get(label);
        if (ordinal != null && step > 1 && Math.floorMod(ordinal, step) != 0) {
            return new TextBlock();
        }
        return TextUtils.createTextBlock(label, getTickLabelFont(category), getTickLabelPaint(category));
    }
}
