package org.tradestat.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * {@code indicators.csv}: every computed figure, one per line, in the columns of SPEC 6. The job computes a run's
 * indicators straight into this form ({@link Writer}), and the report reads them back from it ({@link #read}), so the
 * workbook and the file can never disagree and millions of monthly figures never pass through the database.
 */
public final class IndicatorsCsv {

    public static final String HEADER = "dataset,reporter,partner,measure,commodity,period,indicator,value,unit,basis,flags";

    private IndicatorsCsv() {
    }

    public static void write(List<Indicator> indicators, Path target) throws IOException {
        try (Writer writer = new Writer(target)) {
            writer.append(indicators);
            writer.finish();
        }
    }

    /** One line of the file, without its line end. */
    public static String line(Indicator i) {
        SeriesKey s = i.series();
        StringBuilder line = new StringBuilder(96);
        CsvText.append(line, s.dataset().code()).append(',');
        CsvText.append(line, s.reporter()).append(',');
        CsvText.append(line, s.partner()).append(',');
        CsvText.append(line, s.measure()).append(',');
        CsvText.append(line, s.commodity()).append(',');
        CsvText.append(line, i.period()).append(',');
        CsvText.append(line, i.name()).append(',');
        line.append(i.valueText()).append(',');
        CsvText.append(line, i.unit().code()).append(',');
        CsvText.append(line, i.basis()).append(',');
        boolean first = true;
        for (Flag flag : i.flags()) { // in the order Flag lists them (an indicator's flags are an EnumSet)
            line.append(first ? "" : "|").append(flag.code());
            first = false;
        }
        // Numbering by line, as the Writer's replace() does, needs one line per indicator: every text field is a code.
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) == '\n' || line.charAt(k) == '\r') {
                throw new IllegalArgumentException("an indicator's text holds a line break: " + line);
            }
        }
        return line.toString();
    }

    /**
     * Writes indicators as they are computed, numbering them from 1. An indicator already written can still be
     * replaced by its number (statistics add the outlier flag to year-on-year changes computed long before) until
     * {@link #finish()}, which puts the complete file in place in one step; closing without finishing leaves no file.
     */
    public static final class Writer implements Closeable {

        private final Path target;
        private final Path part;
        private final java.io.Writer out;
        private final Map<Long, String> replaced = new HashMap<>();
        private long count;
        private boolean finished;

        public Writer(Path target) throws IOException {
            this.target = target;
            Path partName = target.resolveSibling(target.getFileName() + ".part");
            AtomicFiles.removeLeftoversOf(partName); // what a killed attempt was writing
            this.part = AtomicFiles.temporaryFor(partName);
            this.out = new BufferedWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), 1 << 16);
            out.write(HEADER);
            out.write('\n');
        }

        /** Appends indicators; returns the number of the first (1 for the file's first indicator). */
        public long append(List<Indicator> indicators) throws IOException {
            long first = count + 1;
            for (Indicator i : indicators) {
                out.write(line(i));
                out.write('\n');
                count++;
            }
            return first;
        }

        /** Appends lines made by {@link IndicatorsCsv#line} (elsewhere, e.g. on other threads); returns the first's number. */
        public long appendLines(List<String> lines) throws IOException {
            long first = count + 1;
            for (String line : lines) {
                out.write(line);
                out.write('\n');
                count++;
            }
            return first;
        }

        /** Replaces the indicator with the given number (from {@link #append}) by a new version of it. */
        public void replace(long number, Indicator updated) {
            if (number < 1 || number > count) {
                throw new IllegalArgumentException("no indicator number " + number + " (1.." + count + ")");
            }
            replaced.put(number, line(updated));
        }

        public long count() {
            return count;
        }

        public void finish() throws IOException {
            out.close();
            if (replaced.isEmpty()) {
                AtomicFiles.moveIntoPlace(part, target);
            } else {
                AtomicFiles.write(target, stream -> {
                    java.io.Writer patched = new BufferedWriter(
                            new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                    try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                        patched.write(in.readLine());
                        patched.write('\n');
                        long number = 0;
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            patched.write(replaced.getOrDefault(++number, line));
                            patched.write('\n');
                        }
                    }
                    patched.flush();
                });
            }
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                out.close();
            }
            Files.deleteIfExists(part);
        }
    }

    /** Hands each indicator of the file to the consumer, in file order, one at a time. */
    public static void read(Path file, Consumer<Indicator> each) throws IOException {
        read(file, fields -> true, each);
    }

    /**
     * The same for the indicators whose fields (as in the file, in {@link #HEADER}'s order) pass {@code wanted};
     * the others are skipped before they are built.
     */
    public static void read(Path file, Predicate<List<String>> wanted, Consumer<Indicator> each) throws IOException {
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : Unit.values()) {
            units.put(u.code(), u);
        }
        Map<String, java.util.Set<Flag>> flagSets = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        // One indicator per line (the Writer makes sure), so a line reader and a split are enough.
        try (BufferedReader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
            String header = in.readLine();
            if (header == null || !HEADER.equals(header)) {
                throw new IOException(file + " is not an indicators file (its header is not " + HEADER + ")");
            }
            long lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                List<String> f = split(line);
                if (f == null || f.size() != 11) {
                    throw new IOException(file + " line " + lineNo + ": not 11 comma-separated fields: " + line);
                }
                if (!wanted.test(f)) {
                    continue;
                }
                SeriesKey series = new SeriesKey(Dataset.fromCode(f.get(0)), text(codes, f.get(1)),
                        text(codes, f.get(2)), text(codes, f.get(3)), text(codes, f.get(4)));
                each.accept(new Indicator(series, text(codes, f.get(5)), text(codes, f.get(6)),
                        new BigDecimal(f.get(7)), units.get(f.get(8)), text(codes, f.get(9)),
                        flagSets.computeIfAbsent(f.get(10), IndicatorsCsv::flags)));
            }
        }
    }

    /** The fields of one line as {@link CsvText} writes them (RFC 4180 quoting), or null when it is malformed. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(11);
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null; // the quote is not closed
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                fields.add(field.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            if (line.charAt(i) != ',') {
                return null; // text after a closing quote
            }
            i++;
            if (i == n) {
                fields.add("");
                return fields;
            }
        }
    }

    /** Counts the indicators of a file without reading them: its lines after the header. */
    public static long count(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int k = 0; k < n; k++) {
                    if (buffer[k] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    /** A text field as it was before {@link CsvText#text} protected it; one shared instance per distinct text. */
    private static String text(Map<String, String> seen, String field) {
        String known = seen.get(field);
        if (known != null) {
            return known;
        }
        String text = field;
        if (field.length() > 1 && field.charAt(0) == '\'') {
            char next = field.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                text = field.substring(1);
            }
        }
        seen.put(field, text);
        return text;
    }

    private static java.util.Set<Flag> flags(String text) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        if (!text.isEmpty()) {
            for (String code : text.split("\\|")) {
                set.add(Flag.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return set;
    }
}
