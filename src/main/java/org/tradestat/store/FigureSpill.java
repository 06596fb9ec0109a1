package org.tradestat.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The figure lines of a load, written to disk in partitions by pair (dataset, reporter, partner), so that duplicates
 * can be resolved one partition at a time in bounded memory: every line of a pair lands in the same partition,
 * in input order (file, then line).
 */
public final class FigureSpill implements Closeable {

    /** Input bytes per partition: a partition's lines must fit in memory while it is resolved. */
    static final long BYTES_PER_PARTITION = 32L << 20;
    static final int MAX_PARTITIONS = 512;

    /** A figure line as spilled: the figure and where it came from. */
    public record Line(int fileSeq, long line, Figure figure) {
    }

    private final Path dir;
    private final DataOutputStream[] partitions;

    private FigureSpill(Path dir, int partitionCount) throws IOException {
        this.dir = dir;
        this.partitions = new DataOutputStream[partitionCount];
        for (int i = 0; i < partitionCount; i++) {
            partitions[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(dir, i)), 1 << 16));
        }
    }

    /** Starts an empty spill in {@code dir}, replacing what a previous attempt left there. */
    public static FigureSpill create(Path dir, long inputBytes) throws IOException {
        delete(dir);
        Files.createDirectories(dir);
        int count = (int) Math.max(1, Math.min(MAX_PARTITIONS, (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION));
        Files.writeString(dir.resolve("partitions"), Integer.toString(count));
        return new FigureSpill(dir, count);
    }

    public static int partitionCount(Path dir) throws IOException {
        return Integer.parseInt(Files.readString(dir.resolve("partitions")).trim());
    }

    public void append(int fileSeq, long line, Figure f) {
        SeriesKey s = f.series();
        int partition = Math.floorMod(31 * (31 * s.dataset().hashCode() + s.reporter().hashCode()) + s.partner().hashCode(),
                partitions.length);
        DataOutputStream out = partitions[partition];
        try {
            out.writeByte(s.dataset().ordinal());
            out.writeUTF(s.reporter());
            out.writeUTF(s.partner());
            out.writeUTF(s.measure());
            out.writeUTF(s.commodity());
            out.writeShort(f.period().year());
            out.writeByte(f.period().kind().ordinal());
            out.writeByte(f.period().index());
            BigInteger unscaled = f.value().unscaledValue();
            if (unscaled.bitLength() < 63) {
                out.writeByte(f.value().scale());
                out.writeLong(unscaled.longValue());
            } else {
                out.writeByte(-128);
                out.writeUTF(f.value().toString());
            }
            out.writeByte(f.qualifier().ordinal());
            out.writeInt(f.sinceYear() == null ? -1 : f.sinceYear());
            out.writeUTF(f.source());
            out.writeInt(fileSeq);
            out.writeLong(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load's work file in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The lines of one partition, in the order they were appended. */
    public static List<Line> read(Path dir, int partition) throws IOException {
        List<Line> lines = new ArrayList<>();
        Dataset[] datasets = Dataset.values();
        PeriodKind[] kinds = PeriodKind.values();
        Qualifier[] qualifiers = Qualifier.values();
        Interner strings = new Interner();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file(dir, partition)), 1 << 16))) {
            while (true) {
                int dataset;
                try {
                    dataset = in.readByte();
                } catch (EOFException end) {
                    return lines;
                }
                SeriesKey series = new SeriesKey(datasets[dataset], strings.of(in.readUTF()), strings.of(in.readUTF()),
                        strings.of(in.readUTF()), strings.of(in.readUTF()));
                Period period = new Period(in.readShort(), kinds[in.readByte()], in.readByte());
                int scale = in.readByte();
                BigDecimal value = scale == -128 ? new BigDecimal(in.readUTF()) : BigDecimal.valueOf(in.readLong(), scale);
                Qualifier qualifier = qualifiers[in.readByte()];
                int since = in.readInt();
                String source = strings.of(in.readUTF());
                lines.add(new Line(in.readInt(), in.readLong(),
                        new Figure(series, period, value, qualifier, since < 0 ? null : since, source)));
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (DataOutputStream out : partitions) {
            out.close();
        }
    }

    /** Removes the spill folder, and its parent when that is left empty. */
    public static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Path parent = dir.toAbsolutePath().getParent();
        try (Stream<Path> rest = Files.list(parent)) {
            if (rest.findAny().isEmpty()) {
                Files.deleteIfExists(parent);
            }
        } catch (IOException e) {
            // the parent is shared or gone: leave it
        }
    }

    private static Path file(Path dir, int partition) {
        return dir.resolve("figures-" + partition + ".bin");
    }

    /** Shares equal strings within a partition: codes and sources repeat on most lines. */
    private static final class Interner {
        private final java.util.HashMap<String, String> seen = new java.util.HashMap<>();

        String of(String s) {
            String known = seen.putIfAbsent(s, s);
            return known != null ? known : s;
        }
    }
}
