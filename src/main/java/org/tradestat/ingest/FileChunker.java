package org.tradestat.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.tradestat.concurrent.Workers;

/**
 * Plans how a file's data lines are read ({@link ChunkPlan}): cuts its bytes after the header into chunks of about
 * {@code chunkBytes}, each at the start of a line, and counts the line breaks of every chunk (on the workers) to give
 * each its first line number. Line numbers count every line break, inside quotes or not, as an editor does (a quoted
 * record spanning lines counts by its first line), so the count does not depend on where records start.
 */
final class FileChunker {

    private static final int READ_BYTES = 1 << 18;
    private static final int WINDOW = 1 << 12;

    private FileChunker() {
    }

    /** The plan of {@code path}'s lines from line {@code firstDataLine} on. */
    static ChunkPlan plan(Path path, Charset encoding, long firstDataLine, long chunkBytes, ExecutorService workers)
            throws IOException {
        long start;
        try (ByteLines header = new ByteLines(path, encoding, firstDataLine, WINDOW)) {
            start = header.bytesRead();
        }
        List<Long> cuts = new ArrayList<>();
        long size;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            size = channel.size();
            for (long cut = start; cut < size; cut = lineStartFrom(channel, cut + chunkBytes, size)) {
                cuts.add(cut);
            }
        }
        cuts.add(size);
        List<Future<LineBreaks>> counts = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.size(); k++) {
            long from = cuts.get(k);
            long to = cuts.get(k + 1);
            counts.add(workers.submit(() -> count(path, from, to)));
        }
        List<FileChunk> parallel = new ArrayList<>();
        long line = firstDataLine;
        try {
            for (int k = 0; k < counts.size(); k++) {
                LineBreaks breaks = Workers.await(counts.get(k), "counting the lines of " + path.getFileName());
                if (breaks.hasQuote()) {
                    return new ChunkPlan(parallel, Optional.of(new FileChunk(path, cuts.get(k), size, line)));
                }
                parallel.add(new FileChunk(path, cuts.get(k), cuts.get(k + 1), line));
                line += breaks.breaks();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            counts.forEach(count -> count.cancel(false));
        }
        return new ChunkPlan(parallel, Optional.empty());
    }

    /**
     * The first line start at or after {@code p} (the file's size when there is none): {@code p} itself when the
     * byte before it ends a line (an LF, or a CR not followed by an LF), else the start of the next line.
     */
    static long lineStartFrom(FileChannel channel, long p, long size) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(WINDOW + 1);
        for (long at = p - 1; at < size; at += WINDOW) {
            window.clear();
            int n = read(channel, window, at, size);
            for (int i = 0; i < Math.min(n, WINDOW); i++) {
                byte c = window.get(i);
                if (c == '\n') {
                    return at + i + 1;
                }
                if (c == '\r') {
                    return i + 1 < n && window.get(i + 1) == '\n' ? at + i + 2 : at + i + 1;
                }
            }
        }
        return size;
    }

    /** Reads from {@code at} until the buffer is full or the file ends; the bytes read. */
    private static int read(FileChannel channel, ByteBuffer into, long at, long size) throws IOException {
        int n = 0;
        while (into.hasRemaining() && at + n < size) {
            int read = channel.read(into, at + n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        return n;
    }

    /** The line breaks of the bytes {@code [from, to)}; it stops at a quote, which puts the rest in one chunk. */
    private static LineBreaks count(Path path, long from, long to) throws IOException {
        LineBreaks breaks = new LineBreaks();
        byte[] bytes = new byte[(int) Math.min(READ_BYTES, to - from)];
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (long at = from; at < to && !breaks.hasQuote(); ) {
                int n = channel.read(ByteBuffer.wrap(bytes, 0, (int) Math.min(bytes.length, to - at)), at);
                if (n < 0) {
                    throw new EOFException("the file became shorter while it was read: " + path.getFileName());
                }
                breaks.add(bytes, 0, n);
                at += n;
            }
        }
        return breaks;
    }
}
