package org.tradestat.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.LegendItem;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tradestat.period.Period;
import org.tradestat.report.model.Level;

/**
 * The figures behind the bars of a chart: a row per series (a pair, a flow), a column per period of the axis, and no
 * figure where a series has none for a period. What the chart draws and says of its bars comes from here: the dataset,
 * the highest and lowest bar, whether a slot is empty, and the legend.
 */
final class BarGrid {

    private final List<String> rows;
    private final List<Period> columns;
    private final Level[][] points;

    private BarGrid(List<String> rows, List<Period> columns, Level[][] points) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.points = points;
    }

    /** The figures of each series (named by the row of the same place) in the given periods. */
    static BarGrid of(List<String> rows, List<? extends Map<Period, Level>> series, List<Period> columns) {
        Level[][] points = new Level[rows.size()][columns.size()];
        for (int row = 0; row < rows.size(); row++) {
            for (int col = 0; col < columns.size(); col++) {
                points[row][col] = series.get(row).get(columns.get(col));
            }
        }
        return new BarGrid(rows, columns, points);
    }

    /** The figure behind each bar, {@code [row][column]}, null where there is none: what the renderers read. */
    Level[][] points() {
        return points;
    }

    /** The dataset JFreeChart draws: each figure as the format plots it, keyed by row name and period label. */
    DefaultCategoryDataset dataset(ValueFormat format) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int row = 0; row < rows.size(); row++) {
            for (int col = 0; col < columns.size(); col++) {
                Level p = points[row][col];
                dataset.addValue(p == null ? null : format.plotted(p.value()), rows.get(row),
                        columns.get(col).label());
            }
        }
        return dataset;
    }

    /** Every figure on the chart, row by row. */
    List<Level> figures() {
        return Arrays.stream(points).flatMap(Arrays::stream).filter(Objects::nonNull).toList();
    }

    /** True when some bar is missing: a series without a figure for a period on the axis. */
    boolean hasEmptySlot() {
        return Arrays.stream(points).flatMap(Arrays::stream).anyMatch(Objects::isNull);
    }

    /** The top of the highest bar as plotted, and zero when all are below it. */
    double max(ValueFormat format) {
        return figures().stream().mapToDouble(p -> format.plotted(p.value())).reduce(0, Math::max);
    }

    /** The bottom of the lowest bar as plotted, and zero when all are above it. */
    double min(ValueFormat format) {
        return figures().stream().mapToDouble(p -> format.plotted(p.value())).reduce(0, Math::min);
    }

    /**
     * A legend entry per row in its colour, hatched like its bars when all of them are derived, then the entry that
     * explains hatching when any bar is.
     */
    List<LegendItem> legend(List<Color> colours) {
        List<LegendItem> legend = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            legend.add(LegendItems.seriesLegendItem(rows.get(row), colours.get(row),
                    LegendItems.allDerived(points[row])));
        }
        if (figures().stream().anyMatch(Level::derived)) {
            legend.add(LegendItems.derivedLegendItem("Derived figure (hatched)"));
        }
        return legend;
    }
}
