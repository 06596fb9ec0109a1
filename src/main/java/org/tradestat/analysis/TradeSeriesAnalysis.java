package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * The series computations of {@link TradeAnalysis} for one pair: derived periods, turnover, balance, the comparisons
 * and running totals of each money series, the ratios, and the consistency warnings (turnover against export +
 * import, parts above their year, jumps). Plain Java.
 */
final class TradeSeriesAnalysis {

    static final BigDecimal TURNOVER_TOLERANCE = new BigDecimal("0.005");
    static final BigDecimal JUMP_FACTOR = BigDecimal.TEN;

    private TradeSeriesAnalysis() {
    }

    /**
     * The all-goods series of a pair: levels, comparisons, year to date and rolling twelve months of exports, imports,
     * turnover and the balance, the coverage ratio and normalized balance, and the warnings of their consistency.
     */
    static TradeAnalysis.Result allGoods(SeriesKey any, Map<String, NavigableMap<Period, Value>> reported,
                                         Period focus) {
        List<QualityWarning> warnings = new ArrayList<>();
        String where = any.pairLabel() + (SeriesKey.ALL_GOODS.equals(any.commodity()) ? "" : " commodity " + any.commodity());
        Map<String, NavigableMap<Period, Value>> flows = new TreeMap<>();
        for (var entry : reported.entrySet()) {
            for (String problem : PeriodDerivation.partsExceedingYear(entry.getValue(), TURNOVER_TOLERANCE)) {
                warnings.add(new QualityWarning("parts exceed year", where + " " + entry.getKey() + ": " + problem));
            }
            flows.put(entry.getKey(), PeriodDerivation.derive(entry.getValue()));
        }
        NavigableMap<Period, Value> exports = flows.getOrDefault("export", new TreeMap<>());
        NavigableMap<Period, Value> imports = flows.getOrDefault("import", new TreeMap<>());
        NavigableMap<Period, Value> turnover = turnover(exports, imports,
                flows.getOrDefault("turnover", new TreeMap<>()), where, warnings);

        List<Indicator> out = new ArrayList<>();
        SeriesKey key = any.withMeasure("export");
        addSeries(out, warnings, where, key.withMeasure("export"), exports, focus);
        addSeries(out, warnings, where, key.withMeasure("import"), imports, focus);
        addSeries(out, warnings, where, key.withMeasure("turnover"), turnover, focus);
        NavigableMap<Period, Value> balance = new TreeMap<>();
        for (var e : exports.entrySet()) {
            Value imp = imports.get(e.getKey());
            if (imp != null) {
                balance.put(e.getKey(), e.getValue().minus(imp));
            }
        }
        out.addAll(Comparisons.of(key.withMeasure("balance"), balance, Unit.USD));
        out.addAll(RunningTotals.of(key.withMeasure("balance"), balance, Unit.USD, focus));
        addRatios(out, key, exports, imports);
        return new TradeAnalysis.Result(out, warnings);
    }

    /** The coverage ratio and the normalized balance of each period with both flows (where they are defined). */
    static void addRatios(List<Indicator> out, SeriesKey key, NavigableMap<Period, Value> exports,
                                  NavigableMap<Period, Value> imports) {
        for (var e : exports.entrySet()) {
            Period period = e.getKey();
            Value exp = e.getValue();
            Value imp = imports.get(period);
            if (imp == null) {
                continue;
            }
            if (imp.amount().signum() > 0) {
                out.add(new Indicator(key.withMeasure("coverage"), period.toString(), "level",
                        exp.amount().divide(imp.amount(), MathContext.DECIMAL64), Unit.RATIO, "", exp.flagsWith(imp)));
            }
            BigDecimal total = exp.amount().add(imp.amount());
            if (total.signum() > 0) {
                out.add(new Indicator(key.withMeasure("normalized_balance"), period.toString(), "level",
                        exp.amount().subtract(imp.amount()).divide(total, MathContext.DECIMAL64), Unit.RATIO, "",
                        exp.flagsWith(imp)));
            }
        }
    }

    private static void addSeries(List<Indicator> out, List<QualityWarning> warnings, String where, SeriesKey key,
                                  NavigableMap<Period, Value> values, Period focus) {
        out.addAll(Comparisons.of(key, values, Unit.USD));
        out.addAll(RunningTotals.of(key, values, Unit.USD, focus));
        for (var e : values.entrySet()) {
            Value next = values.get(e.getKey().next());
            BigDecimal before = e.getValue().amount();
            if (next != null && before.signum() > 0 && next.amount().signum() > 0
                    && (next.amount().compareTo(before.multiply(JUMP_FACTOR)) > 0
                    || before.compareTo(next.amount().multiply(JUMP_FACTOR)) > 0)) {
                warnings.add(new QualityWarning("jump", where + " " + key.measure() + ": "
                        + plain(before) + " in " + e.getKey() + " then " + plain(next.amount()) + " in "
                        + e.getKey().next() + ", a change by more than a factor of 10"));
            }
        }
    }

    /**
     * Turnover is export + import where both are known, unless a reported turnover competes with a derived
     * split; a turnover row fills the periods where the split is unknown.
     */
    private static NavigableMap<Period, Value> turnover(NavigableMap<Period, Value> exports,
                                                        NavigableMap<Period, Value> imports,
                                                        NavigableMap<Period, Value> rows, String where,
                                                        List<QualityWarning> warnings) {
        NavigableMap<Period, Value> result = new TreeMap<>(rows);
        TreeSet<Period> periods = new TreeSet<>(exports.keySet());
        periods.retainAll(imports.keySet());
        for (Period period : periods) {
            Value sum = exports.get(period).plus(imports.get(period));
            Value row = rows.get(period);
            if (row == null || row.derived() || !sum.derived()) {
                result.put(period, sum);
            }
            if (row != null && !row.derived() && !sum.derived()) {
                BigDecimal gap = row.amount().subtract(sum.amount()).abs();
                if (gap.compareTo(sum.amount().multiply(TURNOVER_TOLERANCE)) > 0) {
                    warnings.add(new QualityWarning("turnover differs from export + import", where + " " + period
                            + ": reported turnover " + plain(row.amount()) + ", export + import " + plain(sum.amount())));
                }
            }
        }
        return result;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
