package org.tradestat.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;

/**
 * One colour per country across all the charts of a run, so that a reader who learns "Kazakhstan is dark blue" on one
 * chart finds it dark blue on the next. The run's home country (the one in most pairs, e.g. KOR) takes no colour: a
 * pair is coloured by its other country. Countries are ranked by their all-goods turnover with the home country, so
 * the largest partners, which the charts show first, take the first and most distinct colours of
 * {@link ChartStyle#PALETTE}; countries without turnover follow by code. Every chart computes the same assignment from
 * the same figures, so none needs to be told it.
 */
final class CountryColours {

    private final String home;
    private final Map<String, Color> byCountry = new HashMap<>();

    private CountryColours(String home, List<String> ranked) {
        this.home = home;
        for (int i = 0; i < ranked.size(); i++) {
            byCountry.put(ranked.get(i), ChartStyle.PALETTE.get(i % ChartStyle.PALETTE.size()));
        }
    }

    static CountryColours of(TradeFacts trade) {
        Map<String, Integer> pairsOf = new TreeMap<>();
        for (Pair pair : trade.totalPairs()) {
            pairsOf.merge(pair.reporter(), 1, Integer::sum);
            pairsOf.merge(pair.partner(), 1, Integer::sum);
        }
        // the country in most pairs; of several, the first by code
        String home = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : pairsOf.entrySet()) {
            if (e.getValue() > most) {
                home = e.getKey();
                most = e.getValue();
            }
        }
        Map<String, BigDecimal> turnover = new TreeMap<>();
        for (Pair pair : trade.totalPairs()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Level p : trade.allGoods(pair, TradeFacts.TURNOVER).values()) {
                sum = sum.add(p.value().abs());
            }
            turnover.merge(counterpart(home, pair), sum, BigDecimal::add);
        }
        String homeCountry = home;
        List<String> ranked = turnover.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).filter(c -> !c.equals(homeCountry)).toList();
        return new CountryColours(home, ranked);
    }

    /** The colour of a country; a country the trade figures do not name takes the first colour no other has. */
    Color of(String country) {
        return byCountry.computeIfAbsent(country, c -> ChartStyle.PALETTE.get(byCountry.size() % ChartStyle.PALETTE.size()));
    }

    /** The colour of a pair: that of its country other than the home country. */
    Color of(Pair pair) {
        return of(counterpart(home, pair));
    }

    private static String counterpart(String home, Pair pair) {
        return pair.reporter().equals(home) ? pair.partner() : pair.partner().equals(home) ? pair.reporter()
                : pair.partner();
    }
}
