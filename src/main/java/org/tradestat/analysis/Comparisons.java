package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The period comparisons of SPEC 4 for one series: {@code yoy} (same period a year earlier), {@code seq} (the
 * preceding period of the same length; not for years, where it equals yoy) and {@code long} (the earliest
 * period of the same kind at least two years earlier, with the compound annual growth rate). Every comparison gives
 * the absolute change; the percentage change and the growth rate only where {@link #hasPercentChange} allows them.
 */
public final class Comparisons {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Comparisons() {
    }

    /** Level and comparisons, period by period, for a series of amounts in {@code unit}. */
    public static List<Indicator> of(SeriesKey series, NavigableMap<Period, Value> values, Unit unit) {
        List<Indicator> out = new ArrayList<>();
        for (Map.Entry<Period, Value> entry : values.entrySet()) {
            Period period = entry.getKey();
            Value value = entry.getValue();
            out.add(new Indicator(series, period.toString(), "level", value.amount(), unit, "", value.flags()));
            Value lastYear = values.get(period.sameOneYearEarlier());
            if (lastYear != null) {
                change(out, series, period, value, period.sameOneYearEarlier(), lastYear, "yoy", unit);
            }
            if (period.kind() != PeriodKind.YEAR) {
                Value previous = values.get(period.previous());
                if (previous != null) {
                    change(out, series, period, value, period.previous(), previous, "seq", unit);
                }
            }
            earliestComparable(values, period).ifPresent(base -> {
                Value baseValue = values.get(base);
                change(out, series, period, value, base, baseValue, "long", unit);
                double years = base.yearsUntil(period);
                if (hasPercentChange(baseValue.amount(), value.amount())) {
                    double ratio = value.amount().divide(baseValue.amount(), MathContext.DECIMAL64).doubleValue();
                    double cagr = (Math.pow(ratio, 1.0 / years) - 1.0) * 100.0;
                    out.add(new Indicator(series, period.toString(), "long_cagr_pct", BigDecimal.valueOf(cagr),
                            Unit.PERCENT, base.toString(), value.flagsWith(baseValue)));
                }
            });
        }
        return out;
    }

    private static java.util.Optional<Period> earliestComparable(NavigableMap<Period, Value> values, Period period) {
        for (Period candidate : values.keySet()) {
            if (candidate.year() > period.year() - 2) {
                break;
            }
            if (candidate.kind() == period.kind() && candidate.index() == period.index()) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * {@code <prefix>_abs}, and {@code <prefix>_pct} where {@link #hasPercentChange} allows it, of {@code value} at
     * {@code period} against {@code baseValue} at {@code base}: also the changes of {@link RunningTotals}.
     */
    static void change(List<Indicator> out, SeriesKey series, Period period, Value value, Period base,
                       Value baseValue, String prefix, Unit unit) {
        var flags = value.flagsWith(baseValue);
        BigDecimal abs = value.amount().subtract(baseValue.amount());
        out.add(new Indicator(series, period.toString(), prefix + "_abs", abs, unit, base.toString(), flags));
        if (hasPercentChange(baseValue.amount(), value.amount())) {
            BigDecimal pct = abs.multiply(HUNDRED).divide(baseValue.amount(), MathContext.DECIMAL64);
            out.add(new Indicator(series, period.toString(), prefix + "_pct", pct, Unit.PERCENT, base.toString(), flags));
        }
    }

    /**
     * Whether a change from {@code base} to {@code later} has a percentage change (README, "Reading the report"): only from a
     * positive figure to one that is not negative. The change of a deficit, a change from zero and a change from a
     * surplus to a deficit are given as absolute changes only: divided by a negative or zero base, a percentage
     * reads the wrong way round or means nothing (a deficit of 2,189.9 narrowing to 2,151.4 is not "+1.8%").
     */
    public static boolean hasPercentChange(BigDecimal base, BigDecimal later) {
        return base.signum() > 0 && later.signum() >= 0;
    }
}
