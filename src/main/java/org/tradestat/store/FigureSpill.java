package org.tradestat.store;

import java.io.Closeable;
import java.io.DataOutputStream;
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
import org.tradestat.ingest.FigureColumns;
import org.tradestat.period.Period;

/**
 * The figure lines of a load, written to disk in partitions by pair (dataset, reporter, partner), so that duplicates
 * can be resolved one partition at a time in bounded memory: every line of a pair lands in the same partition,
 * in input order (file, then line).
 */
public final class FigureSpill implements Closeable {

    /** Input bytes per partition: a partition's lines must fit in memory while it is resolved. */
    static final long BYTES_PER_PARTITION = 8L << 20;
    static final int MAX_PARTITIONS = 512;

    /** A figure line as spilled: the figure and where it came from. */
    public record Line(int fileSeq, long line, Figure figure) {
    }

    /** Distinct strings a partition numbers; more are written out in full each time. */
    static final int DICTIONARY_LIMIT = 1 << 16;
    static final int NEW_ENTRY = -1;
    private static final int NOT_IN_DICTIONARY = -2;
    /** The file that {@link #close} writes last: the size of each partition file, one a line. */
    private static final String COMPLETE = "complete";

    private final Path dir;
    private final DataOutputStream[] partitions;
    /** Per partition, the number of each string written so far: codes and sources repeat on nearly every line. */
    private final java.util.HashMap<String, Integer>[] dictionaries;
    /** A series' partition and its number there (or, not yet numbered, {@code NEW_ENTRY_ONCE} or not at all). */
    private record Slot(int partition, int id) {
    }

    private record Pair(Dataset dataset, String reporter, String partner) {
    }

    /** Series whose partition and number are remembered; beyond, a series' lines name it in full each time. */
    static final int SERIES_REMEMBERED = 1 << 20;
    private static final int NEW_ENTRY_ONCE = -3;
    private final java.util.HashMap<SeriesKey, Slot> slots = new java.util.HashMap<>();
    /**
     * The slots by the series' number in the load, for the lines read in place: found by an index, in the order the
     * series were first met, where hashing the series' texts would miss the cache on nearly every line.
     */
    private Slot[] slotByNumber = new Slot[1024];
    /** The series each number stands for, to check by identity that a line's number is of this load's numbering. */
    private SeriesKey[] seriesByNumber = new SeriesKey[1024];
    private final java.util.HashMap<Pair, Integer> pairPartitions = new java.util.HashMap<>();
    /** Per partition, how many series have been numbered; a line then names its series by number. */
    private final int[] seriesCount;

