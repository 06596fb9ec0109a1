package org.tradestat.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records from a reader, one at a time, keeping the line number each record starts on.
 * Blank lines are skipped. A leading byte order mark is dropped. Fields are not trimmed here.
 */
public final class CsvRecordReader implements Closeable {

    static final int RAW_LIMIT = 2_000;
    static final int FIELD_LIMIT = 1_000_000;
    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private long currentLine = 1;
    private boolean atStart = true;
    private long charsRead;

    public CsvRecordReader(Reader in) {
        this.in = in;
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

    private static boolean isBlank(CsvRecord record) {
        // A line of nothing but separators (a spreadsheet's leftover empty row) carries no data either.
        return record.problem() == null && record.fields().stream().allMatch(String::isBlank)
                && record.raw().replace(",", "").isBlank();
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
        while (true) {
            int c = read();
            if (c == EOF) {
                if (quoted) {
                    problem = "a quoted field is not closed before the end of the file";
                }
                fields.add(field.toString());
                break;
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

    private static String append(StringBuilder field, char c, String problem) {
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
        int c = peek();
        if (c != EOF) {
            position++;
            charsRead++;
        }
        return c;
    }

    private int peek() throws IOException {
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
