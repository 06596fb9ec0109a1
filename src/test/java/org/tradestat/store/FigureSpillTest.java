package org.tradestat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

class FigureSpillTest {

    private static final long SEVERAL_PARTITIONS = 5 * FigureSpill.BYTES_PER_PARTITION;

    @TempDir
    Path dir;

    private static Figure trade(String reporter, String partner, String flow, Period period, String value) {
        return new Figure(SeriesKey.trade(reporter, partner, flow, SeriesKey.ALL_GOODS), period, new BigDecimal(value),
                Qualifier.EXACT, null, "customs " + reporter);
    }

    private static List<FigureSpill.Line> readAll(Path dir) throws IOException {
        List<FigureSpill.Line> lines = new ArrayList<>();
        for (int p = 0; p < FigureSpill.partitionCount(dir); p++) {
            lines.addAll(FigureSpill.read(dir, p));
        }
        return lines;
    }

    private static List<Object> pair(Figure f) {
        return List.of(f.series().dataset(), f.series().reporter(), f.series().partner());
    }

    /** Three files of yearly export and import totals for every pair of eight countries, and an investment line. */
    private static List<FigureSpill.Line> manyPairs() {
        List<FigureSpill.Line> lines = new ArrayList<>();
        String[] countries = {"KOR", "KGZ", "KAZ", "UZB", "TJK", "TKM", "JPN", "CHN"};
        long line = 2;
        for (int file = 1; file <= 3; file++) {
            for (String reporter : countries) {
                for (String partner : countries) {
                    if (reporter.equals(partner)) {
                        continue;
                    }
                    for (String flow : List.of("export", "import")) {
                        Figure f = trade(reporter, partner, flow, Period.year(2015 + file), file + "" + line + ".25");
                        lines.add(new FigureSpill.Line(file, line++, f));
                    }
                }
            }
            lines.add(new FigureSpill.Line(file, line++, new Figure(
                    new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", ""), Period.half(2020, 2),
                    new BigDecimal("7.5"), Qualifier.APPROX, null, "bank")));
        }
        return lines;
    }

    private void spill(List<FigureSpill.Line> lines, long inputBytes) throws IOException {
        try (FigureSpill spill = FigureSpill.create(dir, inputBytes)) {
            lines.forEach(l -> spill.append(l.fileSeq(), l.line(), l.figure()));
        }
    }

    @Test
    void everyAppendedLineComesBackWithItsFigureFileAndLine() throws IOException {
        List<FigureSpill.Line> appended = manyPairs();
        spill(appended, SEVERAL_PARTITIONS);

        assertThat(FigureSpill.partitionCount(dir)).isEqualTo(5);
        assertThat(readAll(dir)).containsExactlyInAnyOrderElementsOf(appended);
    }

    @Test
    void aPartitionsLinesComeBackInAppendOrder() throws IOException {
        List<FigureSpill.Line> appended = manyPairs();
        spill(appended, SEVERAL_PARTITIONS);

        int nonEmpty = 0;
        for (int p = 0; p < FigureSpill.partitionCount(dir); p++) {
            List<FigureSpill.Line> partition = FigureSpill.read(dir, p);
            nonEmpty += partition.isEmpty() ? 0 : 1;
            assertThat(partition).as("partition %d", p)
                    .isEqualTo(appended.stream().filter(partition::contains).toList());
        }
        assertThat(nonEmpty).isGreaterThan(1);
    }

    @Test
    void everyLineOfAPairLandsInTheSamePartition() throws IOException {
        spill(manyPairs(), SEVERAL_PARTITIONS);

        Map<List<Object>, Integer> partitionOfPair = new HashMap<>();
        for (int p = 0; p < FigureSpill.partitionCount(dir); p++) {
            for (FigureSpill.Line l : FigureSpill.read(dir, p)) {
                Integer before = partitionOfPair.put(pair(l.figure()), p);
                assertThat(before).as("partition of %s", pair(l.figure())).isIn(null, p);
            }
        }
        assertThat(partitionOfPair).hasSize(8 * 7 + 1);
        assertThat(Set.copyOf(partitionOfPair.values())).hasSizeGreaterThan(1);
    }