    @SuppressWarnings("unchecked")
    private FigureSpill(Path dir, int partitionCount) throws IOException {
        this.dir = dir;
        this.partitions = new DataOutputStream[partitionCount];
        this.dictionaries = new java.util.HashMap[partitionCount];
        this.seriesCount = new int[partitionCount];
        for (int i = 0; i < partitionCount; i++) {
            dictionaries[i] = new java.util.HashMap<>();
            partitions[i] = new DataOutputStream(new SpillBuffer(Files.newOutputStream(file(dir, i))));
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
        BigInteger unscaled = f.value().unscaledValue();
        boolean fits = f.value().scale() >= 0 && f.value().scale() < 127 && unscaled.bitLength() < 63;
        write(f.series(), -1, f.period(), fits ? unscaled.longValue() : 0, fits ? (byte) f.value().scale() : FigureColumns.BIG,
                f.value(), f.qualifier(), f.sinceYear() == null ? -1 : f.sinceYear(), f.source(), fileSeq, line);
    }

    /** Appends line {@code i} of a block. */
    public void append(FigureColumns lines, int i) {
        write(lines.series(i), lines.seriesNumber(i), lines.period(i), lines.unscaled(i), lines.scale(i),
                lines.scale(i) == FigureColumns.BIG ? lines.value(i) : null, lines.qualifier(i), lines.since(i),
                lines.source(i), lines.fileSeq(i), lines.line(i));
    }

    private void write(SeriesKey s, int number, Period period, long unscaled, byte scale, BigDecimal big, Qualifier qualifier,
                       int since, String source, int fileSeq, long line) {
        Slot slot = number >= 0 && number < slotByNumber.length && seriesByNumber[number] == s
                ? slotByNumber[number] : null;
        if (slot == null) {
            slot = slots.get(s);
            if (slot == null) {
                slot = newSlot(s);
            }
            remember(number, s, slot);
        }
        DataOutputStream out = partitions[slot.partition()];
        try {
            if (slot.id() >= 0) {
                out.writeInt(slot.id());
            } else {
                out.writeInt(slot.id() == NEW_ENTRY_ONCE ? NEW_ENTRY : NOT_IN_DICTIONARY);
                if (slot.id() == NEW_ENTRY_ONCE) {
                    Slot numbered = new Slot(slot.partition(), seriesCount[slot.partition()]++);
                    slots.put(s, numbered);
                    remember(number, s, numbered);
                }
                var dictionary = dictionaries[slot.partition()];
                out.writeByte(s.dataset().ordinal());
                writeString(out, dictionary, s.reporter());
                writeString(out, dictionary, s.partner());
                writeString(out, dictionary, s.measure());
                writeString(out, dictionary, s.commodity());
            }
            out.writeShort(period.year());
            out.writeByte(period.kind().ordinal());
            out.writeByte(period.index());
            out.writeByte(scale);
            if (scale == FigureColumns.BIG) {
                out.writeUTF(big.toString());
            } else {
                out.writeLong(unscaled);
            }
            out.writeByte(qualifier.ordinal());
            out.writeInt(since);
            writeString(out, dictionaries[slot.partition()], source);
            out.writeInt(fileSeq);
            out.writeLong(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load's work file in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void remember(int number, SeriesKey s, Slot slot) {
        if (number < 0 || number >= SERIES_REMEMBERED) {
            return;
        }
        if (number >= slotByNumber.length) {
            int length = Math.max(number + 1, slotByNumber.length * 2);
            slotByNumber = java.util.Arrays.copyOf(slotByNumber, length);
            seriesByNumber = java.util.Arrays.copyOf(seriesByNumber, length);
        }
        slotByNumber[number] = slot;
        seriesByNumber[number] = s;
    }

    /**
     * Where a series' lines go: each pair's partition, given in turn as pairs first appear (so that partitions hold
     * nearly equal numbers of pairs, whatever their codes), and the series' number there once it has been written.
     */
    private Slot newSlot(SeriesKey s) {
        int partition = pairPartitions.computeIfAbsent(new Pair(s.dataset(), s.reporter(), s.partner()),
                pair -> pairPartitions.size() % partitions.length);
        boolean numbered = seriesCount[partition] < DICTIONARY_LIMIT && slots.size() < SERIES_REMEMBERED;
        Slot slot = new Slot(partition, numbered ? NEW_ENTRY_ONCE : NOT_IN_DICTIONARY);
        if (slots.size() < SERIES_REMEMBERED) {
            slots.put(s, slot);
        }
        return slot;
    }

    private static void writeString(DataOutputStream out, java.util.HashMap<String, Integer> dictionary, String text)
            throws IOException {
        Integer known = dictionary.get(text);
        if (known != null) {
            out.writeInt(known);
        } else if (dictionary.size() < DICTIONARY_LIMIT) {
            dictionary.put(text, dictionary.size());
            out.writeInt(NEW_ENTRY);
            out.writeUTF(text);
        } else {
            out.writeInt(NOT_IN_DICTIONARY);
            out.writeUTF(text);
        }
    }

    /** The lines of one partition, in the order they were appended, as figures (for tests and small partitions). */
    public static List<Line> read(Path dir, int partition) throws IOException {
        SpilledFigures columns = readColumns(dir, partition);
        List<Line> lines = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            lines.add(columns.lineAt(i));
        }
        return lines;
    }

    /** The lines of one partition, in the order they were appended, in columns. */
    static SpilledFigures readColumns(Path dir, int partition) throws IOException {
        return SpillReader.read(dir, partition);
    }

    /**
     * Closes the partition files, then records their sizes: a spill without that record, or whose files no longer
     * have those sizes, is {@linkplain #isComplete incomplete} (cut short, or partly removed since).
     */
    @Override
    public void close() throws IOException {
        for (DataOutputStream out : partitions) {
            out.close();
        }
        StringBuilder sizes = new StringBuilder();
        for (int i = 0; i < partitions.length; i++) {
            sizes.append(Files.size(file(dir, i))).append('\n');
        }
        Files.writeString(dir.resolve(COMPLETE), sizes);
    }

    /** Whether {@code dir} holds a whole spill, as its {@link #close} left it. */
    public static boolean isComplete(Path dir) {
        try {
            int count = partitionCount(dir);
            List<String> sizes = Files.readAllLines(dir.resolve(COMPLETE));
            if (sizes.size() != count) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (Files.size(file(dir, i)) != Long.parseLong(sizes.get(i).trim())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
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

    static Path file(Path dir, int partition) {
        return dir.resolve("figures-" + partition + ".bin");
    }
}
