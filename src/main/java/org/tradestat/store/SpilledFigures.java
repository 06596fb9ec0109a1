package org.tradestat.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.ingest.FigureColumns;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.util.LongIds;

/**
 * One partition of a {@link FigureSpill} as read back: its lines in input order, as {@link FigureColumns}, with the
 * partition's own numbers for its few distinct series and periods, which is what sorting and duplicate resolution
 * compare. Nothing is an object per line until a line is {@linkplain #figure made a figure}.
 */
final class SpilledFigures {

    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    private final List<SeriesKey> seriesKeys = new ArrayList<>();
    private final Map<SeriesKey, Integer> seriesIds = new HashMap<>();
    private final List<Period> periods = new ArrayList<>();
    private final LongIds periodIds = new LongIds();

    private final FigureColumns figures = new FigureColumns(1024);
    private int[] series = new int[1024];
    private int[] period = new int[1024];

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
            periods.add(new Period(year, PeriodKind.values()[kind], index));
            periodIds.put(code, id);
        }
        return id;
    }

    /** Adds a line; {@code big} is read only when {@code scale} is {@link FigureColumns#BIG}. */
    void add(int seriesId, int periodId, long unscaled, byte scale, BigDecimal big, byte qualifierOrdinal,
             int sinceYear, String source, int file, long lineNo) {
        int i = figures.size();
        if (i == series.length) {
            series = Arrays.copyOf(series, i * 2);
            period = Arrays.copyOf(period, i * 2);
        }
        series[i] = seriesId;
        period[i] = periodId;
        figures.add(file, lineNo, seriesKeys.get(seriesId), periods.get(periodId), unscaled, scale, big,
                QUALIFIERS[qualifierOrdinal], sinceYear, source);
    }

    int size() {
        return figures.size();
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
        return figures.fileSeq(i);
    }

    long line(int i) {
        return figures.line(i);
    }

    boolean sameValue(int a, int b) {
        return figures.sameValue(a, b);
    }

    BigDecimal value(int i) {
        return figures.value(i);
    }

    Figure figure(int i) {
        return figures.figure(i);
    }

    FigureSpill.Line lineAt(int i) {
        return new FigureSpill.Line(figures.fileSeq(i), figures.line(i), figures.figure(i));
    }
}
