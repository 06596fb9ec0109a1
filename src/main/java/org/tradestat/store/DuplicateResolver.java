package org.tradestat.store;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Applies SPEC 3's duplicate rules to rows that arrive ordered by key, then file order, then line: a row with
 * the same key and the same value as the current one is merged as a duplicate; a different value is a conflict
 * and the later row wins. Holds one row at a time.
 */
public final class DuplicateResolver<R> {

    /** Receives the outcome: each key's winning row, and every replacement of one value by another. */
    public interface Outcome<R> {
        void winner(R row);

        void conflict(R replaced, R replacing);
    }

    /** Per-file counts of lines merged as duplicates and of lines that replaced a different earlier value. */
    public record FileCounts(long duplicates, long conflicts) {
    }

    private final BiPredicate<R, R> sameKey;
    private final BiPredicate<R, R> sameValue;
    private final ToIntFunction<R> fileSeq;
    private final Outcome<R> outcome;
    private final Map<Integer, long[]> counts = new TreeMap<>();
    private R current;

    public DuplicateResolver(Function<R, ?> key, BiPredicate<R, R> sameValue, ToIntFunction<R> fileSeq,
                             Outcome<R> outcome) {
        this((a, b) -> Objects.equals(key.apply(a), key.apply(b)), sameValue, fileSeq, outcome);
    }

    /** The same, with the key given as a test of two rows (no key object per row). */
    public DuplicateResolver(BiPredicate<R, R> sameKey, BiPredicate<R, R> sameValue, ToIntFunction<R> fileSeq,
                             Outcome<R> outcome) {
        this.sameKey = sameKey;
        this.sameValue = sameValue;
        this.fileSeq = fileSeq;
        this.outcome = outcome;
    }

    public void accept(R row) {
        if (current == null || !sameKey.test(current, row)) {
            finish();
            current = row;
        } else if (sameValue.test(current, row)) {
            countsOf(row)[0]++;
        } else {
            countsOf(row)[1]++;
            outcome.conflict(current, row);
            current = row;
        }
    }

    /** Emits the last key's winner; call once after the last row. */
    public void finish() {
        if (current != null) {
            outcome.winner(current);
            current = null;
        }
    }

    public Map<Integer, FileCounts> countsByFile() {
        Map<Integer, FileCounts> result = new TreeMap<>();
        counts.forEach((file, c) -> result.put(file, new FileCounts(c[0], c[1])));
        return result;
    }

    private long[] countsOf(R row) {
        return counts.computeIfAbsent(fileSeq.applyAsInt(row), f -> new long[2]);
    }
}
