package org.tradestat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Parses the chunks of one file of Tradestat's own kinds, on any thread: every line of a chunk, in input order, into
 * one block. A trade line parser keeps the series, periods and sources it has made, so a chunk takes one that an
 * earlier chunk of the file used: there are as many as chunks parsed at the same time.
 */
final class ChunkParser implements ChunkSource {

    /** Lines a new block has room for: it grows to what the chunks need, and is used again (see {@link #refill}). */
    private static final int FIRST_CAPACITY = 4096;
    /** Bytes read at a time from a chunk (more for a longer line). */
    private static final int READ_BYTES = 1 << 18;

    private final InputFile file;
    private final Header header;
    private final Function<CsvRecord, InputRecord> records;
    private final boolean trade;
    private final int bufferBytes;
    private final Queue<TradeLineParser> tradeParsers = new ConcurrentLinkedQueue<>();
    private final SeriesNumbers series;
    /** Blocks whose lines have been handed out, to fill again: a chunk's columns are too big to make for each. */
    private final Queue<InputBlock> emptied = new ConcurrentLinkedQueue<>();

    /**
     * {@code records} parses a record of the file; it must keep no state from one record to the next. The load's
     * parsers share {@code series}.
     */
    ChunkParser(InputFile file, Header header, Function<CsvRecord, InputRecord> records, int bufferBytes,
                SeriesNumbers series) {
        this.file = file;
        this.series = series;
        this.header = header;
        this.records = records;
        this.trade = file.kind().orElseThrow() == FileKind.TRADE;
        this.bufferBytes = Math.min(bufferBytes, READ_BYTES);
    }

    @Override
    public InputBlock parse(FileChunk chunk) {
        TradeLineParser parser = trade ? tradeParser() : null;
        InputBlock block = emptied.poll();
        if (block == null) {
            block = new InputBlock(FIRST_CAPACITY);
        }
        try (ByteLines lines = new ByteLines(chunk, file.encoding(), bufferBytes)) {
            BlockSink sink = new BlockSink(parser, records, block, LineCounter.NONE);
            while (lines.read(Integer.MAX_VALUE, sink)) {
                // every line of the chunk
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + file.name() + ": " + e.getMessage(), e);
        } finally {
            if (parser != null) {
                tradeParsers.add(parser);
            }
        }
        return block;
    }

    @Override
    public void refill(InputBlock block) {
        block.clear();
        emptied.add(block);
    }

    private TradeLineParser tradeParser() {
        TradeLineParser parser = tradeParsers.poll();
        return parser != null ? parser : new TradeLineParser(header, file.seq(), series);
    }
}
