package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.report.chart.TradeLevels.Pair;

/**
 * The next-year forecasts of all-goods trade turnover that the statistics step computed for yearly series with enough
 * points: {@code forecast}, {@code forecast_lo95} and {@code forecast_hi95} over a range {@code first/last}, with the
 * forecast year as basis, and the {@code trend_slope} of the same range. A pair with forecasts over several ranges
 * keeps the one for the latest year.
 */
final class TurnoverForecasts {

    /** One pair's forecast, in US dollars. {@code slope} (US dollars a year) is null when not given. */
    record Forecast(Pair pair, int firstYear, int lastYear, int year, BigDecimal value, BigDecimal lower,
                    BigDecimal upper, BigDecimal slope, Set<Flag> flags) {

        Forecast {
            flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        }

        /** {@code 2018–2024}: the years the trend was fitted to. */
        String rangeText() {
            return firstYear + "\u2013" + lastYear;
        }

        /** The trend line's value in a year, in US dollars: the forecast less the slope for each year before it. */
        double trendAt(int y) {
            return value.doubleValue() - slope.doubleValue() * (year - y);
        }
    }

    private final Map<Pair, Forecast> byPair;

    private TurnoverForecasts(Map<Pair, Forecast> byPair) {
        this.byPair = byPair;
    }

    private record Slot(Pair pair, String range) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int c = pair.compareTo(o.pair);
            return c != 0 ? c : range.compareTo(o.range);
        }
    }

    static TurnoverForecasts from(List<Indicator> indicators) {
        Map<Slot, Map<String, Indicator>> parts = new TreeMap<>();
        for (Indicator i : indicators) {
            SeriesKey key = i.series();
            if (key == null || key.dataset() != Dataset.TRADE || !TradeLevels.TURNOVER.equals(key.measure())
                    || !SeriesKey.ALL_GOODS.equals(key.commodity()) || i.value() == null
                    || !i.period().contains("/")) {
                continue;
            }
            switch (i.name()) {
                case "forecast", "forecast_lo95", "forecast_hi95", "trend_slope" ->
                        parts.computeIfAbsent(new Slot(new Pair(key.reporter(), key.partner()), i.period()),
                                s -> new TreeMap<>()).put(i.name(), i);
                default -> {
                }
            }
        }
        Map<Pair, Forecast> byPair = new TreeMap<>();
        parts.forEach((slot, named) -> {
            Indicator f = named.get("forecast");
            Indicator lo = named.get("forecast_lo95");
            Indicator hi = named.get("forecast_hi95");
            if (f == null || lo == null || hi == null) {
                return;
            }
            Integer year = parseYear(f.basis());
            String[] range = slot.range().split("/");
            Integer first = range.length == 2 ? parseYear(range[0]) : null;
            Integer last = range.length == 2 ? parseYear(range[1]) : null;
            if (year == null || first == null || last == null) {
                return;
            }
            Indicator slope = named.get("trend_slope");
            Forecast forecast = new Forecast(slot.pair(), first, last, year, f.value(), lo.value(), hi.value(),
                    slope == null ? null : slope.value(), f.flags());
            byPair.merge(slot.pair(), forecast, (a, b) -> b.year() > a.year() ? b : a);
        });
        return new TurnoverForecasts(byPair);
    }

    private static Integer parseYear(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean isEmpty() {
        return byPair.isEmpty();
    }

    Forecast of(Pair pair) {
        return byPair.get(pair);
    }
}
