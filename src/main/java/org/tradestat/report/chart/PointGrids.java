package org.tradestat.report.chart;

import java.util.Arrays;
import org.tradestat.report.model.Level;

/** Questions about a grid of bar figures (rows of series, columns of periods): gaps, largest and smallest. */
final class PointGrids {

    private PointGrids() {
    }

    /** True when some bar is missing: a pair without a figure for a period on the axis. */
    static boolean hasEmptySlot(Level[][] points) {
        return Arrays.stream(points).flatMap(Arrays::stream).anyMatch(p -> p == null);
    }

    static double maxMillions(Level[][] points) {
        double max = 0;
        for (Level[] row : points) {
            for (Level p : row) {
                if (p != null) {
                    max = Math.max(max, Figures.millions(p.value()));
                }
            }
        }
        return max;
    }

    static double minMillions(Level[][] points) {
        double min = 0;
        for (Level[] row : points) {
            for (Level p : row) {
                if (p != null) {
                    min = Math.min(min, Figures.millions(p.value()));
                }
            }
        }
        return min;
    }
}
