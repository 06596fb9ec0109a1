package org.tradestat.report;

import org.tradestat.figure.CountryNames;

/** How a group code reads in a sentence or a chart title: {@code CENTRAL_ASIA} is {@code Central Asia}. */
public final class GroupNames {

    private GroupNames() {
    }

    /** The code in words; a code without {@code _} (e.g. {@code EU}) stays as it is: {@link CountryNames#group}. */
    public static String of(String code) {
        return CountryNames.group(code);
    }
}
