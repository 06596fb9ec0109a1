package org.tradestat.computed;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorName;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * A block of the store's rows in typed columns, as {@link StoredIndicators#forEach} hands them out: the texts and
 * series by id, the value unscaled with its scale, the flags as bits with the outlier marks applied. The block is
 * filled again with the next rows, so a consumer keeps what it needs ({@link #indicator}), never the block.
 */
public final class StoredRows {

    private static final IndicatorName[] NAMES = IndicatorName.values();
    private static final Unit[] UNITS = Unit.values();
    private static final int OUTLIER = 1 << Flag.OUTLIER.ordinal();

    private final StoredIndicators store;
    private long first;
    private final int[] series;
    private final int[] period;
    private final int[] basis;
    private final long[] unscaled;
    private final byte[] scale;
    private final byte[] name;
    private final byte[] unit;
    private final byte[] flags;

    StoredRows(StoredIndicators store, int capacity) {
        this.store = store;
        series = new int[capacity];
        period = new int[capacity];
        basis = new int[capacity];
        unscaled = new long[capacity];
        scale = new byte[capacity];
        name = new byte[capacity];
        unit = new byte[capacity];
        flags = new byte[capacity];
    }

    void fill(ByteBuffer bytes, long firstRow, int n) {
        first = firstRow;
        for (int k = 0; k < n; k++) {
            series[k] = bytes.getInt();
            period[k] = bytes.getInt();
            basis[k] = bytes.getInt();
            unscaled[k] = bytes.getLong();
            scale[k] = bytes.get();
            name[k] = bytes.get();
            unit[k] = bytes.get();
            int bits = bytes.get();
            if (store.isOutlier(series[k], period[k], name[k])) {
                bits |= OUTLIER;
            }
            flags[k] = (byte) bits;
        }
    }

    /** The row's number in the store, from 0. */
    public long row(int k) {
        return first + k;
    }

    public int seriesId(int k) {
        return series[k];
    }

    public SeriesKey series(int k) {
        return store.seriesKey(series[k]);
    }

    /** The text id of the period (a period, or a range {@code first/last}). */
    public int periodId(int k) {
        return period[k];
    }

    public String period(int k) {
        return store.text(period[k]);
    }

    public int basisId(int k) {
        return basis[k];
    }

    public IndicatorName name(int k) {
        return NAMES[name[k]];
    }

    public Unit unit(int k) {
        return UNITS[unit[k]];
    }

    /** The flags as bits ({@code 1 << Flag.ordinal()}), the outlier mark included. */
    public int flagBits(int k) {
        return flags[k];
    }

    /** Whether the value is {@link #unscaled} with {@link #scale}; else it is only as {@link #value}. */
    public boolean fitsLong(int k) {
        return scale[k] != StoreLayout.BIG;
    }

    public long unscaled(int k) {
        return unscaled[k];
    }

    public int scale(int k) {
        return scale[k];
    }

    /** The value as {@code indicators.csv} shows it. */
    public BigDecimal value(int k) {
        return fitsLong(k) ? BigDecimal.valueOf(unscaled[k], scale[k]) : store.bigValue(row(k));
    }

    public Indicator indicator(int k) {
        return new Indicator(series(k), period(k), name(k).code(), value(k), unit(k), store.text(basis[k]),
                Indicator.flags(flags[k]));
    }
}
