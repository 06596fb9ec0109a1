package org.tradestat.computed;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.util.LongIds;

/**
 * A run's computed indicators as {@link IndicatorStoreWriter} wrote them: the dictionaries of texts and series in
 * memory, the rows read from the file a block at a time, in the order they were written, each time they are
 * {@linkplain #forEach visited}.
 */
public final class StoredIndicators {

    /** Rows read from the file at a time. */
    private static final int BLOCK_ROWS = 4096;

    private final Path file;
    private final long rows;
    private final String[] texts;
    private final SeriesKey[] series;
    private final List<String> textList;
    private final List<SeriesKey> seriesList;
    private final Map<Long, BigDecimal> bigValues;
    private final LongIds outliers;
    /** Per series id: whether any indicator of the series is marked as an outlier (most rows need no look-up). */
    private final boolean[] seriesWithOutliers;

    /** What a step does with each row of a block; {@code rows} is reused for the next block. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(StoredRows rows, int k) throws IOException;
    }

    private StoredIndicators(Path file, long rows, String[] texts, SeriesKey[] series,
                             Map<Long, BigDecimal> bigValues, LongIds outliers, boolean[] seriesWithOutliers) {
        this.file = file;
        this.rows = rows;
        this.texts = texts;
        this.series = series;
        this.textList = List.of(texts);
        this.seriesList = List.of(series);
        this.bigValues = bigValues;
        this.outliers = outliers;
        this.seriesWithOutliers = seriesWithOutliers;
    }

    /** Reads the store's dictionaries; an incomplete file, or one of another kind or build, is refused. */
    public static StoredIndicators open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = read(channel, 0, StoreLayout.HEADER.length, file);
            if (size < StoreLayout.HEADER.length + StoreLayout.FOOTER_BYTES
                    || !Arrays.equals(header.array(), StoreLayout.HEADER)) {
                throw new IOException(file + " is not a store of computed indicators of this build");
            }
            ByteBuffer footer = read(channel, size - StoreLayout.FOOTER_BYTES, StoreLayout.FOOTER_BYTES, file);
            long trailerOffset = footer.getLong();
            long rows = footer.getLong();
            if (footer.getLong() != StoreLayout.END
                    || trailerOffset != StoreLayout.HEADER.length + rows * StoreLayout.ROW_BYTES) {
                throw new IOException(file + " is incomplete or damaged");
            }
            ByteBuffer trailer = read(channel, trailerOffset, size - StoreLayout.FOOTER_BYTES - trailerOffset, file);
            try {
                return parse(file, rows, trailer);
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new IOException(file + " is damaged: " + e, e);
            }
        }
    }

    private static StoredIndicators parse(Path file, long rows, ByteBuffer trailer) {
        String[] texts = new String[trailer.getInt()];
        for (int k = 0; k < texts.length; k++) {
            byte[] utf8 = new byte[trailer.getInt()];
            trailer.get(utf8);
            texts[k] = new String(utf8, StandardCharsets.UTF_8);
        }
        Dataset[] datasets = Dataset.values();
        SeriesKey[] series = new SeriesKey[trailer.getInt()];
        for (int k = 0; k < series.length; k++) {
            series[k] = new SeriesKey(datasets[trailer.get()], texts[trailer.getInt()], texts[trailer.getInt()],
                    texts[trailer.getInt()], texts[trailer.getInt()]);
        }
        Map<Long, BigDecimal> bigValues = new HashMap<>();
        for (int n = trailer.getInt(); n > 0; n--) {
            long row = trailer.getLong();
            int scale = trailer.getInt();
            byte[] unscaled = new byte[trailer.getInt()];
            trailer.get(unscaled);
            bigValues.put(row, new BigDecimal(new BigInteger(unscaled), scale));
        }
        LongIds outliers = new LongIds();
        boolean[] seriesWithOutliers = new boolean[series.length];
        for (int n = trailer.getInt(); n > 0; n--) {
            long key = trailer.getLong();
            outliers.put(key, 1);
            seriesWithOutliers[(int) (key >>> 32)] = true;
        }
        return new StoredIndicators(file, rows, texts, series, bigValues, outliers, seriesWithOutliers);
    }

    private static ByteBuffer read(FileChannel channel, long position, long length, Path file) throws IOException {
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException(file + " is damaged");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) length);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, position + bytes.position()) < 0) {
                throw new IOException(file + " is incomplete");
            }
        }
        return bytes.flip();
    }

    /** The indicators in the store. */
    public long count() {
        return rows;
    }

    /** The distinct texts (periods, bases, the texts of series), by id. */
    public List<String> texts() {
        return textList;
    }

    /** The distinct series, by id. */
    public List<SeriesKey> series() {
        return seriesList;
    }

    /** Hands each row to {@code each}, in the order they were written. */
    public void forEach(RowConsumer each) throws IOException {
        StoredRows block = new StoredRows(this, BLOCK_ROWS);
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK_ROWS * StoreLayout.ROW_BYTES);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long first = 0;
            while (first < rows) {
                int n = (int) Math.min(BLOCK_ROWS, rows - first);
                bytes.clear().limit(n * StoreLayout.ROW_BYTES);
                long position = StoreLayout.HEADER.length + first * StoreLayout.ROW_BYTES;
                while (bytes.hasRemaining()) {
                    if (channel.read(bytes, position + bytes.position()) < 0) {
                        throw new IOException(file + " is incomplete");
                    }
                }
                block.fill(bytes.flip(), first, n);
                for (int k = 0; k < n; k++) {
                    each.accept(block, k);
                }
                first += n;
            }
        }
    }

    String text(int id) {
        return texts[id];
    }

    SeriesKey seriesKey(int id) {
        return series[id];
    }

    BigDecimal bigValue(long row) {
        return bigValues.get(row);
    }

    boolean isOutlier(int seriesId, int period, int name) {
        return seriesWithOutliers[seriesId] && outliers.get(StoreLayout.markKey(seriesId, period, name)) >= 0;
    }
}
