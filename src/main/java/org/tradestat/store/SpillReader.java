package org.tradestat.store;

import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.ingest.FigureColumns;

/**
 * Reads one partition of a {@link FigureSpill} back into {@link SpilledFigures}: the file mapped into memory rather
 * than copied onto the heap, its numbers read from the mapping (big-endian, as {@code DataOutputStream} wrote them),
 * and the columns sized from the file's length, so that they never grow while read.
 */
final class SpillReader {

    /** The fewest bytes a spilled line takes: a numbered series and source, and a one-digit BigDecimal value. */
    static final int MIN_LINE_BYTES = 4 + 4 + 1 + 3 + 1 + 4 + 4 + 4 + 8;

    private static final Dataset[] DATASETS = Dataset.values();

    private SpillReader() {
    }

    static SpilledFigures read(Path dir, int partition) throws IOException {
        Path file = FigureSpill.file(dir, partition);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long bytes = channel.size();
            ByteBuffer in = channel.map(FileChannel.MapMode.READ_ONLY, 0, bytes);
            SpilledFigures columns = new SpilledFigures((int) Math.min(Integer.MAX_VALUE - 16, bytes / MIN_LINE_BYTES + 1));
            try {
                read(in, columns);
            } catch (BufferUnderflowException e) {
                throw new EOFException(file + " ends inside a line");
            }
            return columns;
        }
    }

    private static void read(ByteBuffer in, SpilledFigures columns) {
        List<String> dictionary = new ArrayList<>();
        // the spill's series numbers, as numbers of the columns; series written in full map through the columns' own
        int[] seriesById = new int[256];
        int seriesNumbered = 0;
        while (in.hasRemaining()) {
            int spillId = in.getInt();
            int series;
            if (spillId >= 0) {
                series = seriesById[spillId];
            } else {
                Dataset dataset = DATASETS[in.get()];
                series = columns.seriesId(new SeriesKey(dataset, string(in, dictionary), string(in, dictionary),
                        string(in, dictionary), string(in, dictionary)));
                if (spillId == FigureSpill.NEW_ENTRY) {
                    if (seriesNumbered == seriesById.length) {
                        seriesById = Arrays.copyOf(seriesById, seriesById.length * 2);
                    }
                    seriesById[seriesNumbered++] = series;
                }
            }
            int period = columns.periodId(in.getShort(), in.get(), in.get());
            byte scale = in.get();
            long unscaled = 0;
            BigDecimal big = null;
            if (scale == FigureColumns.BIG) {
                big = new BigDecimal(utf(in));
            } else {
                unscaled = in.getLong();
            }
            byte qualifier = in.get();
            int since = in.getInt();
            // the dictionary gives one String per distinct source
            String source = string(in, dictionary);
            columns.add(series, period, unscaled, scale, big, qualifier, since, source, in.getInt(), in.getLong());
        }
    }

    private static String string(ByteBuffer in, List<String> dictionary) {
        int id = in.getInt();
        if (id >= 0) {
            return dictionary.get(id);
        }
        String text = utf(in);
        if (id == FigureSpill.NEW_ENTRY) {
            dictionary.add(text);
        }
        return text;
    }

    /** A string as {@code DataOutputStream.writeUTF} wrote it: its length in bytes, then modified UTF-8. */
    private static String utf(ByteBuffer in) {
        int end = (in.getShort() & 0xFFFF) + in.position();
        char[] chars = new char[end - in.position()];
        int n = 0;
        while (in.position() < end) {
            int a = in.get() & 0xFF;
            if (a < 0x80) {
                chars[n++] = (char) a;
            } else if (a < 0xE0) {
                chars[n++] = (char) ((a & 0x1F) << 6 | in.get() & 0x3F);
            } else {
                chars[n++] = (char) ((a & 0x0F) << 12 | (in.get() & 0x3F) << 6 | in.get() & 0x3F);
            }
        }
        return new String(chars, 0, n);
    }
}
