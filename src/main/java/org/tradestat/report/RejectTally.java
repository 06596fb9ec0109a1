package org.tradestat.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tradestat.figure.RejectLine;

/**
 * Counts rejected lines as they go by (to {@code rejects.csv}), in bounded memory whatever their number: how many in
 * all, the first {@value #FIRST} of them, and how many of each file for each kind of reason.
 */
public final class RejectTally {

    /** Rejected lines kept, for the workbook to list. */
    public static final int FIRST = 1_000;
    /** Kinds of reason counted (per file); the lines of further kinds are counted as left out. */
    static final int KINDS = 1_000;

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private final List<RejectLine> first = new ArrayList<>();
    /** Per file, in the order files come, the lines per kind of reason. */
    private final Map<String, Map<String, long[]>> kinds = new LinkedHashMap<>();
    private int kindCount;
    private long total;
    private long leftOut;

    public static RejectTally of(List<RejectLine> rejects) {
        RejectTally tally = new RejectTally();
        rejects.forEach(tally::add);
        return tally;
    }

    public void add(RejectLine line) {
        total++;
        if (first.size() < FIRST) {
            first.add(line);
        }
        Map<String, long[]> ofFile = kinds.computeIfAbsent(line.file(), f -> new HashMap<>());
        String kind = kind(line.reason());
        long[] count = ofFile.get(kind);
        if (count == null) {
            if (kindCount >= KINDS) {
                leftOut++;
                return;
            }
            kindCount++;
            count = new long[1];
            ofFile.put(kind, count);
        }
        count[0]++;
    }

    /** A reason without the values it quotes: "value_usd '…' is negative". */
    static String kind(String reason) {
        return reason == null ? "" : QUOTED.matcher(reason).replaceAll("'…'");
    }

    public long total() {
        return total;
    }

    public List<RejectLine> first() {
        return List.copyOf(first);
    }

    /** Files in the order they came, then the most frequent kinds first. */
    public ReportData.RejectCounts counts() {
        List<ReportData.ReasonCount> byReason = new ArrayList<>();
        kinds.forEach((file, ofFile) -> ofFile.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> byReason.add(new ReportData.ReasonCount(file, e.getKey(), e.getValue()[0]))));
        return new ReportData.RejectCounts(total, List.copyOf(byReason), leftOut);
    }
}
