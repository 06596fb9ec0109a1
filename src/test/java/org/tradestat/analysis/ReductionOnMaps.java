package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.tradestat.figure.Classification;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The reduction of a pair's figures as it was written on sorted maps, before {@link TradeAnalysis#reduce} moved to
 * period grids: kept as the oracle of the comparison test until the grids have replaced it everywhere.
 */
final class ReductionOnMaps {

    private static final NavigableMap<Period, Value> EMPTY = java.util.Collections.emptyNavigableMap();

    private ReductionOnMaps() {
    }

    static List<Figure> reduce(List<Figure> pairFigures) {
        List<Figure> kept = new ArrayList<>();
        Map<String, Map<String, NavigableMap<Period, Value>>> byCommodity = new TreeMap<>();
        Map<String, NavigableMap<Period, Value>> totals = new TreeMap<>();
        Map<String, Figure> sample = new TreeMap<>();
        for (Figure f : pairFigures) {
            Value value = new Value(f.value(), f.qualifier(), f.derived());
            if (SeriesKey.ALL_GOODS.equals(f.series().commodity()) || f.series().dataset() != Dataset.TRADE) {
                kept.add(f);
                totals.computeIfAbsent(f.series().measure(), m -> new TreeMap<>()).put(f.period(), value);
            } else {
                byCommodity.computeIfAbsent(f.series().commodity(), c -> new TreeMap<>())
                        .computeIfAbsent(f.series().measure(), m -> new TreeMap<>()).put(f.period(), value);
                sample.putIfAbsent(f.series().measure(), f);
            }
        }
        if (byCommodity.isEmpty()) {
            return pairFigures;
        }
        byCommodity.values().forEach(ReductionOnMaps::useReFlowsWhereNoPlainFlow);
        Map<String, NavigableMap<Period, Value>> filled = new TreeMap<>();
        totals.forEach((flow, values) -> filled.put(flow, new TreeMap<>(values)));
        fillTotalsFromTopLevelCodes(filled, byCommodity);
        // derived periods too, so that a year summed from monthly totals is kept, not re-summed from commodity years
        filled.forEach((flow, values) -> PeriodDerivation.derive(values).forEach((period, v) -> {
            if (v.derived() && !totals.getOrDefault(flow, new TreeMap<>()).containsKey(period)) {
                // a flow given only as all-goods rows (a turnover from another file) has no commodity line to copy
                kept.add(derivedFigure(sample.getOrDefault(flow, pairFigures.get(0)), flow, SeriesKey.ALL_GOODS,
                        period, v));
            }
        }));
        keepLargestCommodities(byCommodity, sample, kept);
        return kept;
    }

    private static void keepLargestCommodities(Map<String, Map<String, NavigableMap<Period, Value>>> byCommodity,
                                               Map<String, Figure> sample, List<Figure> kept) {
        Map<Classification, Integer> shownLevel = new EnumMap<>(Classification.class);
        byCommodity.keySet().forEach(c -> CommodityCode.of(c).ifPresent(code ->
                shownLevel.merge(code.classification(), code.level(), Math::min)));
        Map<Classification, Map<String, Map<String, NavigableMap<Period, Value>>>> yearly =
                new EnumMap<>(Classification.class);
        Map<String, BigDecimal> size = new HashMap<>();
        byCommodity.forEach((commodity, flows) -> {
            CommodityCode code = CommodityCode.of(commodity).orElse(null);
            if (code == null || code.level() != shownLevel.get(code.classification())) {
                return;
            }
            flows.forEach((flow, values) -> {
                if (flow.startsWith("re_")) {
                    return;
                }
                PeriodDerivation.derive(values).forEach((period, v) -> {
                    if (period.kind() == PeriodKind.YEAR) {
                        yearly.computeIfAbsent(code.classification(), k -> new TreeMap<>())
                                .computeIfAbsent(commodity, k -> new TreeMap<>())
                                .computeIfAbsent(flow, k -> new TreeMap<>()).put(period, v);
                        size.merge(commodity, v.amount(), BigDecimal::add);
                    }
                });
            });
        });
        yearly.forEach((classification, codes) -> {
            List<String> ranked = new ArrayList<>(codes.keySet());
            ranked.sort(Comparator.comparing((String c) -> size.get(c)).reversed().thenComparing(Comparator.naturalOrder()));
            Map<String, NavigableMap<Period, Value>> other = new TreeMap<>();
            for (int i = 0; i < ranked.size(); i++) {
                String commodity = ranked.get(i);
                boolean shown = ranked.size() <= TradeAnalysis.TOP_COMMODITIES || i < TradeAnalysis.TOP_COMMODITIES;
                codes.get(commodity).forEach((flow, values) -> values.forEach((period, v) -> {
                    if (shown) {
                        kept.add(derivedFigure(like(sample, flow), flow, commodity, period, v));
                    } else {
                        other.computeIfAbsent(flow, f -> new TreeMap<>()).merge(period, v.asDerived(), Value::plus);
                    }
                }));
            }
            String otherKey = CommodityCode.other(classification);
            other.forEach((flow, values) -> values.forEach((period, v) ->
                    kept.add(derivedFigure(like(sample, flow), flow, otherKey, period, v))));
        });
    }

    private static Figure like(Map<String, Figure> sample, String flow) {
        return sample.getOrDefault(flow, sample.get("re_" + flow));
    }

    private static Figure derivedFigure(Figure like, String flow, String commodity, Period period, Value v) {
        SeriesKey s = like.series();
        return new Figure(new SeriesKey(s.dataset(), s.reporter(), s.partner(), flow, commodity), period, v.amount(),
                v.qualifier(), null, like.source(), v.derived());
    }

    private static void useReFlowsWhereNoPlainFlow(Map<String, NavigableMap<Period, Value>> flows) {
        for (String[] pair : new String[][] {{"re_export", "export"}, {"re_import", "import"}}) {
            NavigableMap<Period, Value> re = flows.get(pair[0]);
            if (re != null) {
                NavigableMap<Period, Value> plain = flows.computeIfAbsent(pair[1], f -> new TreeMap<>());
                re.forEach((period, value) -> plain.putIfAbsent(period, value.asDerived()));
            }
        }
    }

    private static void fillTotalsFromTopLevelCodes(Map<String, NavigableMap<Period, Value>> totals,
                                                    Map<String, Map<String, NavigableMap<Period, Value>>> byCommodity) {
        Map<String, Map<Period, Value>> sums = new TreeMap<>();
        Map<String, Map<Period, Integer>> ranks = new TreeMap<>();
        byCommodity.forEach((commodity, flows) -> {
            CommodityCode code = CommodityCode.of(commodity).filter(CommodityCode::isTopLevel).orElse(null);
            if (code == null) {
                return;
            }
            int rank = code.classification().ordinal() * 100 + code.level(); // HS before SITC, sections before divisions
            flows.forEach((flow, values) -> values.forEach((period, v) -> {
                if (totals.getOrDefault(flow, EMPTY).containsKey(period)) {
                    return;
                }
                Map<Period, Integer> best = ranks.computeIfAbsent(flow, f -> new TreeMap<>());
                Map<Period, Value> sum = sums.computeIfAbsent(flow, f -> new TreeMap<>());
                Integer current = best.get(period);
                if (current == null || rank < current) {
                    best.put(period, rank);
                    sum.put(period, v.asDerived());
                } else if (rank == current) {
                    sum.put(period, sum.get(period).plus(v));
                }
            }));
        });
        sums.forEach((flow, values) -> totals.computeIfAbsent(flow, f -> new TreeMap<>()).putAll(values));
    }
}
