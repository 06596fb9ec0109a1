package org.tradestat.computed;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorName;
import org.tradestat.figure.SeriesKey;

/**
 * Writes a run's computed indicators into the store's file ({@link StoreLayout}) as they are computed, with each
 * value as {@code indicators.csv} will show it ({@link Indicator#shown}). Indicators found to be outliers later, when
 * all series are known, are marked by {@link #markOutlier}; the mark is applied when the store is read, so nothing
 * written is ever rewritten. {@link #finish()} puts the whole file in place in one step; closing without finishing
 * leaves no file.
 */
public final class IndicatorStoreWriter implements Closeable {

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    private final Ids<String> texts = new Ids<>();
    private final Ids<SeriesKey> series = new Ids<>();
    /** The series of the last indicator and its id: an analysis hands out a series' indicators together. */
    private SeriesKey lastSeries;
    private int lastSeriesId;
    private final List<Long> bigRows = new ArrayList<>();
    private final List<BigDecimal> bigValues = new ArrayList<>();
    private final TreeSet<Long> outliers = new TreeSet<>();
    private long count;
    private boolean finished;

    public IndicatorStoreWriter(Path target) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        // what a killed attempt was writing goes: the step starts afresh
        this.channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        buffer.put(StoreLayout.HEADER);
    }

    /** Appends indicators, in order. */
    public void append(List<Indicator> indicators) throws IOException {
        for (Indicator i : indicators) {
            append(i);
        }
    }

    public void append(Indicator i) throws IOException {
        if (buffer.remaining() < StoreLayout.ROW_BYTES) {
            flush();
        }
        BigDecimal value = Indicator.shown(i.value(), i.unit());
        long unscaled = 0;
        byte scale = StoreLayout.BIG;
        if (value.precision() <= StoreLayout.LONG_DIGITS && value.scale() < Byte.MAX_VALUE) {
            unscaled = value.scale() == 0 ? value.longValue() : value.unscaledValue().longValue();
            scale = (byte) value.scale();
        } else {
            bigRows.add(count);
            bigValues.add(value);
        }
        buffer.putInt(seriesId(i.series()))
                .putInt(texts.of(i.period()))
                .putInt(texts.of(i.basis()))
                .putLong(unscaled)
                .put(scale)
                .put((byte) IndicatorName.of(i.name()).ordinal())
                .put((byte) i.unit().ordinal())
                .put((byte) Indicator.bits(i.flags()));
        count++;
    }

    private int seriesId(SeriesKey key) {
        if (key != lastSeries) {
            lastSeriesId = series.of(key);
            lastSeries = key;
        }
        return lastSeriesId;
    }

    /**
     * Marks an indicator already appended (its series, period and name) as an outlier: it gets the {@code outlier}
     * flag wherever the store is read.
     */
    public void markOutlier(Indicator written) {
        int s = series.find(written.series());
        int p = texts.find(written.period());
        if (s < 0 || p < 0) {
            throw new IllegalArgumentException("not in the store: " + written);
        }
        outliers.add(StoreLayout.markKey(s, p, IndicatorName.of(written.name()).ordinal()));
    }

    /** The indicators appended so far. */
    public long count() {
        return count;
    }

    /** Writes the trailer and the footer, and puts the file in place. */
    public void finish() throws IOException {
        flush();
        long trailerOffset = channel.position();
        writeFully(ByteBuffer.wrap(trailer()));
        ByteBuffer footer = ByteBuffer.allocate(StoreLayout.FOOTER_BYTES);
        footer.putLong(trailerOffset).putLong(count).putLong(StoreLayout.END).flip();
        writeFully(footer);
        channel.force(false);
        channel.close();
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        finished = true;
    }

    private byte[] trailer() throws IOException {
        for (SeriesKey s : series.values()) {
            texts.of(s.reporter());
            texts.of(s.partner());
            texts.of(s.measure());
            texts.of(s.commodity());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(texts.values().size());
        for (String text : texts.values()) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeInt(series.values().size());
        for (SeriesKey s : series.values()) {
            out.writeByte(s.dataset().ordinal());
            out.writeInt(texts.of(s.reporter()));
            out.writeInt(texts.of(s.partner()));
            out.writeInt(texts.of(s.measure()));
            out.writeInt(texts.of(s.commodity()));
        }
        out.writeInt(bigRows.size());
        for (int k = 0; k < bigRows.size(); k++) {
            out.writeLong(bigRows.get(k));
            out.writeInt(bigValues.get(k).scale());
            byte[] unscaled = bigValues.get(k).unscaledValue().toByteArray();
            out.writeInt(unscaled.length);
            out.write(unscaled);
        }
        out.writeInt(outliers.size());
        for (long key : outliers) {
            out.writeLong(key);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private void flush() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            channel.close();
            Files.deleteIfExists(part);
        }
    }
}