    @Test
    void manyDigitValuesSinceYearsQualifiersAndSourcesSurviveTheRoundTrip() throws IOException {
        SeriesKey series = new SeriesKey(Dataset.INVESTMENT, "KOR", "UZB", "cumulative", "");
        List<Figure> figures = List.of(
                new Figure(series, Period.year(2019), new BigDecimal("123456789012345678.5"), Qualifier.AT_LEAST,
                        2005, "ministry, \"annual\" report"),
                new Figure(series, Period.year(2020), new BigDecimal("99999999999999999999.123456"),
                        Qualifier.AT_MOST, 1992, "Минфин — отчёт"),
                new Figure(series, Period.quarter(2021, 3), new BigDecimal("0.000001"), Qualifier.APPROX, null, ""),
                new Figure(series, Period.month(2021, 12), new BigDecimal("9223372036854775807"), Qualifier.EXACT,
                        null, "max long"),
                new Figure(series, Period.month(2022, 1), new BigDecimal("42.100"), Qualifier.EXACT, 0, "scale 3"),
                new Figure(series, Period.half(2022, 1), BigDecimal.ZERO, Qualifier.EXACT, null, "zero"));
        try (FigureSpill spill = FigureSpill.create(dir, 0)) {
            for (int i = 0; i < figures.size(); i++) {
                spill.append(7, 10L + i, figures.get(i));
            }
        }

        List<FigureSpill.Line> read = FigureSpill.read(dir, 0);
        assertThat(read).extracting(FigureSpill.Line::figure).containsExactlyElementsOf(figures);
        assertThat(read).extracting(l -> l.figure().value().toPlainString())
                .containsExactly("123456789012345678.5", "99999999999999999999.123456", "0.000001",
                        "9223372036854775807", "42.100", "0");
        assertThat(read).extracting(FigureSpill.Line::fileSeq).containsOnly(7);
        assertThat(read).extracting(FigureSpill.Line::line).containsExactly(10L, 11L, 12L, 13L, 14L, 15L);
    }

    @Test
    void moreDistinctStringsThanTheDictionaryHoldsAllComeBackExactly() throws IOException {
        int count = FigureSpill.DICTIONARY_LIMIT + 4_464;
        List<FigureSpill.Line> appended = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Figure f = new Figure(SeriesKey.trade("KOR", "KGZ", i % 2 == 0 ? "export" : "import", SeriesKey.ALL_GOODS),
                    Period.month(2000 + i / 12 % 100, i % 12 + 1), BigDecimal.valueOf(i, 2), Qualifier.EXACT, null,
                    "source number " + i);
            appended.add(new FigureSpill.Line(1, i + 2L, f));
        }
        for (int i = 0; i < 3; i++) {
            Figure late = new Figure(SeriesKey.trade("ZZZ" + i % 2, "YYY", "export", "27"), Period.year(2023),
                    BigDecimal.ONE, Qualifier.EXACT, null, "source number " + i);
            appended.add(new FigureSpill.Line(2, i + 2L, late));
        }
        try (FigureSpill spill = FigureSpill.create(dir, 0)) {
            appended.forEach(l -> spill.append(l.fileSeq(), l.line(), l.figure()));
        }

