package org.tradestat.report;

import java.util.Locale;

/** How a group code reads in a sentence or a chart title: {@code CENTRAL_ASIA} is {@code Central Asia}. */
public final class GroupNames {

    private GroupNames() {
    }

    /** The code in words; a code without {@code _} (e.g. {@code EU}) stays as it is. */
    public static String of(String code) {
        if (code == null || !code.contains("_")) {
            return code;
        }
        StringBuilder b = new StringBuilder();
        for (String w : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
