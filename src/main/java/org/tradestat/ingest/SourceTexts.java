package org.tradestat.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The sources of a file as Strings, one per distinct text: a source is plain when it is as FreeText.clean leaves
 * it (printable ASCII, checked with the line; single inner spaces, none at the ends, not too long).
 */
final class SourceTexts {
    private static final int SLOTS = 256;
    private final byte[][] bytes = new byte[SLOTS][];
    private final String[] texts = new String[SLOTS];

    /** The source's String, or null when it is not plain. */
    String of(byte[] b, int s, int e) {
        int n = e - s;
        if (n > FreeText.SOURCE_LIMIT) {
            return null;
        }
        int hash = 0;
        for (int i = s; i < e; i++) {
            if (b[i] == ' ' && i > s && b[i - 1] == ' ') {
                return null;
            }
            hash = 31 * hash + b[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        byte[] known = bytes[slot];
        if (known != null && Arrays.equals(b, s, e, known, 0, known.length)) {
            return texts[slot];
        }
        String text = new String(b, s, n, StandardCharsets.US_ASCII);
        bytes[slot] = Arrays.copyOfRange(b, s, e);
        texts[slot] = text;
        return text;
    }
}
