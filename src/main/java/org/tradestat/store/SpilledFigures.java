package org.tradestat.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradestat.figure.Figure;
import org.tradestat.ingest.FigureColumns;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.util.LongIds;

/**
 * One partition of a {@link FigureSpill} as read back: its lines in input order, in columns of primitives. The few
 * distinct series, periods and sources are objects held once; a line is an index into the columns, and a value is an
 * unscaled {@code long} and a scale (a {@link BigDecimal} only where it has more than 18 digits). Nothing is an
 * object per line until a line is {@linkplain #figure made a figure}.
 */
final class SpilledFigures {

    /** The scale of a value that did not fit a long: the value is in {@link #big}. */
    static final byte BIG = FigureColumns.BIG;

    private final List<SeriesKey> seriesKeys = new ArrayList<>();
    private final Map<SeriesKey, Integer> seriesIds = new HashMap<>();
    private final List<Period> periods = new ArrayList<>();
    private final LongIds periodIds = new LongIds();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> sourceIds = new HashMap<>();
    private final Map<Integer, BigDecimal> big = new HashMap<>();

    private int size;
    private int[] series = new int[1024];
    private int[] period = new int[1024];
    private long[] unscaled = new long[1024];
    private byte[] scale = new byte[1024];
    private byte[] qualifier = new byte[1024];
    private int[] since = new int[1024];
    private int[] source = new int[1024];
    private int[] fileSeq = new int[1024];
    private long[] line = new long[1024];

    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    /** The number of a series in these columns, given once per series by the reader. */
    int seriesId(SeriesKey s) {
        return seriesIds.computeIfAbsent(s, k -> {
            seriesKeys.add(k);
            return seriesKeys.size() - 1;
        });
    }

    /** The number of a period, given as {@code year << 8 | kind << 4 | index}. */
    int periodId(int year, int kind, int index) {
        int code = year << 8 | kind << 4 | index;
        int id = periodIds.get(code);
        if (id < 0) {
            id = periods.size();
            periods.add(new Period(year, PeriodKind.values()[kind], index));
            periodIds.put(code, id);
        }
        return id;
    }

    int sourceId(String text) {
        return sourceIds.computeIfAbsent(text, k -> {
            sources.add(k);
            return sources.size() - 1;
        });
    }

    /** Adds a line; {@code value} is read only when {@code scale} is {@link #BIG}. */
    void add(int seriesId, int periodId, long unscaledValue, byte valueScale, BigDecimal value, byte qualifierOrdinal,
             int sinceYear, int sourceId, int file, long lineNo) {
        if (size == series.length) {
            grow();
        }
        series[size] = seriesId;
        period[size] = periodId;
        unscaled[size] = unscaledValue;
        scale[size] = valueScale;
        if (valueScale == BIG) {
            big.put(size, value);
        }
        qualifier[size] = qualifierOrdinal;
        since[size] = sinceYear;
        source[size] = sourceId;
        fileSeq[size] = file;
        line[size] = lineNo;
        size++;
    }

    private void grow() {
        int n = series.length * 2;
        series = Arrays.copyOf(series, n);
        period = Arrays.copyOf(period, n);
        unscaled = Arrays.copyOf(unscaled, n);
        scale = Arrays.copyOf(scale, n);
        qualifier = Arrays.copyOf(qualifier, n);
        since = Arrays.copyOf(since, n);
        source = Arrays.copyOf(source, n);
        fileSeq = Arrays.copyOf(fileSeq, n);
        line = Arrays.copyOf(line, n);
    }

    int size() {
        return size;
    }

    int seriesCount() {
        return seriesKeys.size();
    }

    int periodCount() {
        return periods.size();
    }

    /** The line's series: an index into {@link #seriesKey}. */
    int series(int i) {
        return series[i];
    }

    SeriesKey seriesKey(int id) {
        return seriesKeys.get(id);
    }

    /** The line's period: an index into {@link #periodOf}. */
    int period(int i) {
        return period[i];
    }

    Period periodOf(int id) {
        return periods.get(id);
    }

    int fileSeq(int i) {
        return fileSeq[i];
    }

    long line(int i) {
        return line[i];
    }

    /** Whether two lines hold the same amount, whatever its scale ({@code 1.5} and {@code 1.50} are the same). */
    boolean sameValue(int a, int b) {
        if (scale[a] == scale[b] && scale[a] != BIG) {
            return unscaled[a] == unscaled[b];
        }
        return value(a).compareTo(value(b)) == 0;
    }

    BigDecimal value(int i) {
        return scale[i] == BIG ? big.get(i) : BigDecimal.valueOf(unscaled[i], scale[i]);
    }

    Figure figure(int i) {
        return new Figure(seriesKeys.get(series[i]), periods.get(period[i]), value(i), QUALIFIERS[qualifier[i]],
                since[i] < 0 ? null : since[i], sources.get(source[i]));
    }

    FigureSpill.Line lineAt(int i) {
        return new FigureSpill.Line(fileSeq[i], line[i], figure(i));
    }
}
