package org.tradestat.ingest;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.tradestat.figure.SeriesKey;

/**
 * The series of one load, numbered from 0 in the order the trade parsers first meet them, one instance each. A line
 * read in place carries its series' number ({@link FigureColumns#seriesNumber}), so that the work files find where
 * the series goes by an array index instead of hashing its texts. Shared by the parsers of every file and chunk of
 * the load, on any thread.
 */
public final class SeriesNumbers {

    /** A series and its number. */
    record Numbered(SeriesKey series, int number) {
    }

    private final ConcurrentHashMap<SeriesKey, Numbered> numbered = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** The series' one instance and its number, numbering it if it is new. */
    Numbered of(SeriesKey series) {
        Numbered known = numbered.get(series);
        return known != null ? known : numbered.computeIfAbsent(series, s -> new Numbered(s, next.getAndIncrement()));
    }
}
