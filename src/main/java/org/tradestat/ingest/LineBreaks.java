package org.tradestat.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts the line breaks of a run of bytes as {@link ByteLines} ends lines (LF, CRLF or a lone CR: one break each)
 * and notes whether a quote is among them, eight bytes at a time: the count that gives each chunk of a file its first
 * line number. Bytes may come in several pieces; a CR at the end of one piece and an LF at the start of the next are
 * one break.
 */
final class LineBreaks {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private static final long LF = 0x0A0A0A0A0A0A0A0AL;
    private static final long CR = 0x0D0D0D0D0D0D0D0DL;
    private static final long QUOTE = 0x2222222222222222L;

    private long linefeeds;
    private long carriageReturns;
    /** CRs directly followed by an LF: counted once, with the LF. */
    private long pairs;
    private boolean quote;
    /** Whether the last byte added was a CR. */
    private boolean afterCr;

    /** Adds the bytes {@code b[from, to)}. */
    void add(byte[] b, int from, int to) {
        if (from < to && afterCr && b[from] == '\n') {
            pairs++;
        }
        int wordsEnd = from + (to - from) / Long.BYTES * Long.BYTES;
        long crBefore = 0; // the high bit of the lowest byte set when the byte before the current word is a CR
        long quotes = 0;
        for (int i = from; i < wordsEnd; i += Long.BYTES) {
            long word = (long) WORDS.get(b, i);
            long lf = equalBytes(word, LF);
            linefeeds += Long.bitCount(lf);
            quotes |= hasByte(word, QUOTE);
            if (hasByte(word, CR) != 0 || crBefore != 0) {
                long cr = equalBytes(word, CR);
                carriageReturns += Long.bitCount(cr);
                pairs += Long.bitCount((cr << 8 | crBefore) & lf);
                crBefore = cr >>> 56;
            }
        }
        quote |= quotes != 0;
        for (int i = wordsEnd; i < to; i++) {
            byte c = b[i];
            if (c == '\n') {
                linefeeds++;
                if (i == wordsEnd ? crBefore != 0 : b[i - 1] == '\r') {
                    pairs++;
                }
            } else if (c == '\r') {
                carriageReturns++;
            } else if (c == '"') {
                quote = true;
            }
        }
        if (from < to) {
            afterCr = b[to - 1] == '\r';
        }
    }

    /** A word with the high bit of each byte set where that byte equals the pattern's, and no other bit set. */
    private static long equalBytes(long word, long pattern) {
        long y = word ^ pattern;
        return ~((y & LOW7) + LOW7 | y | LOW7);
    }

    /** Non-zero when a byte of the word equals the pattern's (cheaper than {@link #equalBytes}, which also says where). */
    private static long hasByte(long word, long pattern) {
        long y = word ^ pattern;
        return (y - ONES) & ~y & HIGH;
    }

    /** The line breaks in the bytes added so far. */
    long breaks() {
        return linefeeds + carriageReturns - pairs;
    }

    boolean hasQuote() {
        return quote;
    }
}
