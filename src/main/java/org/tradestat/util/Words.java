package org.tradestat.util;

import java.util.List;

/** Lists in words, for the sentences of the analysis and the report alike. Plain Java. */
public final class Words {

    private Words() {
    }

    /** "a", "a and b", "a, b and c" with {@code and}; "a or b" with {@code or}; nothing for none. */
    public static String join(List<String> parts, String conjunction) {
        int n = parts.size();
        if (n < 2) {
            return n == 0 ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, n - 1)) + " " + conjunction + " " + parts.get(n - 1);
    }
}
