package org.tradestat.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tradestat.analysis.PairLines;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.analysis.Value;
import org.tradestat.figure.Figure;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * Resolves one partition of a {@link FigureSpill} by the duplicate rules (README, "Input files", duplicates and
 * conflicts), on its columns: each line becomes one {@code long} sort key (the rank of its series, the rank of its
 * period, its place in the input), so that one primitive sort puts every key's lines together in input order. A key's
 * later line with the same value is a duplicate; with another value, a conflict that the later line wins. Only the
 * winners become {@link Figure}s, one pair at a time, for {@link TradeAnalysis#reduce}.
 */
final class PartitionResolver {

    /** A conflict: the key's item, the value replaced and the one replacing it, with where each came from. */
    record Conflict(String dataset, String item, String oldValue, int oldFile, long oldLine, String newValue,
                    int newFile, long newLine) {
    }

    /** A figure to store and the input line it came from (file 0, line 0 for a derived figure). */
    record Stored(Figure figure, int fileSeq, long line) {
    }

    /** What a partition resolves to: the figures to store, its conflicts in order, and per-file line counts. */
    record Resolved(List<Stored> figures, List<Conflict> conflicts, Map<Integer, long[]> counts) {
    }

    /** Per file: lines merged as duplicates, lines that replaced another value, lines staged. */
    static final int DUPLICATES = 0;
    static final int CONFLICTS = 1;
    static final int STAGED = 2;

    private static final Comparator<SeriesKey> BY_SERIES = Comparator.comparing(SeriesKey::dataset)
            .thenComparing(SeriesKey::reporter)
            .thenComparing(SeriesKey::partner)
            .thenComparing(SeriesKey::measure)
            .thenComparing(SeriesKey::commodity);

    private PartitionResolver() {
    }

    static Resolved resolve(SpilledFigures lines) {
        Map<Integer, long[]> counts = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            countsOf(counts, lines.fileSeq(i))[STAGED]++;
        }
        List<Conflict> conflicts = new ArrayList<>();
        List<Stored> stored = new ArrayList<>();
        long[] keys = sortKeys(lines);
        int lineBits = bitsFor(lines.size());
        long lineMask = (1L << lineBits) - 1;
        int[] pairWinners = new int[Math.max(1, lines.size())];
        int pairSize = 0;
        int winner = -1;
        for (int k = 0; k <= keys.length; k++) {
            int i = k < keys.length ? (int) (keys[k] & lineMask) : -1;
            boolean sameKey = i >= 0 && winner >= 0 && (keys[k] >>> lineBits) == (keys[k - 1] >>> lineBits);
            if (sameKey) {
                if (lines.sameValue(winner, i)) {
                    countsOf(counts, lines.fileSeq(i))[DUPLICATES]++;
                } else {
                    countsOf(counts, lines.fileSeq(i))[CONFLICTS]++;
                    conflicts.add(conflict(lines, winner, i));
                    winner = i;
                }
                continue;
            }
            if (winner >= 0) {
                if (pairSize > 0 && !samePair(lines, pairWinners[pairSize - 1], winner)) {
                    stored.addAll(reduced(lines, pairWinners, pairSize));
                    pairSize = 0;
                }
                pairWinners[pairSize++] = winner;
            }
            winner = i;
        }
        if (pairSize > 0) {
            stored.addAll(reduced(lines, pairWinners, pairSize));
        }
        return new Resolved(stored, conflicts, counts);
    }

    /**
     * Each line's key: series rank, period rank and line index side by side in one long, so that sorting the keys
     * sorts by series, then period, then input order. The ranks number only the partition's distinct series and
     * periods, so the three fit in 63 bits for any partition that fits in memory.
     */
    private static long[] sortKeys(SpilledFigures lines) {
        int[] seriesRank = ranks(lines.seriesCount(), (a, b) -> BY_SERIES.compare(lines.seriesKey(a), lines.seriesKey(b)));
        int[] periodRank = ranks(lines.periodCount(), (a, b) -> lines.periodOf(a).compareTo(lines.periodOf(b)));
        int lineBits = bitsFor(lines.size());
        int periodBits = bitsFor(lines.periodCount());
        if (bitsFor(lines.seriesCount()) + periodBits + lineBits > 63) {
            throw new IllegalStateException("a partition of " + lines.size() + " lines and " + lines.seriesCount()
                    + " series is too large to sort");
        }
        long[] keys = new long[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) seriesRank[lines.series(i)] << (periodBits + lineBits))
                    | ((long) periodRank[lines.period(i)] << lineBits) | i;
        }
        Arrays.sort(keys);
        return keys;
    }

    /** For ids 0..n-1, each id's place when sorted by {@code order}. */
    private static int[] ranks(int n, Comparator<Integer> order) {
        Integer[] ids = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        Arrays.sort(ids, order);
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[ids[r]] = r;
        }
        return rank;
    }

    static int bitsFor(int count) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, count - 1)));
    }

    private static boolean samePair(SpilledFigures lines, int a, int b) {
        SeriesKey x = lines.seriesKey(lines.series(a));
        SeriesKey y = lines.seriesKey(lines.series(b));
        return x == y || (x.dataset() == y.dataset() && x.reporter().equals(y.reporter())
                && x.partner().equals(y.partner()));
    }

    /** A pair's winning lines reduced to what the analysis needs, each kept line with its origin. */
    private static List<Stored> reduced(SpilledFigures lines, int[] winners, int count) {
        // only the lines kept as they are (all-goods rows, other datasets) and a model line per flow become figures
        Map<Figure, Integer> origin = new IdentityHashMap<>();
        List<Figure> kept = TradeAnalysis.reduce(new PairLines() {
            public int size() {
                return count;
            }

            public SeriesKey series(int i) {
                return lines.seriesKey(lines.series(winners[i]));
            }

            public Period period(int i) {
                return lines.periodOf(lines.period(winners[i]));
            }

            public Value value(int i) {
                return lines.analysisValue(winners[i]);
            }

            public Figure figure(int i) {
                Figure f = lines.figure(winners[i]);
                origin.put(f, winners[i]);
                return f;
            }
        });
        List<Stored> stored = new ArrayList<>(kept.size());
        for (Figure f : kept) {
            Integer from = origin.get(f);
            stored.add(from == null ? new Stored(f, 0, 0L) : new Stored(f, lines.fileSeq(from), lines.line(from)));
        }
        return stored;
    }

    private static Conflict conflict(SpilledFigures lines, int replaced, int replacing) {
        SeriesKey s = lines.seriesKey(lines.series(replaced));
        Period p = lines.periodOf(lines.period(replaced));
        return new Conflict(s.dataset().code(), item(s, p), plain(lines.value(replaced)), lines.fileSeq(replaced),
                lines.line(replaced), plain(lines.value(replacing)), lines.fileSeq(replacing), lines.line(replacing));
    }

    private static String item(SeriesKey s, Period p) {
        StringBuilder item = new StringBuilder();
        for (String part : new String[] {s.dataset().code(), s.reporter(), s.partner(), s.measure(), s.commodity(),
                p.toString()}) {
            if (!part.isEmpty()) {
                item.append(item.length() > 0 ? " " : "").append(part);
            }
        }
        return item.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static long[] countsOf(Map<Integer, long[]> counts, int fileSeq) {
        return counts.computeIfAbsent(fileSeq, f -> new long[3]);
    }
}
