package org.tradestat.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Countries;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The trade computations of one (reporter, partner): the all-goods series ({@link TradeSeriesAnalysis}: derived
 * periods, turnover, balance, coverage, normalized balance, the period comparisons and running totals of each), each
 * commodity's yearly levels, and the reduction of a pair's lines to what the analysis needs, as of the run date.
 * Plain Java.
 */
public final class TradeAnalysis {

    /**
     * @param indexLevels the yearly export and import levels of every commodity code of a pair with the World, before
     *                    any folding into {@code OTHER}: what the trade indices read, not shown as they are
     */
    public record Result(List<Indicator> indicators, List<QualityWarning> warnings, List<Indicator> indexLevels) {
        public Result(List<Indicator> indicators, List<QualityWarning> warnings) {
            this(indicators, warnings, List.of());
        }
    }

    private TradeAnalysis() {
    }

    /**
     * Analyses the trade figures of one reporter and partner (all flows, periods and commodities). The all-goods
     * series get the full analysis; where a period has no all-goods row, the sum of the top-level commodity codes
     * present stands in for it, marked derived. Commodity series give their yearly levels (export and import, which
     * shares and concentration use, and turnover, balance, coverage and normalized balance where both flows are
     * known); comparisons per commodity are not computed.
     */
    public static Result analyse(List<Figure> figures, LocalDate asOf) {
        return analyse(figures, asOf, null);
    }

