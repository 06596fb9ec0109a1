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
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.tradestat.concurrent.Workers;

/**
 * Reads every data line of the input files of known kind, in file order, in {@link InputBlock}s. The files of
 * Tradestat's own kinds are read from their bytes ({@link ByteLines}), trade lines in place ({@link
 * TradeLineParser}): cut into chunks of whole lines ({@link FileChunker}) that worker threads, one per processor,
 * parse a few chunks ahead ({@link ParsedChunks}), up to the chunk that holds the file's first quote; from there on
 * the file is read on the caller's thread, from its first quoted line on as CSV records (in a heap below 128 MB, every
 * file is read on the caller's thread: see {@link #chunksAhead}). UN Comtrade downloads are
 * read as CSV records on the caller's thread (a download's parser keeps state from line to line). The lines are
 * handed out in input order whichever way they were read. When a file has been read, it checks the file's reject rate
 * and stops the load if it is above the limit. Streams: a few blocks of lines in memory at a time.
 */
public class InputFilesReader implements ItemStream {

    private final Iterator<InputFile> files;
    private final Set<String> groupCodes;
    private final double maxRejectRate;
    /** The buffer of a file read from its bytes; 0 to read every file as CSV records. */
    private final int byteBuffer;
    /** The size of the chunks parsed on the workers; 0 to read every file on the caller's thread. */
    private final long chunkBytes;
    private final int workerCount;
    private ExecutorService workers;
    private ParsedElsewhere elsewhere;
    private InputFile current;
    private Header header;
    /** The current file, read as records (a UN Comtrade download), as parsed chunks, or from its bytes. */
    private ReadAheadRecords records;
    private ParsedChunks chunks;
    /** The rest of the current file after its parsed chunks, read from its bytes on this thread. */
    private FileChunk sequentialRest;
    private ByteLines bytes;
    private TradeLineParser trade;
    /** The series of the load's trade lines read in place, numbered. */
    private final SeriesNumbers seriesNumbers = new SeriesNumbers();
    private Function<CsvRecord, InputRecord> parser;
    private final LineCounter counter = new LineCounter() {
        @Override
        public void figures(int n) {
            countedFigures(n);
        }

        @Override
        public void record(InputRecord record) {
            counted(record);
        }
    };
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
    private long nextProgress = PROGRESS_EVERY;
    private long charsBeforeFile;

    public InputFilesReader withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Takes the parallel chunks other JVMs have parsed from {@code elsewhere} (remote partitioning). */
    public InputFilesReader withChunksParsedElsewhere(ParsedElsewhere elsewhere) {
        this.elsewhere = elsewhere;
        return this;
    }

    /** Chunks of 1 MB (or the system property {@code tradestat.chunk-bytes}), as many workers as processors. */
    public InputFilesReader(List<InputFile> files, Set<String> groupCodes, double maxRejectRate) {
        this(files, groupCodes, maxRejectRate, ByteLines.BUFFER);
    }

    static final long CHUNK_BYTES = Long.getLong("tradestat.chunk-bytes", 1 << 20);

    /** With {@code byteBuffer} 0, every file is read as CSV records (to compare the two ways in tests). */
    InputFilesReader(List<InputFile> files, Set<String> groupCodes, double maxRejectRate, int byteBuffer) {
        this(files, groupCodes, maxRejectRate, byteBuffer, CHUNK_BYTES, Runtime.getRuntime().availableProcessors());
    }

    /** With {@code chunkBytes} 0, every file is read on the caller's thread (to compare the ways in tests). */
    InputFilesReader(List<InputFile> files, Set<String> groupCodes, double maxRejectRate, int byteBuffer,
                     long chunkBytes, int workerCount) {
        this.files = files.stream().filter(InputFile::isLoaded).toList().iterator();
        this.groupCodes = groupCodes;
        this.maxRejectRate = maxRejectRate;
        this.byteBuffer = byteBuffer;
        this.chunkBytes = chunkBytes;
        this.workerCount = workerCount;
    }

