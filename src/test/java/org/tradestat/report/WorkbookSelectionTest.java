package org.tradestat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.computed.StoredIndicators;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/** What the workbook shows of a run's indicators, chosen from the store without indicators.csv. */
class WorkbookSelectionTest {

    @TempDir
    Path dir;

    private static final SeriesKey KAZ_KOR_EXPORT = SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS);

    private static Indicator level(String period, long usd) {
        return new Indicator(KAZ_KOR_EXPORT, period, "level", BigDecimal.valueOf(usd), Unit.USD, "", Set.of());
    }

    private static Indicator chapterLevel(String commodity, String period, long usd) {
        return new Indicator(SeriesKey.trade("KAZ", "KOR", "export", commodity), period, "level",
                BigDecimal.valueOf(usd), Unit.USD, "", Set.of());
    }

    private StoredIndicators store(List<Indicator> indicators) throws IOException {
        return IndicatorsCsvTest.store(dir, indicators, List.of());
    }

    @Test
    void aLargeRunShowsYearsAndHalvesForAllGoodsInTheWorkbookAndSaysSo() throws IOException {
        List<Indicator> written = new ArrayList<>(List.of(level("2023-01", 1), level("2023-Q1", 2),
                level("2023-H1", 3), level("2023", 4),
                new Indicator(KAZ_KOR_EXPORT, "2021/2023", "mean", BigDecimal.TEN, Unit.USD, "", Set.of())));
        written.add(chapterLevel("27", "2023", 7));
        written.add(chapterLevel("SITC:84", "2023", 3));
        written.add(chapterLevel("OTHER", "2023", 2));
        written.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "export", "*"), "2023", "hhi",
                new BigDecimal("0.5"), Unit.RATIO, "", Set.of(Flag.AT_MOST)));
        StoredIndicators stored = store(written);
        List<Remark> remarks = new ArrayList<>();
        assertThat(WorkbookSelection.shown(stored, remarks, 10, 100)).isEqualTo(written);
        assertThat(remarks).isEmpty();

        assertThat(WorkbookSelection.shown(stored, remarks, 3, 100))
                .extracting(i -> i.series().commodity() + " " + i.period())
                .containsExactly("TOTAL 2023-H1", "TOTAL 2023", "TOTAL 2021/2023", "* 2023");
        assertThat(remarks).singleElement().satisfies(r -> assertThat(r.message())
                .contains("computed 9 figures", "the 4 of years and half-years for all goods", "Monthly and quarterly"
                        + " figures, those of single commodities", "indicators.csv"));
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
        List<Remark> remarks = new ArrayList<>(List.of(
                new Remark("statistics", "KOR\u2013CHN turnover: 2 yearly figures; trend, forecast, summary"
                        + " statistics and the outlier check need at least 5 yearly figures, none of them a bound."),
                new Remark("statistics", "KOR\u2013KAZ turnover: 2 yearly figures; trend, forecast, summary"
                        + " statistics and the outlier check need at least 5 yearly figures, none of them a bound.")));

        List<Indicator> shown = WorkbookSelection.shown(store(written), remarks, 3, 1);

        assertThat(shown).extracting(i -> i.series().partner() + " " + i.period() + " " + i.name())
                // the latest period is the year 2023, the Summary's: July is not shown
                .containsExactly("CHN 2022 level", "CHN 2023 level", "CHN 2023-H1 level", "CHN 2023 yoy_pct",
                        "* 2023 hhi");
        assertThat(remarks).extracting(Remark::message).as("the remark of a pair not shown goes")
                .noneMatch(m -> m.startsWith("KOR\u2013KAZ")).anyMatch(m -> m.startsWith("KOR\u2013CHN"));
        assertThat(remarks).filteredOn(r -> r.topic().equals("workbook")).singleElement().satisfies(r ->
                assertThat(r.message()).contains("for the 1 pairs with the largest trade in their latest year (of 3 pairs)",
                        "and those of the other pairs, are in indicators.csv"));
    }

    @Test
    void aBigMonthlyRunShowsTheFocusMonthWithItsYearToDateAndRollingTwelveMonths() throws IOException {
        SeriesKey turnover = SeriesKey.trade("KOR", "CHN", "turnover", "TOTAL");
        List<Indicator> written = new ArrayList<>();
        for (String month : List.of("2026-05", "2026-06", "2026-07")) {
            written.add(new Indicator(turnover, month, "level", BigDecimal.TEN, Unit.USD, "", Set.of()));
            written.add(new Indicator(turnover, month, "yoy_pct", BigDecimal.ONE, Unit.PERCENT, "2025" + month.substring(4),
                    Set.of()));
        }
        written.add(new Indicator(turnover, "2026-07", "ytd", BigDecimal.valueOf(70), Unit.USD, "2026-01", Set.of()));
        written.add(new Indicator(turnover, "2026-07", "r12", BigDecimal.valueOf(120), Unit.USD, "2025-08", Set.of()));
        written.add(new Indicator(SeriesKey.trade("KOR", "CHN", "turnover", "27"), "2026-07", "level", BigDecimal.ONE,
                Unit.USD, "", Set.of()));
        written.add(new Indicator(turnover, "2025", "level", BigDecimal.valueOf(115), Unit.USD, "", Set.of()));

        assertThat(WorkbookSelection.shown(store(written), new ArrayList<>(), 3, 100))
                .extracting(i -> i.period() + " " + i.name()).as("the latest month, not a single commodity's")
                .containsExactly("2026-07 level", "2026-07 yoy_pct", "2026-07 ytd", "2026-07 r12", "2025 level");
        List<Remark> remarks = new ArrayList<>();
        assertThat(WorkbookSelection.shown(store(written), remarks, 3, 100, "2026-05"))
                .extracting(i -> i.period() + " " + i.name()).as("the month asked for")
                .containsExactly("2026-05 level", "2026-05 yoy_pct", "2025 level");
        assertThat(remarks).singleElement().satisfies(r -> assertThat(r.message())
                .contains("years and half-years and of May 2026 for all goods"));
    }

    @Test
    void aBigRunWithALongHistoryShowsTheLastTenYearsOfTrade() throws IOException {
        List<Indicator> written = new ArrayList<>();
        for (int year = 1990; year <= 2024; year++) {
            written.add(new Indicator(SeriesKey.trade("KOR", "UZB", "turnover", "TOTAL"), Integer.toString(year), "level",
                    BigDecimal.TEN, Unit.USD, "", Set.of()));
        }
        written.add(new Indicator(new SeriesKey(Dataset.INVESTMENT, "KOR", "UZB", "inflow", ""),
                "1995", "level", BigDecimal.ONE, Unit.USD, "", Set.of()));
        List<Remark> remarks = new ArrayList<>();

        List<Indicator> shown = WorkbookSelection.shown(store(written), remarks, 3, 1);

        assertThat(shown).extracting(Indicator::period).containsExactly("2015", "2016", "2017", "2018", "2019",
                "2020", "2021", "2022", "2023", "2024", "1995");
        assertThat(remarks).singleElement().satisfies(r -> assertThat(r.message())
                .contains("years and half-years for all goods from 2015 on", "of earlier years, are in indicators.csv"));
    }
}
