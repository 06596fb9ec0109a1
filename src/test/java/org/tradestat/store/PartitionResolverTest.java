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
import org.tradestat.figure.Dataset;
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

    /** Until the switch: the resolution on columns gives what the resolution on objects gave, line for line. */
    @Test
    void onRandomLinesWithDuplicatesAndConflictsTheColumnsGiveWhatTheObjectsGave() throws IOException {
        Random random = new Random(20261204);
        for (int round = 0; round < 20; round++) {
            List<FigureSpill.Line> lines = new ArrayList<>();
            String[] reporters = {"KAZ", "UZB", "KGZ"};
            String[] flows = {"export", "import", "re_export", "turnover"};
            String[] commodities = {"TOTAL", "27", "84", "85", "8542", "SITC:84", "72", "30", "10", "11", "12", "13",
                    "14", "15"};
            String[] values = {"1", "1.0", "2.5", "2.50", "1000000", "0", "0.000001", "99999999999999999999.5"};
            int count = 50 + random.nextInt(400);
            for (int n = 0; n < count; n++) {
                Period period = switch (random.nextInt(4)) {
                    case 0 -> Period.year(2019 + random.nextInt(5));
                    case 1 -> Period.half(2019 + random.nextInt(5), 1 + random.nextInt(2));
                    case 2 -> Period.quarter(2019 + random.nextInt(5), 1 + random.nextInt(4));
                    default -> Period.month(2019 + random.nextInt(5), 1 + random.nextInt(12));
                };
                Dataset dataset = random.nextInt(10) == 0 ? Dataset.INVESTMENT : Dataset.TRADE;
                SeriesKey series = dataset == Dataset.TRADE
                        ? SeriesKey.trade(reporters[random.nextInt(3)], "KOR", flows[random.nextInt(4)],
                                commodities[random.nextInt(commodities.length)])
                        : new SeriesKey(dataset, "KOR", reporters[random.nextInt(3)], "inflow", "");
                Qualifier qualifier = Qualifier.values()[random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0];
                Figure f = new Figure(series, period, new BigDecimal(values[random.nextInt(values.length)]
                        + (random.nextBoolean() ? "" : "")), qualifier, random.nextInt(8) == 0 ? 2005 : null,
                        "source " + random.nextInt(3));
                lines.add(new FigureSpill.Line(1 + n * 3 / count, 2 + n, f));
            }
            PartitionResolver.Resolved columns = resolve(lines);
            PartitionResolver.Resolved objects = StagedDataResolver.resolveAsObjects(FigureSpill.read(dir, 0));

            assertThat(columns.figures()).as("round %d", round).isEqualTo(objects.figures());
            assertThat(columns.conflicts()).as("round %d", round).isEqualTo(objects.conflicts());
            assertThat(counts(columns)).as("round %d", round).isEqualTo(counts(objects));
        }
    }
}
