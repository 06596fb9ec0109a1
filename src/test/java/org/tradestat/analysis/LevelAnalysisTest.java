package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

class LevelAnalysisTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private static Figure investment(String measure, String period, String usd, Qualifier q, Integer since) {
        return new Figure(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", measure, ""), Period.parse(period),
                new BigDecimal(usd), q, since, "test");
    }

    private static Figure companies(String measure, String period, long count, Qualifier q) {
        return new Figure(new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", measure, ""), Period.parse(period),
                BigDecimal.valueOf(count), q, null, "test");
    }

    /** measure, period, indicator, value as indicators.csv writes it, basis, flags. */
    private static List<String> lines(List<Indicator> indicators) {
        return indicators.stream().map(i -> String.join(" ", i.series().measure(), i.period(), i.name(),
                i.valueText(), i.basis(), i.flagsText()).trim().replaceAll(" +", " ")).toList();
    }

    private static Indicator find(List<Indicator> indicators, String measure, String period, String name) {
        return indicators.stream().filter(i -> i.series().measure().equals(measure) && i.period().equals(period)
                        && i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + measure + " " + period + " " + name + " in " + lines(indicators)));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(), actual.stripTrailingZeros());
    }

    @Test
    void cumulativeInvestmentFromTheSeedsKeepsItsLowerBoundAndStartYear() {
        // "exceeded USD 4.3 billion, cumulative over 32 years" since 1992 (SPEC 9)
        List<Indicator> out = LevelAnalysis.analyse(
                List.of(investment("cumulative", "2024", "4300000000", Qualifier.AT_LEAST, 1992)), END_2024);

        assertEquals(1, out.size());
        Indicator level = out.get(0);
        assertEquals(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", ""), level.series());
        assertEquals("2024", level.period());
        assertEquals("level", level.name());
        assertAmount("4300000000", level.value());
        assertEquals(Unit.USD, level.unit());
        assertEquals("1992", level.basis());
        assertEquals(Set.of(Flag.AT_LEAST), level.flags());
        assertEquals("4300000000", level.valueText());
    }

    @Test
    void cumulativeFiguresWithTheSameStartAreComparedAndOnlyLevelsCarryTheStartYear() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                investment("cumulative", "2024", "4300000000", Qualifier.AT_LEAST, 1992),
                investment("cumulative", "2020", "3000000000", Qualifier.EXACT, 1992)), END_2024);

        // 2024 vs 2020: +1.3 billion, 1.3 / 3.0 = 43.33...%, CAGR (4.3 / 3.0)^(1/4) - 1 = 9.4175%
        assertEquals(List.of(
                "cumulative 2020 level 3000000000 1992",
                "cumulative 2024 level 4300000000 1992 at_least",
                "cumulative 2024 long_abs 1300000000 2020 at_least",
                "cumulative 2024 long_pct 43.333333 2020 at_least",
                "cumulative 2024 long_cagr_pct 9.417503 2020 at_least"), lines(out));
        assertAmount("43.33333333333333", find(out, "cumulative", "2024", "long_pct").value());
        assertEquals(9.417503, find(out, "cumulative", "2024", "long_cagr_pct").value().doubleValue(), 1e-6);
    }

    @Test
    void cumulativeFiguresFromDifferentStartYearsAreNotCompared() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                investment("cumulative", "2024", "4300000000", Qualifier.EXACT, 1992),
                investment("cumulative", "2020", "3000000000", Qualifier.EXACT, 2000)), END_2024);

        assertEquals(List.of(
                "cumulative 2020 level 3000000000 2000",
                "cumulative 2024 level 4300000000 1992"), lines(out));
    }

    @Test
    void cumulativeWithoutAStartYearHasAnEmptyBasis() {
        List<Indicator> out = LevelAnalysis.analyse(
                List.of(investment("cumulative", "2024", "4300000000", Qualifier.EXACT, null)), END_2024);

        assertEquals(1, out.size());
        assertEquals("", out.get(0).basis());
    }

    @Test
    void inflowYearsAndHalvesAreDerivedBecauseFlowsAddUp() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                investment("inflow", "2022-H1", "100", Qualifier.EXACT, null),
                investment("inflow", "2022-H2", "150", Qualifier.EXACT, null),
                investment("inflow", "2023", "400", Qualifier.EXACT, null),
                investment("inflow", "2023-H1", "180", Qualifier.EXACT, null)), END_2024);

        // 2022 = 100 + 150 = 250 (derived); 2023-H2 = 400 - 180 = 220 (derived)
        Indicator year2022 = find(out, "inflow", "2022", "level");
        assertAmount("250", year2022.value());
        assertEquals(Set.of(Flag.DERIVED), year2022.flags());
        Indicator secondHalf2023 = find(out, "inflow", "2023-H2", "level");
        assertAmount("220", secondHalf2023.value());
        assertEquals(Set.of(Flag.DERIVED), secondHalf2023.flags());
        assertEquals(Set.of(), find(out, "inflow", "2023", "level").flags());
        // 2023 vs derived 2022: +150, +60%, derived
        assertAmount("150", find(out, "inflow", "2023", "yoy_abs").value());
        Indicator yoyPct = find(out, "inflow", "2023", "yoy_pct");
        assertAmount("60", yoyPct.value());
        assertEquals(Set.of(Flag.DERIVED), yoyPct.flags());
        assertEquals("2022", yoyPct.basis());
        // 2023-H2 vs 2023-H1: 220 - 180 = +40, 40 / 180 = 22.22%
        assertAmount("40", find(out, "inflow", "2023-H2", "seq_abs").value());
        assertAmount("22.22222222222222", find(out, "inflow", "2023-H2", "seq_pct").value());
    }

    @Test
    void stockHalvesAreNeverAddedIntoAYear() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                investment("stock", "2022-H1", "500", Qualifier.EXACT, null),
                investment("stock", "2022-H2", "600", Qualifier.EXACT, null),
                investment("stock", "2023", "700", Qualifier.EXACT, null),
                investment("stock", "2023-H1", "650", Qualifier.EXACT, null)), END_2024);

        // no 2022 = 1100 and no 2023-H2 = 700 - 650 = 50
        assertEquals(List.of(
                "stock 2022-H1 level 500",
                "stock 2022-H2 level 600",
                "stock 2022-H2 seq_abs 100 2022-H1",
                "stock 2022-H2 seq_pct 20 2022-H1",
                "stock 2023 level 700",
                "stock 2023-H1 level 650",
                "stock 2023-H1 yoy_abs 150 2022-H1",
                "stock 2023-H1 yoy_pct 30 2022-H1",
                "stock 2023-H1 seq_abs 50 2022-H2",
                "stock 2023-H1 seq_pct 8.333333 2022-H2"), lines(out));
    }

    @Test
    void cumulativeHalvesAreNeverAddedIntoAYear() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                investment("cumulative", "2022-H1", "500", Qualifier.EXACT, 1992),
                investment("cumulative", "2022-H2", "600", Qualifier.EXACT, 1992)), END_2024);

        assertTrue(out.stream().noneMatch(i -> i.period().equals("2022")), () -> lines(out).toString());
        assertEquals(4, out.size(), () -> lines(out).toString());
    }

    @Test
    void companyCountsAreSeriesPerLabelInUnitCountAndAreNeverSummed() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                companies("operating", "2024", 370, Qualifier.AT_LEAST),
                companies("operating", "2020", 300, Qualifier.EXACT),
                companies("joint_venture", "2020", 200, Qualifier.AT_LEAST),
                companies("joint_venture", "2021-H1", 210, Qualifier.EXACT),
                companies("joint_venture", "2021-H2", 220, Qualifier.EXACT)), END_2024);

        // operating 2024 vs 2020: +70, 70 / 300 = 23.33%, CAGR (370 / 300)^(1/4) - 1 = 5.3829%; no 2021 = 430
        assertEquals(List.of(
                "joint_venture 2020 level 200 at_least",
                "joint_venture 2021-H1 level 210",
                "joint_venture 2021-H2 level 220",
                "joint_venture 2021-H2 seq_abs 10 2021-H1",
                "joint_venture 2021-H2 seq_pct 4.761905 2021-H1",
                "operating 2020 level 300",
                "operating 2024 level 370 at_least",
                "operating 2024 long_abs 70 2020 at_least",
                "operating 2024 long_pct 23.333333 2020 at_least",
                "operating 2024 long_cagr_pct 5.382893 2020 at_least"), lines(out));
        assertTrue(out.stream().filter(i -> !i.name().endsWith("_pct")).allMatch(i -> i.unit() == Unit.COUNT));
        assertTrue(out.stream().filter(i -> i.name().endsWith("_pct")).allMatch(i -> i.unit() == Unit.PERCENT));
        assertTrue(out.stream().allMatch(i -> i.series().dataset() == Dataset.COMPANIES));
    }

    @Test
    void periodsThatHaveNotEndedByTheRunDateAreLeftOut() {
        List<Figure> figures = List.of(
                investment("inflow", "2024", "1000", Qualifier.EXACT, null),
                investment("inflow", "2024-H1", "400", Qualifier.EXACT, null));

        assertEquals(List.of("inflow 2024-H1 level 400"), lines(LevelAnalysis.analyse(figures, LocalDate.of(2024, 6, 30))));
        assertEquals(List.of("inflow 2024-H1 level 400"), lines(LevelAnalysis.analyse(figures, LocalDate.of(2024, 12, 30))));
        // once the year has ended, 2024-H2 = 1000 - 400 = 600 (derived)
        assertEquals(List.of(
                "inflow 2024 level 1000",
                "inflow 2024-H1 level 400",
                "inflow 2024-H2 level 600 derived",
                "inflow 2024-H2 seq_abs 200 2024-H1 derived",
                "inflow 2024-H2 seq_pct 50 2024-H1 derived"), lines(LevelAnalysis.analyse(figures, END_2024)));
    }

    @Test
    void outputIsSortedByMeasureThenChronologically() {
        List<Indicator> out = LevelAnalysis.analyse(List.of(
                investment("stock", "2023", "9", Qualifier.EXACT, null),
                investment("inflow", "2022-H2", "3", Qualifier.EXACT, null),
                investment("cumulative", "2021", "7", Qualifier.EXACT, 1992),
                investment("inflow", "2021", "1", Qualifier.EXACT, null),
                investment("inflow", "2022", "5", Qualifier.EXACT, null)), END_2024);

        // inflow 2022-H1 = 5 - 3 = 2 (derived); 2022 before 2022-H1 before 2022-H2
        assertEquals(List.of(
                "cumulative 2021 level 7 1992",
                "inflow 2021 level 1",
                "inflow 2022 level 5",
                "inflow 2022 yoy_abs 4 2021",
                "inflow 2022 yoy_pct 400 2021",
                "inflow 2022-H1 level 2 derived",
                "inflow 2022-H2 level 3",
                "inflow 2022-H2 seq_abs 1 2022-H1 derived",
                "inflow 2022-H2 seq_pct 50 2022-H1 derived",
                "stock 2023 level 9"), lines(out));
    }

    @Test
    void tradeFiguresAreRefused() {
        Figure trade = new Figure(SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL"), Period.year(2022),
                BigDecimal.ONE, Qualifier.EXACT, null, "test");

        assertThrows(IllegalArgumentException.class, () -> LevelAnalysis.analyse(List.of(trade), END_2024));
    }

    @Test
    void noFiguresGiveNoIndicators() {
        assertEquals(List.of(), LevelAnalysis.analyse(List.of(), END_2024));
    }
}