        List<FigureSpill.Line> read = FigureSpill.read(dir, 0);
        assertThat(read).hasSize(appended.size()).isEqualTo(appended);
        assertThat(read.get(count - 1).figure().source()).isEqualTo("source number " + (count - 1));
        assertThat(read.get(count + 2).figure().series()).isSameAs(read.get(count).figure().series());
    }

    @Test
    void equalSeriesKeysReadFromAPartitionAreOneInstance() throws IOException {
        try (FigureSpill spill = FigureSpill.create(dir, 0)) {
            for (int year = 2010; year < 2020; year++) {
                spill.append(1, year, trade("KOR", "KGZ", "export", Period.year(year), "1"));
                spill.append(1, year + 100, trade("KOR", "KGZ", "import", Period.year(year), "2"));
            }
        }

        List<FigureSpill.Line> read = FigureSpill.read(dir, 0);
        assertThat(read).hasSize(20);
        SeriesKey exports = read.get(0).figure().series();
        SeriesKey imports = read.get(1).figure().series();
        assertThat(exports).isNotEqualTo(imports);
        for (int i = 0; i < read.size(); i += 2) {
            assertThat(read.get(i).figure().series()).isSameAs(exports);
            assertThat(read.get(i + 1).figure().series()).isSameAs(imports);
        }
    }

    @Test
    void linesReadInPlaceAndLinesReadAsRecordsOfOneSeriesComeBackAsOneSeries(@TempDir Path input) throws IOException {
        // plain lines are read in place and carry their series' number in the load; a lower-case code sends a line
        // through the record parser, which names its series without a number
        String header = "reporter,partner,period,flow,value_usd,qualifier,source\n";
        StringBuilder a = new StringBuilder(header);
        StringBuilder b = new StringBuilder(header);
        for (int month = 1; month <= 12; month++) {
            a.append("KOR,KAZ,2022-%02d,export,%d.5,,customs\nKOR,UZB,2022-%02d,import,%d,,customs\n"
                    .formatted(month, 100 + month, month, 200 + month));
            a.append(month % 4 == 0 ? "kor,kaz,2023-%02d,export,%d,,customs\n".formatted(month, month) : "");
            b.append("KOR,UZB,2023-%02d,import,%d,,customs\nkor,uzb,2024-%02d,import,1,,customs\n"
                    .formatted(month, 300 + month, month));
        }
        Files.writeString(input.resolve("a-trade.csv"), a);
        Files.writeString(input.resolve("b-trade.csv"), b);
        org.tradestat.ingest.InputScanner scanner = new org.tradestat.ingest.InputScanner();
        List<org.tradestat.ingest.InputFile> files = scanner.scan(input);
        org.tradestat.ingest.InputFilesReader reader = new org.tradestat.ingest.InputFilesReader(files, Set.of(), 0.05);
        List<FigureSpill.Line> appended = new ArrayList<>();
        Set<Boolean> numbered = new java.util.HashSet<>();
        try (FigureSpill spill = FigureSpill.create(dir, 0)) {
            for (var block = reader.read(7); block != null; block = reader.read(7)) {
                var lines = block.figures();
                for (int i = 0; i < lines.size(); i++) {
                    spill.append(lines, i);
                    appended.add(new FigureSpill.Line(lines.fileSeq(i), lines.line(i), lines.figure(i)));
                    numbered.add(lines.seriesNumber(i) >= 0);
                }
            }
        } finally {
            reader.close();
        }

        assertThat(numbered).as("lines with and without a number").containsExactlyInAnyOrder(true, false);
        assertThat(appended).hasSize(12 * 2 + 3 + 12 * 2);
        List<FigureSpill.Line> read = FigureSpill.read(dir, 0);
        assertThat(read).isEqualTo(appended);
        assertThat(read.stream().map(l -> l.figure().series()).distinct()).hasSize(2);
    }

    @Test
    void seriesNumberedByAnotherLoadAreNotTakenForThisLoadsSeries(@TempDir Path input) throws IOException {
        // two loads number their first series 0: a line's number counts only with the series it was given for
        String header = "reporter,partner,period,flow,value_usd,qualifier,source\n";
        Files.createDirectories(input.resolve("a"));
        Files.createDirectories(input.resolve("b"));
        Files.writeString(input.resolve("a").resolve("trade.csv"), header + "KOR,KAZ,2022,export,1,,customs\n"
                + "KOR,KAZ,2023,export,2,,customs\n");
        Files.writeString(input.resolve("b").resolve("trade.csv"), header + "KOR,UZB,2022,import,3,,customs\n"
                + "KOR,UZB,2023,import,4,,customs\n");
        List<FigureSpill.Line> appended = new ArrayList<>();
        try (FigureSpill spill = FigureSpill.create(dir, 0)) {
            for (String load : List.of("a", "b", "a")) {
                org.tradestat.ingest.InputScanner scanner = new org.tradestat.ingest.InputScanner();
                var reader = new org.tradestat.ingest.InputFilesReader(scanner.scan(input.resolve(load)), Set.of(), 0.05);
                try {
                    for (var block = reader.read(100); block != null; block = reader.read(100)) {
                        var lines = block.figures();
                        for (int i = 0; i < lines.size(); i++) {
                            assertThat(lines.seriesNumber(i)).isZero();
                            spill.append(lines, i);
                            appended.add(new FigureSpill.Line(lines.fileSeq(i), lines.line(i), lines.figure(i)));
                        }
                    }
                } finally {
                    reader.close();
                }
            }
        }

        assertThat(FigureSpill.read(dir, 0)).isEqualTo(appended);
    }

    @Test
    void aSpillIsCompleteOnlyAsItsCloseLeftIt() throws IOException {
        assertThat(FigureSpill.isComplete(dir)).as("no spill").isFalse();
        FigureSpill open = FigureSpill.create(dir, 3 * FigureSpill.BYTES_PER_PARTITION);
        open.append(1, 2, trade("KOR", "KGZ", "export", Period.year(2020), "1"));
        assertThat(FigureSpill.isComplete(dir)).as("not closed yet").isFalse();
        open.close();
        assertThat(FigureSpill.isComplete(dir)).as("closed").isTrue();

        Path partition = dir.resolve("figures-0.bin");
        byte[] bytes = Files.readAllBytes(partition);
        Files.write(partition, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThat(FigureSpill.isComplete(dir)).as("a partition cut short").isFalse();
        Files.write(partition, bytes);
        assertThat(FigureSpill.isComplete(dir)).as("restored").isTrue();
        Files.delete(dir.resolve("figures-2.bin"));
        assertThat(FigureSpill.isComplete(dir)).as("a partition removed").isFalse();
    }
}
