package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The trade levels the charts are drawn from: for each country pair and measure (turnover, export, import, balance)
 * the all-goods {@code level} figure of each period. Statistics over ranges ({@code 2018/2023}) and other indicators
 * are ignored.
 */
final class TradeLevels {

    static final String TURNOVER = "turnover";
    static final String EXPORT = "export";
    static final String IMPORT = "import";
    static final String BALANCE = "balance";
    private static final Set<String> MEASURES = Set.of(TURNOVER, EXPORT, IMPORT, BALANCE);

    /** A reporter–partner pair, ordered by its label. */
    record Pair(String reporter, String partner) implements Comparable<Pair> {

        String label() {
            return new SeriesKey(Dataset.TRADE, reporter, partner, "", SeriesKey.ALL_GOODS).pairLabel();
        }

        @Override
        public int compareTo(Pair other) {
            int byLabel = label().compareTo(other.label());
            if (byLabel != 0) {
                return byLabel;
            }
            int byReporter = reporter.compareTo(other.reporter);
            return byReporter != 0 ? byReporter : partner.compareTo(other.partner);
        }
    }

    /** One figure with its flags: US dollars for money, a number for counts, percent for shares. */
    record Point(Period period, BigDecimal value, Set<Flag> flags) {

        Point {
            flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }

        boolean derived() {
            return flags.contains(Flag.DERIVED);
        }
    }

    private final Map<Pair, Map<String, Map<Period, Point>>> byPair;

    private TradeLevels(Map<Pair, Map<String, Map<Period, Point>>> byPair) {
        this.byPair = byPair;
    }

    static TradeLevels from(List<Indicator> indicators) {
        Map<Pair, Map<String, Map<Period, Point>>> byPair = new TreeMap<>();
        for (Indicator indicator : indicators) {
            SeriesKey key = indicator.series();
            if (key == null || key.dataset() != Dataset.TRADE || !SeriesKey.ALL_GOODS.equals(key.commodity())
                    || !"level".equals(indicator.name()) || !MEASURES.contains(key.measure())
                    || indicator.value() == null) {
                continue;
            }
            Optional<Period> period = Period.tryParse(indicator.period());
            if (period.isEmpty()) {
                continue;
            }
            Point point = new Point(period.get(), indicator.value(), indicator.flags());
            Map<Period, Point> series = byPair
                    .computeIfAbsent(new Pair(key.reporter(), key.partner()), p -> new TreeMap<>())
                    .computeIfAbsent(key.measure(), m -> new TreeMap<>());
            // A reported figure beats a derived one; otherwise the first one given stays.
            series.merge(period.get(), point, (old, neu) -> old.derived() && !neu.derived() ? neu : old);
        }
        return new TradeLevels(byPair);
    }

    /** The pairs that have any figure, in label order. */
    Set<Pair> pairs() {
        return Collections.unmodifiableSet(byPair.keySet());
    }

    /** The figures of one pair and measure, chronologically; empty when there are none. */
    Map<Period, Point> series(Pair pair, String measure) {
        Map<Period, Point> series = byPair.getOrDefault(pair, Map.of()).get(measure);
        return series == null ? Map.of() : Collections.unmodifiableMap(series);
    }
}
