package org.tradestat.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * A parsed chunk of a trade file on disk, as a worker of a remote partitioning leaves it for the load: the block's
 * figure columns and its rejected lines, with where each rejected line stands among the figures, so that the block
 * read back is the block written. Texts (codes, sources) are numbered on first use; the file ends with a mark, so a
 * file cut short is told from a whole one. Written to a temporary name and renamed, so the load never reads half a
 * file.
 */
public final class InputBlockFile {

    private static final int MAGIC = 0x54534231; // "TSB1"
    private static final int END = 0x454e4421; // "END!"
    private static final int NEW_TEXT = -1;
    private static final int NO_TEXT = -2;
    private static final Dataset[] DATASETS = Dataset.values();
    private static final PeriodKind[] KINDS = PeriodKind.values();
    private static final Qualifier[] QUALIFIERS = Qualifier.values();

    private InputBlockFile() {
    }

    /** Writes {@code block} to {@code file}; a block of a trade file holds figures and rejected lines only. */
    public static void write(InputBlock block, Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                1 << 16))) {
            Map<String, Integer> texts = new HashMap<>();
            Map<SeriesKey, Integer> series = new HashMap<>();
            out.writeInt(MAGIC);
            FigureColumns figures = block.figures();
            out.writeInt(figures.size());
            for (int i = 0; i < figures.size(); i++) {
                out.writeInt(figures.fileSeq(i));
                out.writeLong(figures.line(i));
                writeSeries(out, series, texts, figures.series(i));
                Period period = figures.period(i);
                out.writeShort(period.year());
                out.writeByte(period.kind().ordinal());
                out.writeByte(period.index());
                out.writeByte(figures.scale(i));
                if (figures.scale(i) == FigureColumns.BIG) {
                    writeText(out, texts, figures.value(i).toString());
                } else {
                    out.writeLong(figures.unscaled(i));
                }
                out.writeByte(figures.qualifier(i).ordinal());
                out.writeInt(figures.since(i));
                writeText(out, texts, figures.source(i));
            }
            out.writeInt(block.others().size());
            for (int k = 0; k < block.others().size(); k++) {
                if (!(block.others().get(k) instanceof InputRecord.Rejected rejected)) {
                    throw new IllegalArgumentException("a trade file's chunk holds figures and rejected lines only, not "
                            + block.others().get(k));
                }
                out.writeInt(block.figuresBeforeOthers().get(k));
                out.writeInt(rejected.fileSeq());
                out.writeLong(rejected.line());
                writeText(out, texts, rejected.reason());
                writeText(out, texts, rejected.raw());
            }
            out.writeInt(END);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The block written to {@code file}. */
    public static InputBlock read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a parsed chunk of Tradestat: " + file);
            }
            List<String> texts = new ArrayList<>();
            List<SeriesKey> series = new ArrayList<>();
            Map<Period, Period> periods = new HashMap<>();
            int figureCount = in.readInt();
            InputBlock block = new InputBlock(figureCount);
            for (int i = 0; i < figureCount; i++) {
                int fileSeq = in.readInt();
                long line = in.readLong();
                SeriesKey s = readSeries(in, series, texts);
                Period read = new Period(in.readShort(), KINDS[in.readByte()], in.readByte());
                Period period = periods.computeIfAbsent(read, p -> p);
                byte scale = in.readByte();
                BigDecimal big = scale == FigureColumns.BIG ? new BigDecimal(readText(in, texts)) : null;
                long unscaled = scale == FigureColumns.BIG ? 0 : in.readLong();
                Qualifier qualifier = QUALIFIERS[in.readByte()];
                int since = in.readInt();
                block.figures().add(fileSeq, line, s, period, unscaled, scale, big, qualifier, since,
                        readText(in, texts));
            }
            int otherCount = in.readInt();
            for (int k = 0; k < otherCount; k++) {
                block.figuresBeforeOthers().add(in.readInt());
                block.others().add(new InputRecord.Rejected(in.readInt(), in.readLong(), readText(in, texts),
                        readText(in, texts)));
            }
            if (in.readInt() != END) {
                throw new IOException("a parsed chunk that does not end where it should: " + file);
            }
            return block;
        } catch (EOFException e) {
            throw new IOException("a parsed chunk cut short (was its worker stopped while writing it?): " + file, e);
        }
    }

    private static void writeSeries(DataOutputStream out, Map<SeriesKey, Integer> numbers, Map<String, Integer> texts,
                                    SeriesKey s) throws IOException {
        Integer number = numbers.get(s);
        if (number != null) {
            out.writeInt(number);
            return;
        }
        numbers.put(s, numbers.size());
        out.writeInt(NEW_TEXT);
        out.writeByte(s.dataset().ordinal());
        writeText(out, texts, s.reporter());
        writeText(out, texts, s.partner());
        writeText(out, texts, s.measure());
        writeText(out, texts, s.commodity());
    }

    private static SeriesKey readSeries(DataInputStream in, List<SeriesKey> series, List<String> texts)
            throws IOException {
        int number = in.readInt();
        if (number != NEW_TEXT) {
            return series.get(number);
        }
        SeriesKey s = new SeriesKey(DATASETS[in.readByte()], readText(in, texts), readText(in, texts),
                readText(in, texts), readText(in, texts));
        series.add(s);
        return s;
    }

    /** A text by number once it has been written in full; null as {@link #NO_TEXT}. */
    private static void writeText(DataOutputStream out, Map<String, Integer> texts, String text) throws IOException {
        if (text == null) {
            out.writeInt(NO_TEXT);
            return;
        }
        Integer number = texts.get(text);
        if (number != null) {
            out.writeInt(number);
            return;
        }
        texts.put(text, texts.size());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(NEW_TEXT);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in, List<String> texts) throws IOException {
        int number = in.readInt();
        if (number == NO_TEXT) {
            return null;
        }
        if (number != NEW_TEXT) {
            return texts.get(number);
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        texts.add(text);
        return text;
    }
}
