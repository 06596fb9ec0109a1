package org.tradestat.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The data lines of a file, read from its bytes in blocks of a megabyte. Lines end as {@link CsvRecordReader} ends
 * them (LF, CRLF or a lone CR) and keep their numbers. Each line is first offered to a {@link Sink}'s fast path, which
 * reads it in place; a line it declines is decoded and made a {@link CsvRecord}. A quoted field may hold a line
 * break, so at the first line holding a quote the rest of the file (or of the {@link FileChunk} read) is read by a
 * {@link CsvRecordReader}, from that line on: a file without quotes is never decoded into text.
 */
final class ByteLines implements Closeable {

    /** Where the lines go. */
    interface Sink {
        /** Reads the line {@code b[from, to)} in place, or declines it (false) and it is made a record. */
        boolean fast(byte[] b, int from, int to, long line);

        void record(CsvRecord record);
    }

    private final FileChannel channel;
    private final Charset encoding;
    private final CharsetDecoder decoder;
    /** Bytes read at a time, more for a longer line. */
    static final int BUFFER = 1 << 20;
    private byte[] buffer;
    private int position;
    private int limit;
    private long bufferOffset;
    /** Where the bytes read end: the end of the chunk read, or of the file. */
    private final long end;
    private boolean endOfFile;
    /** The number of the next line. */
    private long lineNo = 1;
    /** Where the line found last ends (its line break), and where a quote is in it (-1: none). */
    private int lineEnd;
    private int quoteAt;
    /** The rest of the file from its first line with a quote, once there was one. */
    private CsvRecordReader rest;

    /** Opens {@code path} to read its lines from line {@code firstLine} on. */
    ByteLines(Path path, Charset encoding, long firstLine) throws IOException {
        this(path, encoding, firstLine, BUFFER);
    }

    ByteLines(Path path, Charset encoding, long firstLine, int bufferBytes) throws IOException {
        this(path, encoding, 0, Long.MAX_VALUE, bufferBytes);
        while (lineNo < firstLine && nextLine()) {
            position = lineEnd;
            skipBreak();
        }
    }

    /** Opens a chunk of a file to read its lines: they end where the chunk does. */
    ByteLines(FileChunk chunk, Charset encoding, int bufferBytes) throws IOException {
        this(chunk.path(), encoding, chunk.from(), chunk.to(), (int) Math.max(1, Math.min(bufferBytes, chunk.size())));
        this.lineNo = chunk.firstLine();
    }

    private ByteLines(Path path, Charset encoding, long from, long end, int bufferBytes) throws IOException {
        this.buffer = new byte[bufferBytes];
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.encoding = encoding;
        this.decoder = InputScanner.decoder(encoding);
        this.end = end;
        this.bufferOffset = from;
        channel.position(from);
    }

    /** Bytes read so far: for progress reports. */
    long bytesRead() {
        return bufferOffset + position;
    }

    /** Reads up to {@code max} lines into the sink; false once the file has no more. */
    boolean read(int max, Sink sink) throws IOException {
        for (int n = 0; n < max; n++) {
            if (rest != null) {
                CsvRecord record = rest.next();
                if (record == null) {
                    return false;
                }
                sink.record(record);
                continue;
            }
            if (!nextLine()) {
                return false;
            }
            int from = position;
            long line = lineNo;
            if (quoteAt >= 0) {
                rest = new CsvRecordReader(new BufferedReader(InputScanner.decoding(new RangeStream(
                        channel.position(bufferOffset + from), end), encoding), 1 << 16), line);
                n--;
                continue;
            }
            position = lineEnd;
            skipBreak();
            if (lineEnd > from && !sink.fast(buffer, from, lineEnd, line)) {
                CsvRecord record = CsvRecordReader.ofLine(text(from, lineEnd, position), line);
                if (record != null) {
                    sink.record(record);
                }
            }
        }
        return true;
    }

    /**
     * Finds the end of the line at {@link #position} (reading more of the file as needed): sets {@link #lineEnd},
     * and {@link #quoteAt} to where a quote is in it or -1. False at the end of the file.
     */
    private boolean nextLine() throws IOException {
        int scanned = position;
        quoteAt = -1;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                byte c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 == limit && !endOfFile) {
                        scanned = i; // is it CRLF? read on to see
                        break;
                    }
                    lineEnd = i;
                    return true;
                }
                if (c == '"' && quoteAt < 0) {
                    quoteAt = i;
                }
                scanned = i + 1;
            }
            if (endOfFile) {
                lineEnd = limit;
                return position < limit;
            }
            int shift = position;
            fill();
            scanned -= shift;
            if (quoteAt >= 0) {
                quoteAt -= shift;
            }
        }
    }

    /** Steps over the line break at {@link #position}, and counts the line. */
    private void skipBreak() {
        lineNo++;
        if (position < limit) {
            if (buffer[position] == '\r' && position + 1 < limit && buffer[position + 1] == '\n') {
                position += 2;
            } else {
                position++;
            }
        }
    }

    /** Moves the unread bytes to the front of the buffer (growing it for a line longer than it) and reads more. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        System.arraycopy(buffer, position, buffer, 0, unread);
        bufferOffset += position;
        position = 0;
        limit = unread;
        long left = end - (bufferOffset + limit);
        ByteBuffer into = ByteBuffer.wrap(buffer, limit, (int) Math.min(buffer.length - limit, left));
        int n = left > 0 ? channel.read(into) : -1;
        if (n < 0) {
            endOfFile = true;
        } else {
            limit += n;
        }
    }

    /**
     * The text of the line {@code [from, to)}. The decoder sees the line break too, as a decoder of the whole file
     * would: a byte sequence cut short by the break is then replaced as it would be there.
     */
    private String text(int from, int to, int next) throws CharacterCodingException {
        if (encoding.equals(StandardCharsets.ISO_8859_1)) {
            return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
        }
        decoder.reset();
        boolean withBreak = next > to;
        String text = decoder.decode(ByteBuffer.wrap(buffer, from, (withBreak ? to + 1 : to) - from)).toString();
        return withBreak ? text.substring(0, text.length() - 1) : text;
    }

    /** The bytes of a channel from its position up to {@code end}. */
    private static final class RangeStream extends InputStream {
        private final FileChannel channel;
        private final long end;

        RangeStream(FileChannel channel, long end) {
            this.channel = channel;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long left = end - channel.position();
            if (left <= 0) {
                return -1;
            }
            return channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)));
        }
    }

    @Override
    public void close() throws IOException {
        if (rest != null) {
            rest.close();
        }
        channel.close();
    }
}
