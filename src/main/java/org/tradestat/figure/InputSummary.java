package org.tradestat.figure;

import java.util.List;

/** One input file and what became of its data lines: lines = loaded + duplicates + rejected. */
public record InputSummary(String file, String kind, String sha256, String encoding, long lines, long loaded,
                           long duplicates, long conflicts, long rejected, List<String> warnings) {
}
