package org.tradestat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

class PartitionResolverTest {

    @TempDir
    Path dir;

    private static Figure trade(String reporter, String flow, String commodity, Period period, String value) {
        return new Figure(SeriesKey.trade(reporter, "KOR", flow, commodity), period, new BigDecimal(value),
                Qualifier.EXACT, null, "customs");
    }

    private PartitionResolver.Resolved resolve(List<FigureSpill.Line> lines) throws IOException {
        try (FigureSpill spill = FigureSpill.create(dir, 0)) {
            lines.forEach(l -> spill.append(l.fileSeq(), l.line(), l.figure()));
        }
        return PartitionResolver.resolve(FigureSpill.readColumns(dir, 0));
    }

    private static Map<Integer, List<Long>> counts(PartitionResolver.Resolved resolved) {
        Map<Integer, List<Long>> counts = new TreeMap<>();
        resolved.counts().forEach((file, c) -> counts.put(file, List.of(c[0], c[1], c[2])));
        return counts;
    }

    @Test
    void theSameAmountAtAnotherScaleIsADuplicateAndAnotherAmountAConflictTheLaterLineWins() throws IOException {
        Period y = Period.year(2023);
        PartitionResolver.Resolved resolved = resolve(List.of(
                new FigureSpill.Line(1, 2, trade("KAZ", "export", "TOTAL", y, "1.5")),
                new FigureSpill.Line(1, 3, trade("KAZ", "import", "TOTAL", y, "7")),
                new FigureSpill.Line(2, 2, trade("KAZ", "export", "TOTAL", y, "1.50")),
                new FigureSpill.Line(2, 3, trade("KAZ", "export", "TOTAL", y, "2")),
                new FigureSpill.Line(3, 9, trade("KAZ", "export", "TOTAL", y, "123456789012345678901.5")),
                new FigureSpill.Line(3, 10, trade("KAZ", "export", "TOTAL", y, "123456789012345678901.50"))));

        assertThat(resolved.figures()).extracting(s -> s.figure().series().measure() + " " + s.figure().value()
                        + " from " + s.fileSeq() + ":" + s.line())
                .containsExactly("export 123456789012345678901.5 from 3:9", "import 7 from 1:3");
        assertThat(resolved.conflicts()).containsExactly(
                new PartitionResolver.Conflict("trade", "trade KAZ KOR export TOTAL 2023", "1.5", 1, 2, "2", 2, 3),
                new PartitionResolver.Conflict("trade", "trade KAZ KOR export TOTAL 2023", "2", 2, 3,
                        "123456789012345678901.5", 3, 9));
        assertThat(counts(resolved)).containsExactly(
                Map.entry(1, List.of(0L, 0L, 2L)), Map.entry(2, List.of(1L, 1L, 2L)), Map.entry(3, List.of(1L, 1L, 2L)));
    }

    @Test
    void keysAreOrderedBySeriesThenPeriodWhateverTheInputOrder() throws IOException {
        PartitionResolver.Resolved resolved = resolve(List.of(
                new FigureSpill.Line(1, 2, trade("UZB", "export", "TOTAL", Period.month(2023, 2), "1")),
                new FigureSpill.Line(1, 3, trade("KAZ", "import", "TOTAL", Period.year(2023), "2")),
                new FigureSpill.Line(1, 4, trade("KAZ", "export", "TOTAL", Period.half(2022, 2), "3")),
                new FigureSpill.Line(1, 5, trade("KAZ", "export", "TOTAL", Period.year(2022), "4")),
                new FigureSpill.Line(1, 6, trade("UZB", "export", "TOTAL", Period.month(2023, 1), "5"))));

        assertThat(resolved.figures()).extracting(s -> s.figure().series().reporter() + " "
                        + s.figure().series().measure() + " " + s.figure().period())
                .containsExactly("KAZ export 2022", "KAZ export 2022-H2", "KAZ import 2023", "UZB export 2023-01",
                        "UZB export 2023-02");
    }

