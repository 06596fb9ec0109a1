package org.tradestat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateResolverTest {

    /** A staged line: key, value, file (lexical order), line. */
    record Row(String key, int value, int file, long line) {
        @Override
        public String toString() {
            return key + "=" + value + "@" + file + ":" + line;
        }
    }

    private final List<Row> winners = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final DuplicateResolver<Row> resolver = new DuplicateResolver<>(Row::key, (a, b) -> a.value() == b.value(),
            Row::file, new DuplicateResolver.Outcome<>() {
                @Override
                public void winner(Row row) {
                    winners.add(row);
                }

                @Override
                public void conflict(Row replaced, Row replacing) {
                    conflicts.add(replaced + " -> " + replacing);
                }
            });

    private void feed(Row... rows) {
        for (Row r : rows) {
            resolver.accept(r);
        }
        resolver.finish();
    }

    private static Row row(String key, int value, int file, long line) {
        return new Row(key, value, file, line);
    }

    @Test
    void distinctKeysAreAllWinners() {
        feed(row("a", 1, 1, 2), row("b", 1, 1, 3), row("c", 2, 2, 2));
        assertEquals(List.of(row("a", 1, 1, 2), row("b", 1, 1, 3), row("c", 2, 2, 2)), winners);
        assertEquals(List.of(), conflicts);
        assertEquals(Map.of(), resolver.countsByFile());
    }

    @Test
    void exactDuplicatesAreMergedAndCountedAgainstTheirOwnFile() {
        feed(row("a", 1, 1, 2), row("a", 1, 1, 5), row("a", 1, 2, 9), row("a", 1, 2, 10), row("b", 7, 2, 11));
        assertEquals(List.of(row("a", 1, 1, 2), row("b", 7, 2, 11)), winners, "the first line stays the loaded one");
        assertEquals(List.of(), conflicts);
        assertEquals(Map.of(1, new DuplicateResolver.FileCounts(1, 0), 2, new DuplicateResolver.FileCounts(2, 0)),
                resolver.countsByFile());
    }

    @Test
    void laterFileWinsAConflict() {
        feed(row("a", 1, 1, 2), row("a", 2, 2, 2));
        assertEquals(List.of(row("a", 2, 2, 2)), winners);
        assertEquals(List.of("a=1@1:2 -> a=2@2:2"), conflicts);
        assertEquals(Map.of(2, new DuplicateResolver.FileCounts(0, 1)), resolver.countsByFile());
    }

    @Test
    void laterLineWinsAConflictInOneFile() {
        feed(row("a", 1, 1, 2), row("a", 2, 1, 7));
        assertEquals(List.of(row("a", 2, 1, 7)), winners);
        assertEquals(List.of("a=1@1:2 -> a=2@1:7"), conflicts);
        assertEquals(Map.of(1, new DuplicateResolver.FileCounts(0, 1)), resolver.countsByFile());
    }

    @Test
    void aBackAndForthSequenceIsTwoConflictsAndTheLastWins() {
        // A=1, B=2, C=1: C equals A but replaces B's different value, so it is a conflict, not a duplicate.
        feed(row("k", 1, 1, 2), row("k", 2, 2, 2), row("k", 1, 3, 2));
        assertEquals(List.of(row("k", 1, 3, 2)), winners);
        assertEquals(List.of("k=1@1:2 -> k=2@2:2", "k=2@2:2 -> k=1@3:2"), conflicts);
        assertEquals(Map.of(2, new DuplicateResolver.FileCounts(0, 1), 3, new DuplicateResolver.FileCounts(0, 1)),
                resolver.countsByFile());
    }

    @Test
    void aDuplicateOfTheNewWinnerAfterAConflict() {
        feed(row("k", 1, 1, 2), row("k", 2, 2, 2), row("k", 2, 2, 3), row("k", 1, 2, 4), row("k", 1, 3, 4));
        assertEquals(List.of(row("k", 1, 2, 4)), winners, "a duplicate does not replace the row it repeats");
        assertEquals(List.of("k=1@1:2 -> k=2@2:2", "k=2@2:2 -> k=1@2:4"), conflicts);
        assertEquals(Map.of(2, new DuplicateResolver.FileCounts(1, 2), 3, new DuplicateResolver.FileCounts(1, 0)),
                resolver.countsByFile());
    }

    @Test
    void everyLineIsCountedOnceAsLoadedOrDuplicate() {
        Row[] rows = {row("a", 1, 1, 2), row("a", 1, 1, 3), row("a", 3, 1, 4), row("b", 5, 1, 5), row("b", 5, 2, 2),
                row("c", 1, 2, 3), row("c", 2, 2, 4), row("c", 2, 2, 5), row("d", 9, 2, 6)};
        feed(rows);
        assertEquals(List.of(row("a", 3, 1, 4), row("b", 5, 1, 5), row("c", 2, 2, 4), row("d", 9, 2, 6)), winners);
        Map<Integer, DuplicateResolver.FileCounts> counts = resolver.countsByFile();
        assertEquals(new DuplicateResolver.FileCounts(1, 1), counts.get(1));
        assertEquals(new DuplicateResolver.FileCounts(2, 1), counts.get(2));
        long duplicates = counts.values().stream().mapToLong(DuplicateResolver.FileCounts::duplicates).sum();
        long loaded = rows.length - duplicates;
        assertEquals(6, loaded, "lines = loaded + duplicates");
        assertEquals(2, conflicts.size());
    }

    @Test
    void finishWithoutRowsEmitsNothingAndCanBeCalledTwice() {
        resolver.finish();
        feed(row("a", 1, 1, 2));
        resolver.finish();
        assertEquals(List.of(row("a", 1, 1, 2)), winners);
    }

    @Test
    void countsByFileAreOrderedByFile() {
        feed(row("a", 1, 3, 2), row("a", 1, 3, 3), row("b", 1, 1, 2), row("b", 1, 1, 3), row("c", 1, 2, 2),
                row("c", 2, 2, 3));
        assertEquals(List.of(1, 2, 3), List.copyOf(resolver.countsByFile().keySet()));
    }
}
