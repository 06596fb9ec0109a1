package org.tradestat.report;

import java.io.IOException;
import java.io.OutputStream;

/** Lines of a text file put together as bytes in a buffer of its own, handed to the stream when it is full. */
final class ByteLineWriter {

    private static final int LONG_DIGITS = 19;

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[LONG_DIGITS];
    private int used;

    ByteLineWriter(OutputStream out) {
        this.out = out;
    }

    ByteLineWriter put(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            flush();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return this;
    }

    ByteLineWriter put(char ascii) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) ascii;
        return this;
    }

    /**
     * The decimal {@code unscaled × 10^-scale} in plain notation, as {@code BigDecimal.toPlainString} writes it:
     * {@code -0.0012}, {@code 1500}, {@code 12.5}. {@code scale} is 0 or more.
     */
    ByteLineWriter putDecimal(long unscaled, int scale) throws IOException {
        if (buffer.length - used < LONG_DIGITS + scale + 3) {
            flush();
        }
        if (unscaled < 0) {
            buffer[used++] = '-';
        }
        // digits from the last, of the magnitude as a negative number (Long.MIN_VALUE has no positive)
        int n = 0;
        long rest = unscaled < 0 ? unscaled : -unscaled;
        do {
            digits[n++] = (byte) ('0' - rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (n <= scale) {
            buffer[used++] = '0';
            buffer[used++] = '.';
            for (int z = n; z < scale; z++) {
                buffer[used++] = '0';
            }
        }
        for (int d = n - 1; d >= 0; d--) {
            buffer[used++] = digits[d];
            if (d == scale && d > 0) {
                buffer[used++] = '.';
            }
        }
        return this;
    }

    void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }
}
