package org.tradestat.analysis;

import static org.tradestat.analysis.YearlyFigures.flagsOf;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.tradestat.analysis.SeriesStatistics.Insufficient;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * The outlier check of {@link SeriesStatistics}: the robust z-score 0.6745 · (x − median) / MAD of each yearly change
 * of a series, flagged {@link Flag#OUTLIER} beyond {@value SeriesStatistics#OUTLIER_LIMIT} (Iglewicz and Hoaglin).
 * {@link SeriesStatistics} calls it only for a series with enough levels, none a bound, and enough changes.
 */
final class RobustOutliers {

    private RobustOutliers() {
    }

    /**
     * @param changes      the yearly changes by year
     * @param out          receives an {@code outlier_z} per change
     * @param marked       receives a copy of each outlier change, flagged
     * @param insufficient receives the sentence when the MAD is 0
     */
    static void check(SeriesKey series, NavigableMap<Integer, Indicator> changes, List<Indicator> out,
                      List<Indicator> marked, List<Insufficient> insufficient) {
        double[] x = changes.values().stream().mapToDouble(i -> i.value().doubleValue()).toArray();
        double median = new DescriptiveStatistics(x).getPercentile(50);
        double[] deviations = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            deviations[i] = Math.abs(x[i] - median);
        }
        double mad = new DescriptiveStatistics(deviations).getPercentile(50);
        String range = changes.firstKey() + "/" + changes.lastKey();
        if (mad == 0) {
            insufficient.add(new Insufficient(series, series.label() + " " + range + ": half or more of the "
                    + "year-on-year changes of " + series.words() + " equal their median (MAD 0); no outlier check."));
            return;
        }
        Set<Flag> flags = flagsOf(changes.values());
        int k = 0;
        for (var e : changes.entrySet()) {
            Indicator change = e.getValue();
            double z = SeriesStatistics.MAD_SCALE * (x[k++] - median) / mad;
            Set<Flag> zFlags = EnumSet.noneOf(Flag.class);
            zFlags.addAll(flags);
            if (Math.abs(z) > SeriesStatistics.OUTLIER_LIMIT) {
                zFlags.add(Flag.OUTLIER);
                Set<Flag> changeFlags = EnumSet.of(Flag.OUTLIER);
                changeFlags.addAll(change.flags());
                marked.add(new Indicator(change.series(), change.period(), change.name(), change.value(),
                        change.unit(), change.basis(), changeFlags));
            }
            out.add(new Indicator(series, e.getKey().toString(), "outlier_z", BigDecimal.valueOf(z), Unit.RATIO,
                    change.basis(), zFlags));
        }
    }
}
