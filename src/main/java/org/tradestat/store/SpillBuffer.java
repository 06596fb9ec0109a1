package org.tradestat.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output buffer of 64 KB for a {@link FigureSpill} partition that does not lock. The JDK's buffered streams lock on
 * every call, and DataOutputStream makes one call per byte of a number: some twenty-five locks per line, a tenth of the
 * load. A partition is written by one thread, so it does without; {@link SpillReader} reads a partition from a mapping
 * of its file.
 */
final class SpillBuffer extends OutputStream {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int count;

    SpillBuffer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.length - count) {
            drain();
            if (len > buffer.length) {
                out.write(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buffer, count, len);
        count += len;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, count);
        count = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
