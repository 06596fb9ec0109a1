package org.tradestat.ingest;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.tradestat.concurrent.Workers;

/**
 * The lines of a file's chunks, parsed on the workers up to {@code ahead} chunks ahead of the caller and handed out
 * in input order, in blocks of the caller's size: whatever the chunks, the blocks, the counts and the order are those
 * of a reader that parses the lines one after the other.
 */
final class ParsedChunks implements AutoCloseable {

    private record Parsing(FileChunk chunk, Future<InputBlock> lines) {
    }

    private final Iterator<FileChunk> chunks;
    private final ChunkSource parser;
    private final ExecutorService workers;
    private final int ahead;
    private final ArrayDeque<Parsing> parsing = new ArrayDeque<>();
    private InputBlock current;
    /** The next figure line and the next other line of {@link #current} to hand out. */
    private int figure;
    private int other;
    private long bytesRead;

    ParsedChunks(List<FileChunk> chunks, ChunkSource parser, ExecutorService workers, int ahead) {
        this.chunks = chunks.iterator();
        this.parser = parser;
        this.workers = workers;
        this.ahead = ahead;
        this.bytesRead = chunks.isEmpty() ? 0 : chunks.get(0).from();
    }

    /** Adds up to {@code max} lines to {@code out}, telling {@code counter}; false when there were none left. */
    boolean read(InputBlock out, int max, LineCounter counter) {
        int copied = 0;
        while (copied < max) {
            if (!hasLines(current) && !next()) {
                return copied > 0;
            }
            copied += copy(out, max - copied, counter);
        }
        return true;
    }

    /** Where the lines handed out so far end in the file: for progress reports. */
    long bytesRead() {
        return bytesRead;
    }

    private boolean hasLines(InputBlock block) {
        return block != null && (figure < block.figures().size() || other < block.others().size());
    }

    /** Moves to the next chunk's lines, waiting for them; false after the last chunk. */
    private boolean next() {
        if (current != null) {
            parser.refill(current);
            current = null;
        }
        startParsing();
        Parsing head = parsing.poll();
        if (head == null) {
            return false;
        }
        startParsing();
        current = Workers.await(head.lines(), "parsing " + head.chunk());
        figure = 0;
        other = 0;
        bytesRead = head.chunk().to();
        return true;
    }

    private void startParsing() {
        while (parsing.size() < ahead && chunks.hasNext()) {
            FileChunk chunk = chunks.next();
            parsing.add(new Parsing(chunk, workers.submit(() -> parser.parse(chunk))));
        }
    }

    /** Copies lines of the current chunk, in input order: the figures between two other lines in one go. */
    private int copy(InputBlock out, int max, LineCounter counter) {
        FigureColumns figures = current.figures();
        List<InputRecord> others = current.others();
        List<Integer> figuresBeforeOthers = current.figuresBeforeOthers();
        int copied = 0;
        while (copied < max) {
            if (other < others.size() && figuresBeforeOthers.get(other) == figure) {
                InputRecord record = others.get(other++);
                counter.record(record);
                out.add(record);
                copied++;
            } else if (figure < figures.size()) {
                int runEnd = other < others.size() ? figuresBeforeOthers.get(other) : figures.size();
                int n = Math.min(runEnd - figure, max - copied);
                out.figures().addAll(figures, figure, figure + n);
                counter.figures(n);
                figure += n;
                copied += n;
            } else {
                break;
            }
        }
        return copied;
    }

    /** Stops the parsing of the chunks not handed out (after a failure, or a reject rate above the limit). */
    @Override
    public void close() {
        parsing.forEach(p -> p.lines().cancel(true));
        parsing.clear();
        current = null;
    }
}
