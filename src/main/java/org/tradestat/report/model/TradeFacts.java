package org.tradestat.report.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The trade indicators of a report, arranged the way the workbook, the findings and the charts read them: levels by
 * series and period, and the changes of each level. Built once from the indicators of a run (see
 * {@link ReportModel}).
 */
public final class TradeFacts {

    public static final String EXPORT = "export";
    public static final String IMPORT = "import";
    public static final String TURNOVER = "turnover";
    public static final String BALANCE = "balance";
    public static final String COVERAGE = "coverage";
    public static final String NORMALIZED_BALANCE = "normalized_balance";

    /** Money measures that have comparisons, in the order tables show them. */
    public static final List<String> MONEY_MEASURES = List.of(TURNOVER, EXPORT, IMPORT, BALANCE);
    /** Every level measure a trade row shows, in column order. */
    public static final List<String> ROW_MEASURES = List.of(EXPORT, IMPORT, TURNOVER, BALANCE, COVERAGE,
            NORMALIZED_BALANCE);

    /** The comparison types of SPEC 4, in the order tables show them. */
    public static final List<String> COMPARISON_TYPES = Comparison.types();

    /** One series of levels: pair, commodity, measure. */
    private record SeriesId(Pair pair, String commodity, String measure) {
    }

    /** One comparison of a level with an earlier one: absolute change, percentage, and the CAGR for long. */
    public record Change(String type, Period period, Period base, BigDecimal abs, BigDecimal pct, BigDecimal cagrPct,
                         Set<Flag> flags) {
    }

    /** One row of the Trade sheet: all measures of a pair and commodity for a period. */
    public record RowKey(Pair pair, String commodity, Period period) {
    }

    /** One row of the Comparisons sheet. */
    public record ChangeKey(Pair pair, String commodity, String measure, Period period, String type) {
    }

    public static final Comparator<String> COMMODITY_ORDER = Comparator
            .comparing((String c) -> !SeriesKey.ALL_GOODS.equals(c))
            .thenComparing(Comparator.naturalOrder());

    public static final Comparator<RowKey> ROW_ORDER = Comparator.comparing(RowKey::pair)
            .thenComparing(RowKey::commodity, COMMODITY_ORDER)
            .thenComparing(RowKey::period);

    public static final Comparator<ChangeKey> CHANGE_ORDER = Comparator.comparing(ChangeKey::pair)
            .thenComparing(ChangeKey::commodity, COMMODITY_ORDER)
            .thenComparing(k -> rank(MONEY_MEASURES, k.measure()))
            .thenComparing(ChangeKey::period)
            .thenComparing(k -> rank(COMPARISON_TYPES, k.type()));

    /** Latest first: by the last day, then the longer period (a year before its second half). */
    public static final Comparator<Period> RECENCY = Comparator.comparing(Period::lastDay)
            .thenComparing(p -> p.kind().monthsLong());

    private final Map<SeriesId, NavigableMap<Period, Level>> levels = new HashMap<>();
    private final Map<ChangeKey, Change> changes = new HashMap<>();
    private final RunningTotals runningTotals = new RunningTotals();
    private List<Pair> totalPairs = List.of();

    private TradeFacts() {
    }

