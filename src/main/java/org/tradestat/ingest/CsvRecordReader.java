package org.tradestat.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from a reader, one at a time, keeping the line number each record starts on.
 * Blank lines (nothing but spaces, tabs and commas) are skipped. A leading byte order mark is dropped. Fields are not
 * trimmed here. A quoted field that is not closed by the end of the file, nor within {@value #MAX_QUOTED_LINES}
 * lines, breaks only the line it opens on: that line is a record with the problem, and the lines after it are read
 * again as records of their own, so that one stray quote never swallows the rest of a file.
 */
public final class CsvRecordReader implements Closeable {

    static final int RAW_LIMIT = 2_000;
    static final int FIELD_LIMIT = 1_000_000;
    /** Line breaks a quoted field may hold before it is taken for an unclosed quote. */
    static final int MAX_QUOTED_LINES = 100;
    /** What a decoder puts for a byte sequence that is not UTF-8 (a noncharacter no real file holds). */
    public static final char NOT_UTF8 = '\uFFFE';
    static final String NOT_UTF8_PROBLEM = "invalid UTF-8: a byte that is not UTF-8 text";
    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer;
    private int position;
    private int length;
    private long currentLine = 1;
    private boolean atStart = true;
    private long charsRead;
    /** Text read again after an unclosed quote, before the rest of the input. */
    private char[] replay = new char[0];
    private int replayPosition;

    public CsvRecordReader(Reader in) {
        this(in, 1, 1 << 16);
    }

    /** A reader of the rest of a file, from the start of line {@code firstLine} (no byte order mark there). */
    CsvRecordReader(Reader in, long firstLine) {
        this(in, firstLine, 1 << 16);
    }

    private CsvRecordReader(Reader in, long firstLine, int bufferSize) {
        this.in = in;
        this.buffer = new char[bufferSize];
        this.currentLine = firstLine;
        this.atStart = firstLine == 1;
    }

    /**
     * The record of one line of a file that holds no quote, as a reader of the whole file gives it: {@code text}
     * is the line without its line break. Null for a blank line.
     */
    static CsvRecord ofLine(String text, long line) throws IOException {
        return new CsvRecordReader(new java.io.StringReader(text), line, text.length() + 1).next();
    }

    /** The line the next record starts on (when no quote was left open). */
    long nextLine() {
        return currentLine;
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() throws IOException {
        while (true) {
            int first = peek();
            if (first == EOF) {
                return null;
            }
            CsvRecord record = readRecord();
            if (!isBlank(record)) {
                return record;
            }
        }
    }

    /**
     * A line of nothing but spaces, tabs and separators (a spreadsheet's leftover empty row) carries no data. Other
     * control characters (form feed, vertical tab, 0x1C-0x1F) do not make a line blank: it is counted and rejected.
     */
    private static boolean isBlank(CsvRecord record) {
        if (record.problem() != null) {
            return false;
        }
        String raw = record.raw();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '\t' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private CsvRecord readRecord() throws IOException {
        long startLine = currentLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean afterClosingQuote = false;
        boolean fieldStarted = false;
        // inside a quoted field that runs over lines: the text after its first line break, to read again if the
        // quote turns out never to close; and the record's text up to that break
        StringBuilder afterFirstBreak = null;
        String firstLine = null;
        int quotedBreaks = 0;
        while (true) {
            int c = read();
            if (c == EOF) {
                if (quoted) {
                    if (afterFirstBreak != null) {
                        return unclosed(startLine, firstLine, afterFirstBreak, "before the end of the file");
                    }
                    problem = "a quoted field is not closed before the end of the file";
                }
                fields.add(field.toString());
                break;
            }
            if (afterFirstBreak != null) {
                afterFirstBreak.append((char) c);
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        appendRaw(raw, '"');
                        appendRaw(raw, '"');
                        problem = append(field, '"', problem);
                    } else {
                        appendRaw(raw, '"');
                        quoted = false;
                        afterClosingQuote = true;
                    }
                    continue;
                }
                if (c == '\n' || (c == '\r' && peek() != '\n')) { // a lone CR ends a line too, as outside quotes
                    currentLine++;
                    if (afterFirstBreak == null) {
                        firstLine = raw.toString().stripTrailing();
                        afterFirstBreak = new StringBuilder();
                    } else if (++quotedBreaks >= MAX_QUOTED_LINES) {
                        return unclosed(startLine, firstLine, afterFirstBreak, "within " + MAX_QUOTED_LINES + " lines");
                    }
                }
                appendRaw(raw, (char) c);
                problem = append(field, (char) c, problem);
                continue;
            }
            if (c == ',') {
                appendRaw(raw, ',');
                fields.add(field.toString());
                field.setLength(0);
                afterClosingQuote = false;
                fieldStarted = false;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                currentLine++;
                fields.add(field.toString());
                break;
            }
            appendRaw(raw, (char) c);
            if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                continue;
            }
            if (afterClosingQuote) {
                if (problem == null) {
                    problem = "text follows a closing quote";
                }
                continue;
            }
            if (c == '"' && problem == null) {
                problem = "a quote inside an unquoted field";
            }
            fieldStarted = true;
            problem = append(field, (char) c, problem);
        }
        String rawText = raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) + "…[cut]" : raw.toString();
        return new CsvRecord(startLine, fields, rawText, problem);
    }

    /**
     * The record of a line whose quote never closes: the line alone, with the problem; the text after it is read
     * again, from the next line on.
     */
    private CsvRecord unclosed(long startLine, String firstLine, StringBuilder afterFirstBreak, String where) {
        char[] again = new char[afterFirstBreak.length() + replay.length - replayPosition];
        afterFirstBreak.getChars(0, afterFirstBreak.length(), again, 0);
        System.arraycopy(replay, replayPosition, again, afterFirstBreak.length(), replay.length - replayPosition);
        replay = again;
        replayPosition = 0;
        charsRead -= afterFirstBreak.length();
        currentLine = startLine + 1;
        String raw = firstLine.length() > RAW_LIMIT ? firstLine.substring(0, RAW_LIMIT) + "…[cut]" : firstLine;
        return new CsvRecord(startLine, List.of(raw), raw, "a quoted field is not closed " + where
                + " (the lines after it are read as lines of their own)");
    }

    private static String append(StringBuilder field, char c, String problem) {
        if (c == NOT_UTF8 && problem == null) {
            problem = NOT_UTF8_PROBLEM;
        }
        if (field.length() < FIELD_LIMIT) {
            field.append(c);
            return problem;
        }
        return problem != null ? problem : "a field is longer than " + FIELD_LIMIT + " characters";
    }

    private static void appendRaw(StringBuilder raw, char c) {
        if (raw.length() <= RAW_LIMIT) { // one more than kept, to know whether anything was cut
            raw.append(c);
        }
    }

    private int read() throws IOException {
        if (replayPosition < replay.length) {
            charsRead++;
            return replay[replayPosition++];
        }
        int c = peek();
        if (c != EOF) {
            position++;
            charsRead++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (replayPosition < replay.length) {
            return replay[replayPosition];
        }
        if (position >= length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return EOF;
            }
            if (atStart) {
                atStart = false;
                if (buffer[0] == '\uFEFF') {
                    position = 1;
                    return peek();
                }
            }
        }
        return buffer[position];
    }

    /** Characters consumed so far: for progress reports (about the bytes read, for mostly-ASCII files). */
    public long charsRead() {
        return charsRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