    /**
     * The same, with the year to date and rolling twelve months of the all-goods flows also at the run's focus
     * period ({@link RunningTotals}); {@code focus} may be null.
     */
    public static Result analyse(List<Figure> figures, LocalDate asOf, Period focus) {
        if (figures.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        SeriesKey any = figures.get(0).series();
        SeriesKey total = new SeriesKey(any.dataset(), any.reporter(), any.partner(), "export", SeriesKey.ALL_GOODS);
        Map<String, PeriodGrid> totals = new TreeMap<>();
        Map<String, Map<String, PeriodGrid>> byCommodity = new TreeMap<>();
        for (Figure f : figures) {
            if (!f.period().endedBy(asOf)) {
                continue;
            }
            Value value = new Value(f.value(), f.qualifier(), f.derived());
            if (SeriesKey.ALL_GOODS.equals(f.series().commodity())) {
                totals.computeIfAbsent(f.series().measure(), m -> new PeriodGrid()).put(f.period(), value);
            } else {
                byCommodity.computeIfAbsent(f.series().commodity(), c -> new TreeMap<>())
                        .computeIfAbsent(f.series().measure(), m -> new PeriodGrid()).put(f.period(), value);
            }
        }
        byCommodity.values().forEach(TradeAnalysis::useReFlowsWhereNoPlainFlow);
        fillTotalsFromTopLevelCodes(totals, byCommodity);
        useReFlowsWhereNoPlainFlow(totals);
        Map<String, NavigableMap<Period, Value>> totalsByPeriod = new TreeMap<>();
        totals.forEach((flow, grid) -> totalsByPeriod.put(flow, grid.toMap()));
        Result result = TradeSeriesAnalysis.allGoods(total, totalsByPeriod, focus);
        List<Indicator> out = new ArrayList<>(result.indicators());
        List<Indicator> indexLevels = new ArrayList<>();
        Map<String, Map<String, PeriodGrid>> shown = Countries.WORLD.equals(any.partner())
                ? foldWorldRows(any, byCommodity, indexLevels) : byCommodity;
        shown.forEach((commodity, flows) -> {
            Map<String, NavigableMap<Period, Value>> years = new TreeMap<>();
            flows.forEach((flow, values) -> {
                if (!flow.startsWith("re_")) { // re-flows are shown only where they stand in for plain flows
                    PeriodDerivation.derive(values).forEach((year, place, v) -> {
                        if (place == YEAR) {
                            years.computeIfAbsent(flow, f -> new TreeMap<>()).put(Period.year(year), v);
                        }
                    });
                }
            });
            NavigableMap<Period, Value> exports = years.getOrDefault("export", new TreeMap<>());
            NavigableMap<Period, Value> imports = years.getOrDefault("import", new TreeMap<>());
            exports.forEach((period, e) -> {
                if (imports.containsKey(period)) {
                    years.computeIfAbsent("turnover", f -> new TreeMap<>()).putIfAbsent(period, e.plus(imports.get(period)));
                }
            });
            SeriesKey key = new SeriesKey(any.dataset(), any.reporter(), any.partner(), "export", commodity);
            exports.forEach((period, e) -> {
                if (imports.containsKey(period)) {
                    years.computeIfAbsent("balance", f -> new TreeMap<>()).put(period, e.minus(imports.get(period)));
                }
            });
            years.forEach((flow, values) -> values.forEach((period, v) -> out.add(new Indicator(
                    key.withMeasure(flow), period.toString(), "level", v.amount(), Unit.USD, "", v.flags()))));
            TradeSeriesAnalysis.addRatios(out, key, exports, imports);
        });
        return new Result(SeriesBreaks.flag(out), result.warnings(), SeriesBreaks.flag(indexLevels));
    }

    /**
     * The commodity detail of a pair with the World as shown ({@link CommodityFolding#fold}), and every code's yearly
     * exports and imports, unfolded, as levels for the trade indices.
     */
    private static Map<String, Map<String, PeriodGrid>> foldWorldRows(SeriesKey any,
                                                                     Map<String, Map<String, PeriodGrid>> byCommodity,
                                                                     List<Indicator> indexLevels) {
        Map<String, Map<String, PeriodGrid>> shown = new TreeMap<>();
        CommodityFolding.yearly(byCommodity).forEach((classification, codes) -> {
            codes.forEach((commodity, flows) -> flows.forEach((flow, years) -> {
                if ("export".equals(flow) || "import".equals(flow)) {
                    SeriesKey key = new SeriesKey(any.dataset(), any.reporter(), any.partner(), flow, commodity);
                    years.forEach((year, place, v) -> indexLevels.add(new Indicator(key, Integer.toString(year),
                            "level", v.amount(), Unit.USD, "", v.flags())));
                }
            }));
            shown.putAll(CommodityFolding.fold(classification, codes));
        });
        return shown;
    }

    /**
     * The figures of one pair that the analysis needs, with the commodity detail summed up: the all-goods rows, an
     * all-goods row derived from the shortest commodity codes for every period that has none, and each commodity's
     * yearly export and import (derived from its months, quarters or halves where the year is not given). The load
     * stores these instead of every commodity line; {@link #analyse} gives the same result on either.
     */
    public static List<Figure> reduce(List<Figure> pairFigures) {
        return reduce(PairLines.of(pairFigures));
    }

    /** The same on lines by index: only the lines kept as they are become {@link Figure}s. */
    public static List<Figure> reduce(PairLines lines) {
        List<Figure> kept = new ArrayList<>();
        Map<String, Map<String, PeriodGrid>> byCommodity = new TreeMap<>();
        Map<String, PeriodGrid> totals = new TreeMap<>();
        Map<String, Figure> sample = new TreeMap<>();
        SeriesKey lastSeries = null;
        PeriodGrid lastGrid = null;
        for (int i = 0; i < lines.size(); i++) {
            Value value = lines.value(i);
            SeriesKey series = lines.series(i);
            if (SeriesKey.ALL_GOODS.equals(series.commodity()) || series.dataset() != Dataset.TRADE) {
                kept.add(lines.figure(i));
                totals.computeIfAbsent(series.measure(), m -> new PeriodGrid()).put(lines.period(i), value);
                continue;
            }
            if (series != lastSeries) { // a series' lines come together, as duplicate resolution sorts them
                lastSeries = series;
                lastGrid = byCommodity.computeIfAbsent(series.commodity(), c -> new TreeMap<>())
                        .computeIfAbsent(series.measure(), m -> new PeriodGrid());
                if (!sample.containsKey(series.measure())) {
                    sample.put(series.measure(), lines.figure(i));
                }
            }
            lastGrid.put(lines.period(i), value);
        }
        if (byCommodity.isEmpty()) {
            return kept; // every line, as given
        }
        byCommodity.values().forEach(TradeAnalysis::useReFlowsWhereNoPlainFlow);
        Map<String, PeriodGrid> filled = new TreeMap<>();
        totals.forEach((flow, values) -> filled.put(flow, values.copy()));
        fillTotalsFromTopLevelCodes(filled, byCommodity);
        // derived periods too, so that a year summed from monthly totals is kept, not re-summed from commodity years
        filled.forEach((flow, values) -> PeriodDerivation.derive(values).forEach((year, place, v) -> {
            PeriodGrid reported = totals.get(flow);
            if (v.derived() && (reported == null || !reported.has(year, place))) {
                // a flow given only as all-goods rows (a turnover from another file) has no commodity line to copy
                Figure like = sample.get(flow);
                kept.add(derivedFigure(like != null ? like : lines.figure(0), flow, SeriesKey.ALL_GOODS,
                        PeriodGrid.periodAt(year, place), v));
            }
        }));
        keepLargestCommodities(byCommodity, sample, kept, Countries.WORLD.equals(lines.series(0).partner()));
        return kept;
    }

    private static final int YEAR = PeriodGrid.place(PeriodKind.YEAR, 1);

    /**
     * Each commodity's yearly figures as {@link CommodityFolding} shows them; the World rows of a pair with the World
     * keep every code, which the trade indices read, and {@link #analyse} folds them for what it shows.
     */
    private static void keepLargestCommodities(Map<String, Map<String, PeriodGrid>> byCommodity,
                                               Map<String, Figure> sample, List<Figure> kept, boolean world) {
        CommodityFolding.yearly(byCommodity).forEach((classification, codes) ->
                (world ? codes : CommodityFolding.fold(classification, codes)).forEach((commodity, flows) ->
                        flows.forEach((flow, values) -> values.forEach((year, place, v) ->
                                kept.add(derivedFigure(like(sample, flow), flow, commodity, Period.year(year), v))))));
    }

    private static Figure like(Map<String, Figure> sample, String flow) {
        return sample.getOrDefault(flow, sample.get("re_" + flow));
    }

    private static Figure derivedFigure(Figure like, String flow, String commodity, Period period, Value v) {
        SeriesKey s = like.series();
        return new Figure(new SeriesKey(s.dataset(), s.reporter(), s.partner(), flow, commodity), period, v.amount(),
                v.qualifier(), null, like.source(), v.derived());
    }

    /**
     * Re-exports (re-imports) count as exports (imports) only in periods with no plain export (import) figure, and
     * are then marked derived (docs/comtrade.md, "Flows"). For the all-goods total this runs after the commodity sums,
     * so that plain commodity rows beat a re-export total.
     */
    private static void useReFlowsWhereNoPlainFlow(Map<String, PeriodGrid> flows) {
        for (String[] pair : new String[][] {{"re_export", "export"}, {"re_import", "import"}}) {
            PeriodGrid re = flows.get(pair[0]);
            if (re != null) {
                PeriodGrid plain = flows.computeIfAbsent(pair[1], f -> new PeriodGrid());
                re.forEach((year, place, value) -> {
                    if (!plain.has(year, place)) {
                        plain.put(year, place, value.asDerived());
                    }
                });
            }
        }
    }

    /**
     * Where a flow and period have no all-goods figure, the sum of the classification's top-level codes present
     * (docs/comtrade.md): HS chapters, else SITC sections or divisions, else BEC categories; one classification and
     * one level only, never headings or subheadings (a one-product download is not all goods). The codes are taken
     * best first (HS before SITC, sections before divisions): a period one of them filled is not filled again.
     */
    private static void fillTotalsFromTopLevelCodes(Map<String, PeriodGrid> totals,
                                                    Map<String, Map<String, PeriodGrid>> byCommodity) {
        Map<Integer, List<String>> byRank = new TreeMap<>();
        byCommodity.keySet().forEach(commodity -> CommodityCode.of(commodity).filter(CommodityCode::isTopLevel)
                .ifPresent(code -> byRank.computeIfAbsent(code.classification().ordinal() * 100 + code.level(),
                        r -> new ArrayList<>()).add(commodity)));
        Map<String, PeriodGrid> sums = new TreeMap<>();
        byRank.values().forEach(commodities -> {
            Map<String, PeriodGrid> rankSums = new TreeMap<>();
            for (String commodity : commodities) {
                byCommodity.get(commodity).forEach((flow, values) -> values.forEach((year, place, v) -> {
                    PeriodGrid reported = totals.get(flow);
                    PeriodGrid earlier = sums.get(flow);
                    if ((reported != null && reported.has(year, place)) || (earlier != null && earlier.has(year, place))) {
                        return;
                    }
                    PeriodGrid sum = rankSums.computeIfAbsent(flow, f -> new PeriodGrid());
                    Value before = sum.get(year, place);
                    sum.put(year, place, before == null ? v.asDerived() : before.plus(v));
                }));
            }
            rankSums.forEach((flow, values) -> {
                PeriodGrid sum = sums.computeIfAbsent(flow, f -> new PeriodGrid());
                values.forEach(sum::put);
            });
        });
        sums.forEach((flow, values) -> {
            PeriodGrid total = totals.computeIfAbsent(flow, f -> new PeriodGrid());
            values.forEach(total::put);
        });
    }
}