    public static TradeFacts of(List<Indicator> indicators) {
        TradeFacts facts = new TradeFacts();
        Map<ChangeKey, Map<String, Indicator>> parts = new HashMap<>();
        for (Indicator ind : indicators) {
            SeriesKey s = ind.series();
            if (s.dataset() != Dataset.TRADE || "*".equals(s.partner()) || "*".equals(s.commodity())
                    || !ROW_MEASURES.contains(s.measure())) {
                continue;
            }
            Optional<Level> level = Level.of(ind);
            if (level.isEmpty()) {
                continue;
            }
            Pair pair = new Pair(s.reporter(), s.partner());
            String commodity = s.commodity().isEmpty() ? SeriesKey.ALL_GOODS : s.commodity();
            Period period = level.get().period();
            if ("level".equals(ind.name())) {
                facts.levels.computeIfAbsent(new SeriesId(pair, commodity, s.measure()), k -> new TreeMap<>())
                        .merge(period, level.get(), Level::firstReported);
                continue;
            }
            if (SeriesKey.ALL_GOODS.equals(commodity) && MONEY_MEASURES.contains(s.measure())
                    && facts.runningTotals.add(pair, s.measure(), period, ind)) {
                continue;
            }
            Optional<Comparison> comparison = Comparison.of(ind.name());
            if (comparison.isPresent() && MONEY_MEASURES.contains(s.measure())) {
                ChangeKey key = new ChangeKey(pair, commodity, s.measure(), period, comparison.get().type);
                parts.computeIfAbsent(key, k -> new HashMap<>()).put(comparison.get().part, ind);
            }
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
        facts.runningTotals.finish();
        TreeSet<Pair> pairs = new TreeSet<>();
        for (SeriesId id : facts.levels.keySet()) {
            if (SeriesKey.ALL_GOODS.equals(id.commodity())) {
                pairs.add(id.pair());
            }
        }
        facts.totalPairs = List.copyOf(pairs);
        return facts;
    }

    /** Pairs with all-goods figures, in order. */
    public List<Pair> totalPairs() {
        return totalPairs;
    }

    /**
     * Pairs with commodity figures but no all-goods figure (a download of one product), each with its commodities
     * other than the folded rest.
     */
    public Map<Pair, Set<String>> commodityOnlyPairs() {
        Set<Pair> withTotal = new TreeSet<>(totalPairs);
        Map<Pair, Set<String>> out = new TreeMap<>();
        for (SeriesId id : levels.keySet()) {
            if (!withTotal.contains(id.pair()) && CommodityCode.of(id.commodity()).isPresent()) {
                out.computeIfAbsent(id.pair(), p -> new TreeSet<>(COMMODITY_ORDER)).add(id.commodity());
            }
        }
        return out;
    }

    public Optional<Level> level(Pair pair, String commodity, String measure, Period period) {
        return Optional.ofNullable(series(pair, commodity, measure).get(period));
    }

    public Optional<Change> change(Pair pair, String commodity, String measure, Period period, String type) {
        return Optional.ofNullable(changes.get(new ChangeKey(pair, commodity, measure, period, type)));
    }

    /** The year to date or rolling twelve months of an all-goods flow ending at {@code end}, when the run has it. */
    public Optional<RunningTotal> runningTotal(Pair pair, String measure, RunningTotal.Span span, Period end) {
        return runningTotals.get(pair, measure, span, end);
    }

    /** Periods of a series, chronological. */
    public Set<Period> periods(Pair pair, String commodity, String measure) {
        return series(pair, commodity, measure).keySet();
    }

    /** The levels of a series by period, chronological; empty when there are none. */
    public SortedMap<Period, Level> series(Pair pair, String commodity, String measure) {
        NavigableMap<Period, Level> series = levels.get(new SeriesId(pair, commodity, measure));
        return series == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(series);
    }

    /** The all-goods levels of a pair and measure by period, chronological: what the charts draw. */
    public SortedMap<Period, Level> allGoods(Pair pair, String measure) {
        return series(pair, SeriesKey.ALL_GOODS, measure);
    }

    /** Every (pair, commodity, period) with at least one level, sorted by pair, commodity, period. */
    public List<RowKey> rows() {
        TreeSet<RowKey> rows = new TreeSet<>(ROW_ORDER);
        for (var e : levels.entrySet()) {
            for (Period p : e.getValue().keySet()) {
                rows.add(new RowKey(e.getKey().pair(), e.getKey().commodity(), p));
            }
        }
        return new ArrayList<>(rows);
    }

    /** Every comparison, sorted by pair, commodity, measure, period and type. */
    public List<Map.Entry<ChangeKey, Change>> changeRows() {
        List<Map.Entry<ChangeKey, Change>> list = new ArrayList<>(changes.entrySet());
        list.sort(Map.Entry.comparingByKey(CHANGE_ORDER));
        return list;
    }

    /** True when the pair has an export, import or turnover figure for the all-goods total in that period. */
    private boolean hasTotalFigures(Pair pair, Period period) {
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
    public Optional<Period> shownPeriod(Pair pair, Period focus) {
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

    static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
