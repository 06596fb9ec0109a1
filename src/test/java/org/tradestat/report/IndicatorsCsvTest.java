package org.tradestat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/** indicators.csv as the job writes it while computing and the report reads it back. */
class IndicatorsCsvTest {

    @TempDir
    Path dir;

    private static final SeriesKey KAZ_KOR_EXPORT = SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS);

    private static Indicator level(String period, long usd) {
        return new Indicator(KAZ_KOR_EXPORT, period, "level", BigDecimal.valueOf(usd), Unit.USD, "", Set.of());
    }

    private static Indicator change(String period, String percent, Set<Flag> flags) {
        return new Indicator(KAZ_KOR_EXPORT, period, "yoy_pct", new BigDecimal(percent), Unit.PERCENT,
                String.valueOf(Integer.parseInt(period) - 1), flags);
    }

    private static List<Indicator> sample() {
        return List.of(level("2023-01", 1), level("2023-Q1", 2), level("2023-H1", 3), level("2023", 4),
                new Indicator(KAZ_KOR_EXPORT, "2021/2023", "mean", BigDecimal.TEN, Unit.USD, "", Set.of()));
    }

    private static Indicator chapterLevel(String commodity, String period, long usd) {
        return new Indicator(SeriesKey.trade("KAZ", "KOR", "export", commodity), period, "level",
                BigDecimal.valueOf(usd), Unit.USD, "", Set.of());
    }

    private List<Indicator> readBack(Path file) throws IOException {
        List<Indicator> read = new ArrayList<>();
        IndicatorsCsv.read(file, read::add);
        return read;
    }

    @Test
    void indicatorsComeBackInTheOrderTheyWereWrittenWithTheirFlags() throws IOException {
        List<Indicator> written = new ArrayList<>(sample());
        written.add(change("2024", "11.403509", Set.of(Flag.DERIVED, Flag.APPROX)));
        written.add(change("2023", "-3.5", Set.of()));
        written.add(new Indicator(new SeriesKey(org.tradestat.figure.Dataset.ENGAGEMENT, "KGZ", "KOR", "all", ""),
                "2015/2024", "pearson_r", new BigDecimal("-0.25"), Unit.RATIO, "n=10", Set.of()));
        Path file = dir.resolve("indicators.csv");
        IndicatorsCsv.write(written, file);

        assertThat(readBack(file)).isEqualTo(written);
        assertThat(IndicatorsCsv.count(file)).isEqualTo(8);
        assertThat(Files.readAllLines(file)).first().isEqualTo(IndicatorsCsv.HEADER);
        assertThat(Files.readAllLines(file)).contains("trade,KAZ,KOR,export,TOTAL,2024,yoy_pct,11.403509,percent,2023,derived|approx",
                "trade,KAZ,KOR,export,TOTAL,2023,yoy_pct,-3.5,percent,2022,");
    }

    @Test
    void textThatASpreadsheetWouldRunIsProtectedInTheFileAndReadBackAsItWas() throws IOException {
        Indicator odd = new Indicator(new SeriesKey(org.tradestat.figure.Dataset.COMPANIES, "KOR", "KAZ", "=cmd", ""),
                "2024", "level", BigDecimal.ONE, Unit.COUNT, "@basis, with a comma", Set.of());
        Path file = dir.resolve("indicators.csv");
        IndicatorsCsv.write(List.of(odd), file);

        assertThat(Files.readAllLines(file).get(1)).isEqualTo("companies,KOR,KAZ,'=cmd,,2024,level,1,count,\"'@basis, with a comma\",");
        assertThat(readBack(file)).containsExactly(odd);
    }

    @Test
    void anIndicatorWrittenEarlierIsReplacedInPlaceByItsNumber() throws IOException {
        Path file = dir.resolve("indicators.csv");
        try (IndicatorsCsv.Writer writer = new IndicatorsCsv.Writer(file)) {
            assertThat(writer.append(sample())).isEqualTo(1);
            assertThat(writer.append(List.of(change("2024", "60", Set.of())))).isEqualTo(6);
            writer.append(List.of(level("2024", 5)));
            writer.replace(6, change("2024", "60", Set.of(Flag.OUTLIER)));
            assertThatThrownBy(() -> writer.replace(8, level("2025", 1))).isInstanceOf(IllegalArgumentException.class);
            writer.finish();
        }
        List<Indicator> read = readBack(file);
        assertThat(read).hasSize(7);
        assertThat(read.get(5).flags()).containsExactly(Flag.OUTLIER);
        assertThat(read.get(6)).isEqualTo(level("2024", 5));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriterClosedWithoutFinishingLeavesNoFile() throws IOException {
        Path file = dir.resolve("indicators.csv");
        try (IndicatorsCsv.Writer writer = new IndicatorsCsv.Writer(file)) {
            writer.append(sample());
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void linesAreSplitAsRfc4180QuotesThem() {
        assertThat(IndicatorsCsv.split("a,\"b, \"\"c\"\"\",,d,")).containsExactly("a", "b, \"c\"", "", "d", "");
        assertThat(IndicatorsCsv.split("\"\"")).containsExactly("");
        assertThat(IndicatorsCsv.split("a,\"b")).isNull();
        assertThat(IndicatorsCsv.split("a,\"b\"c")).isNull();
    }

    @Test
    void aDamagedLineIsReportedWithItsLineNumber() throws IOException {
        Path file = dir.resolve("indicators.csv");
        IndicatorsCsv.write(sample(), file);
        Files.writeString(file, "trade,KAZ,KOR,export\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> readBack(file)).isInstanceOf(IOException.class).hasMessageContaining("line 7");
    }

    @Test
    void aFileOfAnotherKindIsNotReadAsIndicators() throws IOException {
        Path file = dir.resolve("rejects.csv");
        Files.writeString(file, "file,line,reason,raw\n");
        assertThatThrownBy(() -> readBack(file)).isInstanceOf(IOException.class).hasMessageContaining("header");
    }

    @Test
    void aLargeRunShowsYearsAndHalvesForAllGoodsInTheWorkbookAndSaysSo() throws IOException {
        Path file = dir.resolve("indicators.csv");
        List<Indicator> written = new ArrayList<>(sample());
        written.add(chapterLevel("27", "2023", 7));
        written.add(chapterLevel("SITC:84", "2023", 3));
        written.add(chapterLevel("OTHER", "2023", 2));
        written.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "export", "*"), "2023", "hhi",
                new BigDecimal("0.5"), Unit.RATIO, "", Set.of(Flag.AT_MOST)));
        IndicatorsCsv.write(written, file);
        List<Remark> remarks = new ArrayList<>();
        assertThat(ReportWriter.shownInWorkbook(file, remarks, 10)).hasSize(9);
        assertThat(remarks).isEmpty();

        assertThat(ReportWriter.shownInWorkbook(file, remarks, 3))
                .extracting(i -> i.series().commodity() + " " + i.period())
                .containsExactly("TOTAL 2023-H1", "TOTAL 2023", "TOTAL 2021/2023", "* 2023");
        assertThat(remarks).singleElement().satisfies(r -> assertThat(r.message())
                .contains("computed 9 figures", "the 4 of years and half-years for all goods", "single commodities",
                        "indicators.csv"));
    }

    @Test
    void aBigRunShowsThePairsWithTheLargestTrade() throws IOException {
        List<Indicator> written = new ArrayList<>();
        for (String[] pair : new String[][] {{"KOR", "CHN", "900"}, {"KOR", "KAZ", "50"}, {"KOR", "UZB", "70"}}) {
            for (String period : List.of("2022", "2023", "2023-H1", "2023-07")) {
                written.add(new Indicator(SeriesKey.trade(pair[0], pair[1], "turnover", "TOTAL"), period, "level",
                        new BigDecimal(pair[2]), Unit.USD, "", Set.of()));
            }
            written.add(new Indicator(SeriesKey.trade(pair[0], pair[1], "turnover", "TOTAL"), "2023", "yoy_pct",
                    BigDecimal.ONE, Unit.PERCENT, "2022", Set.of()));
        }
        written.add(new Indicator(SeriesKey.trade("KOR", "*", "turnover", "TOTAL"), "2023", "hhi",
                new BigDecimal("0.7"), Unit.RATIO, "", Set.of()));
        Path file = dir.resolve("indicators.csv");
        IndicatorsCsv.write(written, file);
        List<Remark> remarks = new ArrayList<>(List.of(
                new Remark("statistics", "KOR\u2013CHN turnover: 2 yearly figures; trend, forecast, summary"
                        + " statistics and the outlier check need at least 5 yearly figures, none of them a bound."),
                new Remark("statistics", "KOR\u2013KAZ turnover: 2 yearly figures; trend, forecast, summary"
                        + " statistics and the outlier check need at least 5 yearly figures, none of them a bound.")));
        List<Indicator> shown = ReportWriter.shownInWorkbook(file, remarks, 3, 1);
        assertThat(shown).extracting(i -> i.series().partner() + " " + i.period() + " " + i.name())
                .containsExactlyInAnyOrder("CHN 2022 level", "CHN 2023 level", "CHN 2023-H1 level", "CHN 2023 yoy_pct",
                        "* 2023 hhi");
        assertThat(remarks).extracting(Remark::message).as("the remark of a pair not shown goes")
                .noneMatch(m -> m.startsWith("KOR\u2013KAZ")).anyMatch(m -> m.startsWith("KOR\u2013CHN"));
        assertThat(remarks).filteredOn(r -> r.topic().equals("workbook")).singleElement().satisfies(r ->
                assertThat(r.message()).contains("for the 1 pairs with the largest trade in their latest year (of 3 pairs)",
                        "and those of the other pairs, are in indicators.csv"));
    }

    @Test
    void aBigRunWithALongHistoryShowsTheLastTenYearsOfTrade() throws IOException {
        List<Indicator> written = new ArrayList<>();
        for (int year = 1990; year <= 2024; year++) {
            written.add(new Indicator(SeriesKey.trade("KOR", "UZB", "turnover", "TOTAL"), Integer.toString(year), "level",
                    BigDecimal.TEN, Unit.USD, "", Set.of()));
        }
        written.add(new Indicator(new SeriesKey(org.tradestat.figure.Dataset.INVESTMENT, "KOR", "UZB", "inflow", ""),
                "1995", "level", BigDecimal.ONE, Unit.USD, "", Set.of()));
        Path file = dir.resolve("indicators.csv");
        IndicatorsCsv.write(written, file);
        List<Remark> remarks = new ArrayList<>();

        List<Indicator> shown = ReportWriter.shownInWorkbook(file, remarks, 3, 1);

        assertThat(shown).extracting(Indicator::period).containsExactly("2015", "2016", "2017", "2018", "2019",
                "2020", "2021", "2022", "2023", "2024", "1995");
        assertThat(remarks).singleElement().satisfies(r -> assertThat(r.message())
                .contains("years and half-years for all goods from 2015 on", "of earlier years, are in indicators.csv"));
    }
}
