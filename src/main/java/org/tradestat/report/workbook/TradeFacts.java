package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The trade indicators of a report, arranged the way the workbook and the findings read them: levels by series and
 * period, and the changes of each level. Built once from {@link org.tradestat.report.ReportData#indicators()}.
 */
final class TradeFacts {

    static final String EXPORT = "export";
    static final String IMPORT = "import";
    static final String TURNOVER = "turnover";
    static final String BALANCE = "balance";
    static final String COVERAGE = "coverage";
    static final String NORMALIZED_BALANCE = "normalized_balance";

    /** Money measures that have comparisons, in the order tables show them. */
    static final List<String> MONEY_MEASURES = List.of(TURNOVER, EXPORT, IMPORT, BALANCE);
    /** Every level measure a trade row shows, in column order. */
    static final List<String> ROW_MEASURES = List.of(EXPORT, IMPORT, TURNOVER, BALANCE, COVERAGE, NORMALIZED_BALANCE);

    /** The comparison types of SPEC 4, in the order tables show them. */
    static final List<String> COMPARISON_TYPES = List.of("yoy", "seq", "long");

    /** A reporter and a partner, ordered by reporter then partner. */
    record Pair(String reporter, String partner) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = reporter.compareTo(o.reporter);
            return c != 0 ? c : partner.compareTo(o.partner);
        }

        String label() {
            return reporter + "\u2013" + partner;
        }
    }

    /** One series of levels: pair, commodity, measure. */
    record SeriesId(Pair pair, String commodity, String measure) {
    }

    /** A figure with its flags. */
    record Level(BigDecimal value, Set<Flag> flags) {
        boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    /** One comparison of a level with an earlier one: absolute change, percentage, and the CAGR for long. */
    record Change(String type, Period period, Period base, BigDecimal abs, BigDecimal pct, BigDecimal cagrPct,
                  Set<Flag> flags) {
    }

    /** One row of the Trade sheet: all measures of a pair and commodity for a period. */
    record RowKey(Pair pair, String commodity, Period period) {
    }

    /** One row of the Comparisons sheet. */
    record ChangeKey(Pair pair, String commodity, String measure, Period period, String type) {
    }

    static final Comparator<String> COMMODITY_ORDER = Comparator
            .comparing((String c) -> !SeriesKey.ALL_GOODS.equals(c))
            .thenComparing(Comparator.naturalOrder());

    static final Comparator<RowKey> ROW_ORDER = Comparator.comparing(RowKey::pair)
            .thenComparing(RowKey::commodity, COMMODITY_ORDER)
            .thenComparing(RowKey::period);

    static final Comparator<ChangeKey> CHANGE_ORDER = Comparator.comparing(ChangeKey::pair)
            .thenComparing(ChangeKey::commodity, COMMODITY_ORDER)
            .thenComparing(k -> rank(MONEY_MEASURES, k.measure()))
            .thenComparing(ChangeKey::period)
            .thenComparing(k -> rank(COMPARISON_TYPES, k.type()));

    /** Latest first: by the last day, then the longer period (a year before its second half). */
    static final Comparator<Period> RECENCY = Comparator.comparing(Period::lastDay)
            .thenComparing(p -> p.kind().monthsLong());

    private final Map<SeriesId, NavigableMap<Period, Level>> levels = new HashMap<>();
    private final Map<ChangeKey, Change> changes = new HashMap<>();

    private TradeFacts() {
    }

    static TradeFacts of(List<Indicator> indicators) {
        TradeFacts facts = new TradeFacts();
        Map<ChangeKey, Map<String, Indicator>> parts = new HashMap<>();
        for (Indicator ind : indicators) {
            SeriesKey s = ind.series();
            if (s.dataset() != Dataset.TRADE || "*".equals(s.partner()) || "*".equals(s.commodity())
                    || !ROW_MEASURES.contains(s.measure())) {
                continue;
            }
            Optional<Period> period = Period.tryParse(ind.period());
            if (period.isEmpty()) {
                continue;
            }
            Pair pair = new Pair(s.reporter(), s.partner());
            String commodity = s.commodity().isEmpty() ? SeriesKey.ALL_GOODS : s.commodity();
            if ("level".equals(ind.name())) {
                facts.levels.computeIfAbsent(new SeriesId(pair, commodity, s.measure()), k -> new TreeMap<>())
                        .put(period.get(), new Level(ind.value(), ind.flags()));
                continue;
            }
            int cut = ind.name().indexOf('_');
            if (cut < 0) {
                continue;
            }
            String type = ind.name().substring(0, cut);
            if (!COMPARISON_TYPES.contains(type) || !MONEY_MEASURES.contains(s.measure())) {
                continue;
            }
            ChangeKey key = new ChangeKey(pair, commodity, s.measure(), period.get(), type);
            parts.computeIfAbsent(key, k -> new HashMap<>()).put(ind.name().substring(cut + 1), ind);
        }
        for (var e : parts.entrySet()) {
            Indicator abs = e.getValue().get("abs");
            if (abs == null) {
                continue;
            }
            Indicator pct = e.getValue().get("pct");
            Indicator cagr = e.getValue().get("cagr_pct");
            Period base = Period.tryParse(abs.basis()).orElse(null);
            ChangeKey k = e.getKey();
            facts.changes.put(k, new Change(k.type(), k.period(), base, abs.value(),
                    pct == null ? null : pct.value(), cagr == null ? null : cagr.value(), abs.flags()));
        }
        return facts;
    }

    /** Pairs with all-goods figures, in order. */
    List<Pair> totalPairs() {
        TreeSet<Pair> pairs = new TreeSet<>();
        for (SeriesId id : levels.keySet()) {
            if (SeriesKey.ALL_GOODS.equals(id.commodity())) {
                pairs.add(id.pair());
            }
        }
        return new ArrayList<>(pairs);
    }

    /**
     * Pairs with commodity figures but no all-goods figure (a download of one product), each with its commodities
     * other than the folded rest.
     */
    Map<Pair, Set<String>> commodityOnlyPairs() {
        Set<Pair> withTotal = new TreeSet<>(totalPairs());
        Map<Pair, Set<String>> out = new TreeMap<>();
        for (SeriesId id : levels.keySet()) {
            if (!withTotal.contains(id.pair()) && CommodityCode.of(id.commodity()).isPresent()) {
                out.computeIfAbsent(id.pair(), p -> new TreeSet<>(COMMODITY_ORDER)).add(id.commodity());
            }
        }
        return out;
    }

    Optional<Level> level(Pair pair, String commodity, String measure, Period period) {
        NavigableMap<Period, Level> series = levels.get(new SeriesId(pair, commodity, measure));
        return Optional.ofNullable(series == null ? null : series.get(period));
    }

    Optional<Change> change(Pair pair, String commodity, String measure, Period period, String type) {
        return Optional.ofNullable(changes.get(new ChangeKey(pair, commodity, measure, period, type)));
    }

    /** Periods of a series, chronological. */
    Set<Period> periods(Pair pair, String commodity, String measure) {
        NavigableMap<Period, Level> series = levels.get(new SeriesId(pair, commodity, measure));
        return series == null ? Set.of() : series.keySet();
    }

    /** Every (pair, commodity, period) with at least one level, sorted by pair, commodity, period. */
    List<RowKey> rows() {
        TreeSet<RowKey> rows = new TreeSet<>(ROW_ORDER);
        for (var e : levels.entrySet()) {
            for (Period p : e.getValue().keySet()) {
                rows.add(new RowKey(e.getKey().pair(), e.getKey().commodity(), p));
            }
        }
        return new ArrayList<>(rows);
    }

    /** Every comparison, sorted by pair, commodity, measure, period and type. */
    List<Map.Entry<ChangeKey, Change>> changeRows() {
        List<Map.Entry<ChangeKey, Change>> list = new ArrayList<>(changes.entrySet());
        list.sort(Map.Entry.comparingByKey(CHANGE_ORDER));
        return list;
    }

    /** True when the pair has an export, import or turnover figure for the all-goods total in that period. */
    boolean hasTotalFigures(Pair pair, Period period) {
        for (String m : List.of(TURNOVER, EXPORT, IMPORT)) {
            if (level(pair, SeriesKey.ALL_GOODS, m, period).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The period the summary shows for a pair: the focus period when the pair has figures for it, otherwise the
     * latest period with figures that ended by the focus period's end, otherwise the latest of all.
     */
    Optional<Period> shownPeriod(Pair pair, Period focus) {
        if (focus != null && hasTotalFigures(pair, focus)) {
            return Optional.of(focus);
        }
        TreeSet<Period> all = new TreeSet<>(RECENCY);
        for (String m : List.of(TURNOVER, EXPORT, IMPORT)) {
            all.addAll(periods(pair, SeriesKey.ALL_GOODS, m));
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (focus != null) {
            LocalDate end = focus.lastDay();
            for (Period p : all.descendingSet()) {
                if (!p.lastDay().isAfter(end)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.of(all.last());
    }

    private static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