    /** The next block of up to {@code size} lines, or null after the last line. */
    public InputBlock read(int size) {
        InputBlock block = new InputBlock(size);
        try {
            while (block.size() < size) {
                if (!fileWarnings.isEmpty()) {
                    block.add(fileWarnings.poll());
                    continue;
                }
                if (current == null && !openNext()) {
                    break;
                }
                if (!readFromFile(block, size - block.size())) {
                    finishFile();
                    fileWarnings.addAll(finisher.get());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + current.name() + ": " + e.getMessage(), e);
        }
        return block.size() == 0 ? null : block;
    }

    /** Reads up to {@code max} lines of the current file into the block; false at its end. */
    private boolean readFromFile(InputBlock block, int max) throws IOException {
        if (chunks != null) {
            if (chunks.read(block, max, counter)) {
                return true;
            }
            if (sequentialRest == null) {
                return false;
            }
            chunks.close();
            chunks = null;
            bytes = new ByteLines(sequentialRest, current.encoding(), byteBuffer);
            sequentialRest = null;
            trade = current.kind().orElseThrow() == FileKind.TRADE ? new TradeLineParser(header, current.seq(), seriesNumbers) : null;
            return true;
        }
        if (bytes != null) {
            return bytes.read(max, new BlockSink(trade, parser, block, counter));
        }
        for (int n = 0; n < max; n++) {
            CsvRecord record = records.next();
            if (record == null) {
                return false;
            }
            InputRecord parsed = parser.apply(record);
            counted(parsed);
            block.add(parsed);
        }
        return true;
    }

    /**
     * Chunks parsed ahead: one more than the workers, to keep them busy while the caller copies a chunk, but at most
     * 1/128 of the heap; 0 in a heap too small for one, where the files are read on the caller's thread. A chunk's
     * lines take up to about twice its bytes (a rejected line keeps its text), and a small heap may be nearly full
     * already: a block of 10,000 long rejected lines on its way to the database takes about 60 MB (a reliability test
     * loads them in 64 MB).
     */
    private int chunksAhead() {
        long room = chunkBytes == 0 ? 0 : Runtime.getRuntime().maxMemory() / 128 / chunkBytes;
        return (int) Math.min(workerCount + 1, room);
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
        CsvRecord first = file.next();
        header = new Header(first.fields());
        FileKind kind = current.kind().orElseThrow();
        if (kind.isComtrade()) {
            ComtradeRecordParser comtrade = new ComtradeRecordParser(header, current.seq(), current.name());
            parser = comtrade::parse;
            finisher = comtrade::finish;
        } else {
            parser = new RecordParser(kind, header, groupCodes, current.seq())::parse;
            finisher = List::of;
        }
        if (byteBuffer > 0 && !kind.isComtrade() && !first.isMalformed()) {
            long firstDataLine = file.nextLine();
            file.close();
            if (chunksAhead() > 0) {
                if (workers == null) {
                    workers = Workers.start("tradestat-parse", workerCount);
                }
                ChunkPlan plan = FileChunker.plan(current.path(), current.encoding(), firstDataLine, chunkBytes, workers);
                ChunkSource source = PreParsedChunks.or(new ChunkParser(current, header, parser, byteBuffer, seriesNumbers), current, elsewhere);
                chunks = new ParsedChunks(plan.parallel(), source, workers, chunksAhead());
                sequentialRest = plan.sequential().orElse(null);
            } else {
                bytes = new ByteLines(current.path(), current.encoding(), firstDataLine, byteBuffer);
                trade = kind == FileKind.TRADE ? new TradeLineParser(header, current.seq(), seriesNumbers) : null;
            }
        } else {
            records = new ReadAheadRecords(file, current.name());
        }
        lines = 0;
        rejected = 0;
        firstReasons.clear();
        return true;
    }

    /** Counts figure lines read in place, which are never rejects. */
    private void countedFigures(int n) {
        lines += n;
        totalLines += n;
        while (totalLines >= nextProgress) {
            progress.update(current.name(), nextProgress, charsBeforeFile + charsRead());
            nextProgress += PROGRESS_EVERY;
        }
    }

    /** Counts a line read as a record. */
    private void counted(InputRecord record) {
        countedFigures(1);
        if (record instanceof InputRecord.Rejected reject) {
            rejected++;
            String reason = reject.reason();
            if (firstReasons.size() < 3 || firstReasons.containsKey(reason)) {
                firstReasons.merge(reason, 1, Integer::sum);
            }
        }
    }

    private long charsRead() {
        if (chunks != null) {
            return chunks.bytesRead();
        }
        return bytes != null ? bytes.bytesRead() : records.charsRead();
    }

    private void finishFile() throws IOException {
        charsBeforeFile += charsRead();
        closeFile();
        InputFile file = current;
        current = null;
        if (lines > 0 && (double) rejected / lines > maxRejectRate) {
            List<String> reasons = new ArrayList<>();
            firstReasons.forEach((reason, n) -> reasons.add(reason + (n > 1 ? " (" + n + " lines)" : "")));
            throw new RejectRateExceededException(file.name(), rejected, lines, maxRejectRate, reasons);
        }
    }

    private void closeFile() throws IOException {
        try {
            if (records != null) {
                records.close();
            }
            if (chunks != null) {
                chunks.close();
            }
            if (bytes != null) {
                bytes.close();
            }
        } finally {
            records = null;
            chunks = null;
            sequentialRest = null;
            bytes = null;
            trade = null;
        }
    }

    @Override
    public void close() {
        try {
            closeFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
                workers = null;
            }
        }
    }
}
