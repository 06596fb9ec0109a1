package org.tradestat.ingest;

import java.math.BigDecimal;
import java.util.Arrays;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * A block of figure lines in columns, in input order: the load's figures on their way to the work files. The series,
 * periods and sources are shared instances (an input repeats a few of them on millions of lines); a value is an
 * unscaled {@code long} and a scale, or a {@link BigDecimal} where it needs more than 62 bits.
 */
public final class FigureColumns {

    /** The scale of a value held as a {@link BigDecimal}. */
    public static final byte BIG = Byte.MIN_VALUE;
    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    private int size;
    private int[] fileSeq;
    private long[] line;
    private SeriesKey[] series;
    private int[] seriesNumber;
    private Period[] period;
    private long[] unscaled;
    private byte[] scale;
    private BigDecimal[] big;
    private byte[] qualifier;
    private int[] since;
    private String[] source;

    public FigureColumns(int capacity) {
        int n = Math.max(16, capacity);
        fileSeq = new int[n];
        line = new long[n];
        series = new SeriesKey[n];
        seriesNumber = new int[n];
        period = new Period[n];
        unscaled = new long[n];
        scale = new byte[n];
        qualifier = new byte[n];
        since = new int[n];
        source = new String[n];
    }

    /**
     * Adds a figure that fits a long, {@code unscaledValue} × 10^-{@code valueScale}, of a series numbered in the load
     * ({@link SeriesNumbers}).
     */
    void add(int file, long lineNo, SeriesKey s, int number, Period p, long unscaledValue, int valueScale, Qualifier q,
             String sourceText) {
        add(file, lineNo, s, p, unscaledValue, (byte) valueScale, null, q, -1, sourceText);
        seriesNumber[size - 1] = number;
    }

    /** Adds a figure as the record parser gave it. */
    public void add(int file, long lineNo, Figure f) {
        BigDecimal value = f.value();
        boolean fits = value.scale() >= 0 && value.scale() < 127 && value.unscaledValue().bitLength() < 63;
        add(file, lineNo, f.series(), f.period(), fits ? value.unscaledValue().longValue() : 0,
                fits ? (byte) value.scale() : BIG, value, f.qualifier(), f.sinceYear() == null ? -1 : f.sinceYear(),
                f.source());
    }

    /**
     * Adds a figure: the value is {@code unscaledValue} × 10^-{@code valueScale}, or {@code big} when the scale is
     * {@link #BIG}; {@code sinceYear} is -1 when there is none.
     */
    public void add(int file, long lineNo, SeriesKey s, Period p, long unscaledValue, byte valueScale, BigDecimal big,
                    Qualifier q, int sinceYear, String sourceText) {
        int i = next();
        fileSeq[i] = file;
        line[i] = lineNo;
        series[i] = s;
        seriesNumber[i] = -1;
        period[i] = p;
        unscaled[i] = unscaledValue;
        scale[i] = valueScale;
        if (valueScale == BIG) {
            if (this.big == null) {
                this.big = new BigDecimal[series.length];
            }
            this.big[i] = big;
        }
        qualifier[i] = (byte) q.ordinal();
        since[i] = sinceYear;
        source[i] = sourceText;
    }

    /** Adds the lines {@code [start, end)} of {@code from}, as they are. */
    void addAll(FigureColumns from, int start, int end) {
        int n = end - start;
        ensureCapacity(size + n);
        System.arraycopy(from.fileSeq, start, fileSeq, size, n);
        System.arraycopy(from.line, start, line, size, n);
        System.arraycopy(from.series, start, series, size, n);
        System.arraycopy(from.seriesNumber, start, seriesNumber, size, n);
        System.arraycopy(from.period, start, period, size, n);
        System.arraycopy(from.unscaled, start, unscaled, size, n);
        System.arraycopy(from.scale, start, scale, size, n);
        System.arraycopy(from.qualifier, start, qualifier, size, n);
        System.arraycopy(from.since, start, since, size, n);
        System.arraycopy(from.source, start, source, size, n);
        if (from.big != null) {
            if (big == null) {
                big = new BigDecimal[series.length];
            }
            System.arraycopy(from.big, start, big, size, n);
        }
        size += n;
    }

    private int next() {
        ensureCapacity(size + 1);
        return size++;
    }

    private void ensureCapacity(int needed) {
        if (needed > series.length) {
            int n = Math.max(needed, series.length * 2);
            fileSeq = Arrays.copyOf(fileSeq, n);
            line = Arrays.copyOf(line, n);
            series = Arrays.copyOf(series, n);
            seriesNumber = Arrays.copyOf(seriesNumber, n);
            period = Arrays.copyOf(period, n);
            unscaled = Arrays.copyOf(unscaled, n);
            scale = Arrays.copyOf(scale, n);
            qualifier = Arrays.copyOf(qualifier, n);
            since = Arrays.copyOf(since, n);
            source = Arrays.copyOf(source, n);
            if (big != null) {
                big = Arrays.copyOf(big, n);
            }
        }
    }

    public int size() {
        return size;
    }

    /** Empties the columns to fill them again (the instances they refer to are let go as they are overwritten). */
    void clear() {
        size = 0;
    }

    public int fileSeq(int i) {
        return fileSeq[i];
    }

    public long line(int i) {
        return line[i];
    }

    public SeriesKey series(int i) {
        return series[i];
    }

    /** The series' number in the load ({@link SeriesNumbers}), or -1 for a line read as a record. */
    public int seriesNumber(int i) {
        return seriesNumber[i];
    }

    public Period period(int i) {
        return period[i];
    }

    /** The unscaled value; meaningful when {@link #scale} is not {@link #BIG}. */
    public long unscaled(int i) {
        return unscaled[i];
    }

    public byte scale(int i) {
        return scale[i];
    }

    public BigDecimal value(int i) {
        return scale[i] == BIG ? big[i] : BigDecimal.valueOf(unscaled[i], scale[i]);
    }

    /** Whether two lines hold the same amount, whatever its scale ({@code 1.5} and {@code 1.50} are the same). */
    public boolean sameValue(int a, int b) {
        if (scale[a] == scale[b] && scale[a] != BIG) {
            return unscaled[a] == unscaled[b];
        }
        return value(a).compareTo(value(b)) == 0;
    }

    public Qualifier qualifier(int i) {
        return QUALIFIERS[qualifier[i]];
    }

    /** The year since which a cumulative figure counts, or -1. */
    public int since(int i) {
        return since[i];
    }

    public String source(int i) {
        return source[i];
    }

    /** The line as a figure (for tests and for the few places that need one). */
    public Figure figure(int i) {
        return new Figure(series[i], period[i], value(i), qualifier(i), since[i] < 0 ? null : since[i], source[i]);
    }
}
