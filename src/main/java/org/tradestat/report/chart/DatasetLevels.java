package org.tradestat.report.chart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.chart.TradeLevels.Point;

/**
 * Figures of one indicator (e.g. {@code level}, {@code share_pct}) of one dataset, by series and period: the input of
 * the investment, company, engagement and share charts. Figures over ranges ({@code 2018/2023}) are ignored.
 */
final class DatasetLevels {

    private DatasetLevels() {
    }

    /**
     * A series: reporter, partner, measure, and the indicator's basis when it tells series apart (the start year of
     * a cumulative investment, the group of a share); ordered field by field.
     */
    record Key(String reporter, String partner, String measure, String basis) implements Comparable<Key> {

        String pairLabel() {
            return reporter + "\u2013" + partner;
        }

        @Override
        public int compareTo(Key o) {
            int c = reporter.compareTo(o.reporter);
            if (c == 0) {
                c = partner.compareTo(o.partner);
            }
            if (c == 0) {
                c = measure.compareTo(o.measure);
            }
            return c != 0 ? c : basis.compareTo(o.basis);
        }
    }

    /**
     * @param keepBasis whether the basis is part of the series key (otherwise it is left empty)
     * @param accept    which series to keep
     */
    static Map<Key, Map<Period, Point>> read(List<Indicator> indicators, Dataset dataset, String indicator,
                                             boolean keepBasis, Predicate<SeriesKey> accept) {
        Map<Key, Map<Period, Point>> out = new TreeMap<>();
        for (Indicator i : indicators) {
            SeriesKey key = i.series();
            if (key == null || key.dataset() != dataset || !indicator.equals(i.name()) || i.value() == null
                    || !accept.test(key)) {
                continue;
            }
            Optional<Period> period = Period.tryParse(i.period());
            if (period.isEmpty()) {
                continue;
            }
            Key k = new Key(key.reporter(), key.partner(), key.measure(), keepBasis ? i.basis() : "");
            // A reported figure beats a derived one; otherwise the first one given stays.
            out.computeIfAbsent(k, x -> new TreeMap<>()).merge(period.get(),
                    new Point(period.get(), i.value(), i.flags()),
                    (old, neu) -> old.derived() && !neu.derived() ? neu : old);
        }
        return out;
    }

    /** {@code joint_venture} as {@code joint venture}. */
    static String words(String snakeCase) {
        return snakeCase.replace('_', ' ').trim();
    }
}
