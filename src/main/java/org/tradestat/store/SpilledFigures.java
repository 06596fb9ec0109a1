package org.tradestat.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradestat.analysis.Value;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.ingest.FigureColumns;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.util.LongIds;

/**
 * One partition of a {@link FigureSpill} as read back: its lines in input order, in columns of primitives, with the
 * partition's own numbers for its few distinct series and periods, which is what sorting and duplicate resolution
 * compare. A value is an unscaled {@code long} and a scale, or a {@link BigDecimal} where it needs more than 62 bits.
 * Nothing is an object per line until a line is {@linkplain #figure made a figure}.
 */
final class SpilledFigures {

    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final PeriodKind[] PERIOD_KINDS = PeriodKind.values();

    private final List<SeriesKey> seriesKeys = new ArrayList<>();
    private final Map<SeriesKey, Integer> seriesIds = new HashMap<>();
    private final List<Period> periods = new ArrayList<>();
    private final LongIds periodIds = new LongIds();

    private int size;
    private int[] series;
    private int[] period;
    private long[] unscaled;
    private byte[] scale;
    /** The values held as BigDecimals, by line; made for the first such line. */
    private BigDecimal[] big;
    private byte[] qualifier;
    private int[] since;
    private String[] source;
    private int[] fileSeq;
    private long[] line;

    /** Columns with room for {@code capacity} lines; they grow beyond it if need be. */
    SpilledFigures(int capacity) {
        int n = Math.max(16, capacity);
        series = new int[n];
        period = new int[n];
        unscaled = new long[n];
        scale = new byte[n];
        qualifier = new byte[n];
        since = new int[n];
        source = new String[n];
        fileSeq = new int[n];
        line = new long[n];
    }

    /** The number of a series in this partition, given once per series by the reader. */
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
            periods.add(new Period(year, PERIOD_KINDS[kind], index));
            periodIds.put(code, id);
        }
        return id;
    }

    /** Adds a line; {@code bigValue} is read only when {@code valueScale} is {@link FigureColumns#BIG}. */
    void add(int seriesId, int periodId, long unscaledValue, byte valueScale, BigDecimal bigValue, byte qualifierOrdinal,
             int sinceYear, String sourceText, int file, long lineNo) {
        if (size == series.length) {
            grow();
        }
        int i = size++;
        series[i] = seriesId;
        period[i] = periodId;
        unscaled[i] = unscaledValue;
        scale[i] = valueScale;
        if (valueScale == FigureColumns.BIG) {
            if (big == null) {
                big = new BigDecimal[series.length];
            }
            big[i] = bigValue;
        }
        qualifier[i] = qualifierOrdinal;
        since[i] = sinceYear;
        source[i] = sourceText;
        fileSeq[i] = file;
        line[i] = lineNo;
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
        if (big != null) {
            big = Arrays.copyOf(big, n);
        }
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
        if (scale[a] == scale[b] && scale[a] != FigureColumns.BIG) {
            return unscaled[a] == unscaled[b];
        }
        return value(a).compareTo(value(b)) == 0;
    }

    BigDecimal value(int i) {
        return scale[i] == FigureColumns.BIG ? big[i] : BigDecimal.valueOf(unscaled[i], scale[i]);
    }

    /** The line's value for the analysis, without a BigDecimal where it fits a long. */
    Value analysisValue(int i) {
        return scale[i] == FigureColumns.BIG ? Value.reported(big[i], QUALIFIERS[qualifier[i]])
                : Value.reported(unscaled[i], scale[i], QUALIFIERS[qualifier[i]]);
    }

    Figure figure(int i) {
        return new Figure(seriesKeys.get(series[i]), periods.get(period[i]), value(i), QUALIFIERS[qualifier[i]],
                since[i] < 0 ? null : since[i], source[i]);
    }

    FigureSpill.Line lineAt(int i) {
        return new FigureSpill.Line(fileSeq[i], line[i], figure(i));
    }
}
