package org.tradestat.report.chart;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.EventYear;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.ReportModel;
import org.tradestat.report.model.TradeFacts;

/**
 * One colour per country across all the charts of a run, so that a reader who learns "Kazakhstan is dark blue" on one
 * chart finds it dark blue on the next. {@link TradeCharts} builds it once per run from every country any chart may
 * show (trade pairs, group members, investment, company and engagement pairs) and hands it to each chart that colours
 * by country. The run's home country (the one in most pairs, e.g. KOR) takes no colour: a pair is coloured by its
 * other country. Countries are ranked by their all-goods turnover with the home country, so the largest partners,
 * which the charts show first, take the first and most distinct colours of {@link ChartStyle#PALETTE}; countries
 * without turnover follow by code. No two countries share a fill while the twelve of {@link BarFills#FILLS} last (the
 * palette, then the same colours with their dots the other way round). Group codes (the basis of a share, e.g.
 * CENTRAL_ASIA) take a fill only when a chart asks for one.
 */
final class CountryColours {

    private final String home;
    private final Map<String, Color> byCountry = new HashMap<>();

    private CountryColours(String home, List<String> ranked) {
        this.home = home;
        for (String country : ranked) {
            byCountry.put(country, BarFills.FILLS.get(byCountry.size() % BarFills.FILLS.size()));
        }
    }

    /** The colours of every country that a chart of the run may show. */
    static CountryColours of(ReportModel model) {
        TradeFacts trade = model.trade();
        AnalysisFacts analysis = model.analysis();
        List<Pair> pairs = new ArrayList<>(trade.totalPairs());
        Set<String> members = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (Indicator share : analysis.shares()) {
            pairs.add(new Pair(share.series().reporter(), share.series().partner()));
            groups.add(share.basis());
        }
        for (Dataset dataset : List.of(Dataset.INVESTMENT, Dataset.COMPANIES)) {
            analysis.levelSeries(dataset).keySet().forEach(k -> pairs.add(k.pair()));
        }
        for (EventYear y : analysis.eventYears()) {
            pairs.add(y.pair());
        }
        Map<String, Integer> pairsOf = new TreeMap<>();
        for (Pair pair : pairs) {
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
        for (Pair pair : pairs) {
            members.add(counterpart(home, pair));
            members.add(pair.reporter());
            members.add(pair.partner());
        }
        for (String country : members) {
            turnover.putIfAbsent(country, BigDecimal.ZERO);
        }
        String homeCountry = home;
        List<String> ranked = turnover.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).filter(c -> !c.equals(homeCountry) && !groups.contains(c)).toList();
        return new CountryColours(home, ranked);
    }

    /**
     * The colour of a country; a country not named when the colours were built takes the next fill (the same one in
     * every chart of the run, as the charts are built one after another).
     */
    synchronized Color of(String country) {
        return byCountry.computeIfAbsent(country, c -> BarFills.FILLS.get(byCountry.size() % BarFills.FILLS.size()));
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
