package org.tradestat.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Counts a byte stream's valid multi-byte UTF-8 sequences and its bytes that are not UTF-8 (RFC 3629). */
final class Utf8Census {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    long multiByte;
    long invalid;
    boolean bom;
    private long position;
    private int expected;       // continuation bytes still expected
    private int min;            // smallest code point the sequence may encode (no overlong forms)
    private int codePoint;
    private int length;

    void add(byte[] bytes, int n) {
        for (int i = 0; i < n; i++, position++) {
            if (expected == 0 && position >= 3) {
                int ascii = asciiWords(bytes, i, n);
                i += ascii;
                position += ascii;
                if (i == n) {
                    break;
                }
            }
            int b = bytes[i] & 0xFF;
            if (position < 3) {
                bom = position == 0 ? b == 0xEF : bom && b == (position == 1 ? 0xBB : 0xBF);
            }
            if (expected > 0) {
                if ((b & 0xC0) == 0x80) {
                    codePoint = (codePoint << 6) | (b & 0x3F);
                    if (--expected == 0) {
                        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                            invalid += length;
                        } else {
                            multiByte++;
                        }
                    }
                    continue;
                }
                invalid++; // a sequence cut short; this byte starts afresh
                expected = 0;
            }
            if (b < 0x80) {
                continue;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                start(b & 0x1F, 1, 0x80);
            } else if (b >= 0xE0 && b <= 0xEF) {
                start(b & 0x0F, 2, 0x800);
            } else if (b >= 0xF0 && b <= 0xF4) {
                start(b & 0x07, 3, 0x10000);
            } else {
                invalid++;
            }
        }
    }

    /** The bytes from {@code from} on that are ASCII, eight at a time: they change no count. */
    private static int asciiWords(byte[] bytes, int from, int n) {
        int i = from;
        while (i + Long.BYTES <= n && ((long) WORDS.get(bytes, i) & 0x8080808080808080L) == 0) {
            i += Long.BYTES;
        }
        return i - from;
    }

    private void start(int bits, int continuation, int smallest) {
        codePoint = bits;
        expected = continuation;
        length = continuation + 1;
        min = smallest;
    }

    void end() {
        if (expected > 0) {
            invalid++;
            expected = 0;
        }
        bom = bom && position >= 3;
    }
}
