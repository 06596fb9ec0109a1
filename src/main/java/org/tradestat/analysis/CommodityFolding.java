package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tradestat.figure.Classification;
import org.tradestat.figure.CommodityCode;
import org.tradestat.period.PeriodKind;

/**
 * A pair's commodity detail as the report shows it: each code's yearly figures at the shortest level of each
 * classification, and, where a pair has more than {@link #TOP_COMMODITIES} codes of a classification, the largest by
 * their trade over the whole span kept in every year and the rest summed as {@link CommodityCode#other} in every year.
 * Choosing per year would drop a commodity from the years it ranks lower and leave holes in its series (a
 * 10-million-line customs extract would otherwise store every HS chapter of every pair). The trade indices read every
 * code of the World rows before any folding (docs/indicators.md, "The World").
 */
final class CommodityFolding {

    /** Commodities kept per pair and classification; the rest are summed as {@link CommodityCode#other}. */
    static final int TOP_COMMODITIES = 10;
    private static final int YEAR = PeriodGrid.place(PeriodKind.YEAR, 1);

    private CommodityFolding() {
    }

    /**
     * Each code's yearly figures of the plain flows (not {@code re_}), derived from its shorter periods where the year
     * is not given, at the shortest level of each classification present: classification, code, flow, years.
     */
    static Map<Classification, Map<String, Map<String, PeriodGrid>>> yearly(
            Map<String, Map<String, PeriodGrid>> byCommodity) {
        Map<Classification, Integer> shownLevel = new EnumMap<>(Classification.class);
        byCommodity.keySet().forEach(c -> CommodityCode.of(c).ifPresent(code ->
                shownLevel.merge(code.classification(), code.level(), Math::min)));
        Map<Classification, Map<String, Map<String, PeriodGrid>>> yearly = new EnumMap<>(Classification.class);
        byCommodity.forEach((commodity, flows) -> {
            CommodityCode code = CommodityCode.of(commodity).orElse(null);
            if (code == null || code.level() != shownLevel.get(code.classification())) {
                return;
            }
            flows.forEach((flow, values) -> {
                if (flow.startsWith("re_")) {
                    return;
                }
                PeriodDerivation.derive(values).forEach((year, place, v) -> {
                    if (place == YEAR) {
                        yearly.computeIfAbsent(code.classification(), k -> new TreeMap<>())
                                .computeIfAbsent(commodity, k -> new TreeMap<>())
                                .computeIfAbsent(flow, k -> new PeriodGrid()).put(year, place, v);
                    }
                });
            });
        });
        return yearly;
    }

    /**
     * The codes of one classification as shown: all of them when there are at most {@link #TOP_COMMODITIES}, else
     * the largest, in order of size, then {@link CommodityCode#other} with the sum of the rest, marked derived.
     */
    static Map<String, Map<String, PeriodGrid>> fold(Classification classification,
                                                     Map<String, Map<String, PeriodGrid>> codes) {
        Map<String, BigDecimal> size = new HashMap<>();
        codes.forEach((commodity, flows) -> flows.values().forEach(values -> values.forEach((year, place, v) ->
                size.merge(commodity, v.amount(), BigDecimal::add))));
        List<String> ranked = new ArrayList<>(codes.keySet());
        ranked.sort(Comparator.comparing((String c) -> size.get(c)).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Map<String, PeriodGrid>> shown = new LinkedHashMap<>();
        Map<String, PeriodGrid> other = new TreeMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            String commodity = ranked.get(i);
            if (ranked.size() <= TOP_COMMODITIES || i < TOP_COMMODITIES) {
                shown.put(commodity, codes.get(commodity));
                continue;
            }
            codes.get(commodity).forEach((flow, values) -> values.forEach((year, place, v) -> {
                PeriodGrid sum = other.computeIfAbsent(flow, f -> new PeriodGrid());
                Value before = sum.get(year, place);
                sum.put(year, place, before == null ? v.asDerived() : before.plus(v.asDerived()));
            }));
        }
        if (!other.isEmpty()) {
            shown.put(CommodityCode.other(classification), other);
        }
        return shown;
    }
}
