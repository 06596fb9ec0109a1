package org.tradestat.computed;

import java.nio.charset.StandardCharsets;

/**
 * The layout of the store's file. After an 8-byte header, one row of {@value #ROW_BYTES} bytes per indicator, in the
 * order they were computed: series id, period (text id), basis (text id), value unscaled, value scale (or {@link
 * #BIG}), indicator name, unit, flags (bits). Then the trailer: the texts, the series (dataset and four text ids),
 * the values that do not fit a {@code long}, and the outlier marks; and last a footer of fixed size that says where
 * the trailer starts, how many rows there are, and that the file is whole.
 */
final class StoreLayout {

    /** The header; its last byte is the version of the layout, so that another build's file is refused. */
    static final byte[] HEADER = "TSIND\0\0\1".getBytes(StandardCharsets.US_ASCII);
    static final int ROW_BYTES = 24;
    /** Footer: trailer offset (long), rows (long), end mark (long). */
    static final int FOOTER_BYTES = 24;
    static final long END = 0x5453494e44454e44L; // "TSINDEND"
    /** The scale of a row whose value is in the trailer's list of values that do not fit a {@code long}. */
    static final byte BIG = Byte.MIN_VALUE;
    /** Values of at most this many digits are stored unscaled in a {@code long}. */
    static final int LONG_DIGITS = 18;

    private StoreLayout() {
    }

    /**
     * An indicator's identity as the outlier marks name it: series id, period text id and name, in one {@code long}
     * (31 + 24 + 8 bits).
     */
    static long markKey(int series, int period, int name) {
        if (period >= 1 << 24 || name >= 1 << 8) {
            throw new IllegalStateException("too many distinct texts for an outlier mark: " + period);
        }
        return (long) series << 32 | (long) period << 8 | name;
    }
}