    /**
     * Random all-goods lines (which the reduction keeps as they are) of a few keys in three files: the winners, the
     * conflicts and the counts are those of the duplicate rules applied line by line in input order.
     */
    @Test
    void onRandomLinesTheWinnersConflictsAndCountsAreThoseOfTheRulesAppliedInInputOrder() throws IOException {
        Random random = new Random(20261204);
        String[] values = {"1", "1.0", "2.5", "2.50", "1000000", "0", "99999999999999999999.5", "99999999999999999999.50"};
        for (int round = 0; round < 30; round++) {
            List<FigureSpill.Line> lines = new ArrayList<>();
            int count = 50 + random.nextInt(400);
            for (int n = 0; n < count; n++) {
                Period period = random.nextBoolean() ? Period.year(2019 + random.nextInt(4))
                        : Period.month(2019 + random.nextInt(4), 1 + random.nextInt(3));
                Figure f = new Figure(SeriesKey.trade(random.nextBoolean() ? "KAZ" : "UZB", "KOR",
                        random.nextBoolean() ? "export" : "import", SeriesKey.ALL_GOODS), period,
                        new BigDecimal(values[random.nextInt(values.length)]), Qualifier.EXACT, null, "s");
                lines.add(new FigureSpill.Line(1 + n * 3 / count, 2 + n, f));
            }
            // the rules, line by line: a key's first line wins; a later line with the same amount is a duplicate,
            // with another amount a conflict that it wins
            Map<List<Object>, FigureSpill.Line> winners = new TreeMap<>(java.util.Comparator
                    .comparing((List<Object> k) -> (String) k.get(0)).thenComparing(k -> (String) k.get(1))
                    .thenComparing(k -> (Period) k.get(2)));
            Map<Integer, List<Long>> expectedCounts = new TreeMap<>();
            List<PartitionResolver.Conflict> expectedConflicts = new ArrayList<>();
            for (FigureSpill.Line l : lines) {
                long[] c = {0, 0, 1};
                List<Object> key = List.of(l.figure().series().reporter(), l.figure().series().measure(),
                        l.figure().period());
                FigureSpill.Line current = winners.get(key);
                if (current == null) {
                    winners.put(key, l);
                } else if (current.figure().value().compareTo(l.figure().value()) == 0) {
                    c[0] = 1;
                } else {
                    c[1] = 1;
                    expectedConflicts.add(new PartitionResolver.Conflict("trade", "trade "
                            + key.get(0) + " KOR " + key.get(1) + " TOTAL " + key.get(2),
                            current.figure().value().stripTrailingZeros().toPlainString(), current.fileSeq(),
                            current.line(), l.figure().value().stripTrailingZeros().toPlainString(), l.fileSeq(),
                            l.line()));
                    winners.put(key, l);
                }
                expectedCounts.merge(l.fileSeq(), List.of(c[0], c[1], c[2]),
                        (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1), x.get(2) + y.get(2)));
            }
            PartitionResolver.Resolved resolved = resolve(lines);

            assertThat(resolved.figures()).as("round %d", round).extracting(s -> new FigureSpill.Line(s.fileSeq(),
                    s.line(), s.figure())).containsExactlyElementsOf(winners.values());
            assertThat(counts(resolved)).as("round %d", round).isEqualTo(expectedCounts);
            // conflicts come key by key (in key order), each key's in input order
            assertThat(resolved.conflicts()).as("round %d", round).containsExactlyInAnyOrderElementsOf(expectedConflicts);
            for (int k = 1; k < resolved.conflicts().size(); k++) {
                PartitionResolver.Conflict before = resolved.conflicts().get(k - 1);
                PartitionResolver.Conflict after = resolved.conflicts().get(k);
                if (before.item().equals(after.item())) {
                    assertThat(after.oldLine()).isEqualTo(before.newLine());
                }
            }
        }
    }
}
