package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * Indicators kept in columns: the series, period, name and basis as shared references, the value as an unscaled
 * {@code long} and a scale, the unit and the flags as small numbers. About 30 bytes an indicator, where an {@link
 * Indicator} with its {@code BigDecimal} takes about 85: the millions of levels that the comparisons across series
 * need (5.3 million at 100 million input lines) fit in the heap, and become objects a few at a time ({@link #select}).
 */
public final class IndicatorColumns {

    private static final byte BIG = Byte.MIN_VALUE;
    private static final Unit[] UNITS = Unit.values();

    private int size;
    private SeriesKey[] series = new SeriesKey[1024];
    private String[] period = new String[1024];
    private String[] name = new String[1024];
    private String[] basis = new String[1024];
    private long[] unscaled = new long[1024];
    private byte[] scale = new byte[1024];
    private byte[] unit = new byte[1024];
    private byte[] flags = new byte[1024];
    /** The values that do not fit a long, by position (few: money beyond 92 quadrillion at its scale). */
    private final java.util.Map<Integer, BigDecimal> big = new java.util.HashMap<>();

    public void add(Indicator i) {
        if (size == series.length) {
            int n = size * 2;
            series = Arrays.copyOf(series, n);
            period = Arrays.copyOf(period, n);
            name = Arrays.copyOf(name, n);
            basis = Arrays.copyOf(basis, n);
            unscaled = Arrays.copyOf(unscaled, n);
            scale = Arrays.copyOf(scale, n);
            unit = Arrays.copyOf(unit, n);
            flags = Arrays.copyOf(flags, n);
        }
        series[size] = i.series();
        period[size] = i.period();
        name[size] = i.name();
        basis[size] = i.basis();
        BigDecimal value = i.value();
        if (value.scale() >= 0 && value.scale() < 127 && value.unscaledValue().bitLength() < 63) {
            unscaled[size] = value.unscaledValue().longValue();
            scale[size] = (byte) value.scale();
        } else {
            big.put(size, value);
            scale[size] = BIG;
        }
        unit[size] = (byte) i.unit().ordinal();
        flags[size] = (byte) Indicator.bits(i.flags());
        size++;
    }

    public int size() {
        return size;
    }

    public SeriesKey series(int k) {
        return series[k];
    }

    public String period(int k) {
        return period[k];
    }

    public String name(int k) {
        return name[k];
    }

    public Indicator get(int k) {
        BigDecimal value = scale[k] == BIG ? big.get(k) : BigDecimal.valueOf(unscaled[k], scale[k]);
        return new Indicator(series[k], period[k], name[k], value, UNITS[unit[k]], basis[k],
                Indicator.flags(flags[k]));
    }

    /** The indicators at the positions that pass {@code wanted}, as objects, in the order they were added. */
    public List<Indicator> select(IntPredicate wanted) {
        List<Indicator> out = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            if (wanted.test(k)) {
                out.add(get(k));
            }
        }
        return out;
    }
}
