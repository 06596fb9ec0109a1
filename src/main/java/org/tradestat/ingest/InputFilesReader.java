package org.tradestat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every data line of the input files of known kind, in file order, as {@link InputRecord}s. When a file
 * has been read, it checks the file's reject rate and stops the load if it is above the limit.
 * Streams: one record in memory at a time.
 */
public class InputFilesReader implements ItemStreamReader<InputRecord> {

    private final Iterator<InputFile> files;
    private final Set<String> groupCodes;
    private final double maxRejectRate;
    private InputFile current;
    private ReadAheadRecords reader;
    private Function<CsvRecord, InputRecord> parser;
    /** What the current file says as a whole once read; nothing for most kinds. */
    private Supplier<List<InputRecord.FileWarning>> finisher;
    private final ArrayDeque<InputRecord> fileWarnings = new ArrayDeque<>();
    private long lines;
    private long rejected;
    private final Map<String, Integer> firstReasons = new LinkedHashMap<>();

    /** Told every {@value #PROGRESS_EVERY} lines how far the load is. */
    public interface Progress {
        void update(String file, long linesRead, long charsRead);
    }

    static final int PROGRESS_EVERY = 1 << 16;
    private Progress progress = (file, lines, chars) -> { };
    private long totalLines;
    private long charsBeforeFile;

    public InputFilesReader withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    public InputFilesReader(List<InputFile> files, Set<String> groupCodes, double maxRejectRate) {
        this.files = files.stream().filter(InputFile::isLoaded).toList().iterator();
        this.groupCodes = groupCodes;
        this.maxRejectRate = maxRejectRate;
    }

    @Override
    public InputRecord read() {
        try {
            while (true) {
                if (!fileWarnings.isEmpty()) {
                    return fileWarnings.poll();
                }
                if (reader == null && !openNext()) {
                    return null;
                }
                CsvRecord record = reader.next();
                if (record != null) {
                    InputRecord parsed = parser.apply(record);
                    count(parsed);
                    return parsed;
                }
                finishFile();
                fileWarnings.addAll(finisher.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + current.name() + ": " + e.getMessage(), e);
        }
    }

    /** Data lines read so far, over all files. */
    public long linesRead() {
        return totalLines;
    }

    private boolean openNext() throws IOException {
        if (!files.hasNext()) {
            return false;
        }
        current = files.next();
        CsvRecordReader file = InputScanner.open(current.path(), current.encoding());
        Header header = new Header(file.next().fields());
        reader = new ReadAheadRecords(file, current.name());
        FileKind kind = current.kind().orElseThrow();
        if (kind.isComtrade()) {
            ComtradeRecordParser comtrade = new ComtradeRecordParser(header, current.seq(), current.name());
            parser = comtrade::parse;
            finisher = comtrade::finish;
        } else {
            parser = new RecordParser(kind, header, groupCodes, current.seq())::parse;
            finisher = List::of;
        }
        lines = 0;
        rejected = 0;
        firstReasons.clear();
        return true;
    }

    private void count(InputRecord record) {
        lines++;
        if (++totalLines % PROGRESS_EVERY == 0) {
            progress.update(current.name(), totalLines, charsBeforeFile + reader.charsRead());
        }
        if (record instanceof InputRecord.Rejected reject) {
            rejected++;
            String reason = reject.reason();
            if (firstReasons.size() < 3 || firstReasons.containsKey(reason)) {
                firstReasons.merge(reason, 1, Integer::sum);
            }
        }
    }

    private void finishFile() throws IOException {
        charsBeforeFile += reader.charsRead();
        reader.close();
        reader = null;
        if (lines > 0 && (double) rejected / lines > maxRejectRate) {
            List<String> reasons = new ArrayList<>();
            firstReasons.forEach((reason, n) -> reasons.add(reason + (n > 1 ? " (" + n + " lines)" : "")));
            throw new RejectRateExceededException(current.name(), rejected, lines, maxRejectRate, reasons);
        }
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = null;
        }
    }
}
