package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradestat.analysis.ComparisonsTest.assertAmount;
import static org.tradestat.analysis.ComparisonsTest.assertSignificant;
import static org.tradestat.analysis.ComparisonsTest.find;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

class RunningTotalsTest {

    private static final SeriesKey KEY = SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL");

    private static void put(NavigableMap<Period, Value> series, Period p, String amount) {
        series.put(p, Value.reported(new BigDecimal(amount), Qualifier.EXACT));
    }

    /** 2024: 100 a month; 2025: 110 a month; 2026-01 to 2026-03: 120 a month. */
    private static NavigableMap<Period, Value> twentySevenMonths() {
        NavigableMap<Period, Value> series = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            put(series, Period.month(2024, m), "100");
            put(series, Period.month(2025, m), "110");
        }
        for (int m = 1; m <= 3; m++) {
            put(series, Period.month(2026, m), "120");
        }
        return series;
    }

    private static List<String> periodsOf(List<Indicator> out, String name) {
        return out.stream().filter(i -> i.name().equals(name)).map(Indicator::period).toList();
    }

    @Test
    void fourteenMonthsGiveYtdAndR12AtDecemberAndTheLatestMonth() {
        // 2025-01 .. 2025-12 = 10, 20, ..., 120 (10 × month); 2026-01 = 15, 2026-02 = 25
        NavigableMap<Period, Value> series = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            put(series, Period.month(2025, m), Integer.toString(10 * m));
        }
        put(series, Period.month(2026, 1), "15");
        put(series, Period.month(2026, 2), "25");
        List<Indicator> out = RunningTotals.of(KEY, series, Unit.USD, null);

        assertEquals(List.of("2025-12", "2026-02"), periodsOf(out, "ytd"));
        // ytd 2025-12 = 10 × (1 + ... + 12) = 10 × 78 = 780, from 2025-01
        Indicator ytdDec = find(out, "2025-12", "ytd");
        assertAmount("780", ytdDec);
        assertEquals("2025-01", ytdDec.basis());
        assertEquals(Unit.USD, ytdDec.unit());
        // r12 2025-12 = the same twelve months = 780, from 2025-01
        assertAmount("780", find(out, "2025-12", "r12"));
        // ytd 2026-02 = 15 + 25 = 40; a year earlier 10 + 20 = 30: +10, +33.3333%
        assertAmount("40", find(out, "2026-02", "ytd"));
        Indicator abs = find(out, "2026-02", "ytd_yoy_abs");
        assertAmount("10", abs);
        assertEquals("2025-02", abs.basis());
        assertSignificant(100.0 * 10 / 30, find(out, "2026-02", "ytd_yoy_pct"));
        assertEquals(Unit.PERCENT, find(out, "2026-02", "ytd_yoy_pct").unit());
        // r12 2026-02 = 2025-03 .. 2026-02 = (780 - 10 - 20) + 15 + 25 = 790, from 2025-03
        Indicator r12 = find(out, "2026-02", "r12");
        assertAmount("790", r12);
        assertEquals("2025-03", r12.basis());
        // the year before 2025-03 is not in the series: no change of either year-to-date of 2025 or r12
        assertEquals(List.of("2026-02"), periodsOf(out, "ytd_yoy_abs"));
        assertEquals(List.of(), periodsOf(out, "r12_yoy_abs"));
        assertTrue(out.stream().allMatch(i -> i.flags().isEmpty()), "reported parts: no flags");
    }

    @Test
    void rollingTwelveMonthsComparedWithTheTwelveMonthsAYearEarlier() {
        List<Indicator> out = RunningTotals.of(KEY, twentySevenMonths(), Unit.USD, null);
        assertEquals(List.of("2024-12", "2025-12", "2026-03"), periodsOf(out, "ytd"));
        // 2025-12: ytd = r12 = 12 × 110 = 1320; a year earlier 12 × 100 = 1200: +120, +10%
        assertAmount("120", find(out, "2025-12", "ytd_yoy_abs"));
        assertAmount("10", find(out, "2025-12", "ytd_yoy_pct"));
        assertAmount("120", find(out, "2025-12", "r12_yoy_abs"));
        // 2026-03: ytd = 3 × 120 = 360 against 3 × 110 = 330: +30, +9.0909%
        assertAmount("360", find(out, "2026-03", "ytd"));
        assertSignificant(100.0 * 30 / 330, find(out, "2026-03", "ytd_yoy_pct"));
        // r12 2026-03 = 2025-04 .. 2026-03 = 9 × 110 + 3 × 120 = 1350; a year earlier 2024-04 .. 2025-03
        // = 9 × 100 + 3 × 110 = 1230: +120, +9.7561%
        assertAmount("1350", find(out, "2026-03", "r12"));
        Indicator abs = find(out, "2026-03", "r12_yoy_abs");
        assertAmount("120", abs);
        assertEquals("2025-03", abs.basis());
        assertSignificant(100.0 * 120 / 1230, find(out, "2026-03", "r12_yoy_pct"));
    }

    @Test
    void aMissingMonthGivesNoYtdForItsYearAndNoR12AcrossIt() {
        NavigableMap<Period, Value> series = twentySevenMonths();
        series.remove(Period.month(2025, 6));
        List<Indicator> out = RunningTotals.of(KEY, series, Unit.USD, null);
        // 2025 lacks June: no ytd or r12 at 2025-12, and no r12 at 2026-03 (its span 2025-04 .. 2026-03 holds June)
        assertEquals(List.of("2024-12", "2026-03"), periodsOf(out, "ytd"));
        assertEquals(List.of("2024-12"), periodsOf(out, "r12"));
        // 2026-01 .. 03 and 2025-01 .. 03 are complete: 360 against 330, +30
        assertAmount("30", find(out, "2026-03", "ytd_yoy_abs"));
        // 2024-12 has no year before it in the series
        assertEquals(List.of("2026-03"), periodsOf(out, "ytd_yoy_abs"));
    }

    @Test
    void theFocusPeriodGetsItsOwnYearToDate() {
        List<Indicator> out = RunningTotals.of(KEY, twentySevenMonths(), Unit.USD, Period.month(2025, 7));
        // Jan–Jul 2025 = 7 × 110 = 770 against Jan–Jul 2024 = 7 × 100 = 700: +70, +10%
        assertAmount("770", find(out, "2025-07", "ytd"));
        assertAmount("70", find(out, "2025-07", "ytd_yoy_abs"));
        assertAmount("10", find(out, "2025-07", "ytd_yoy_pct"));
        // r12 2025-07 = 2024-08 .. 2025-07 = 5 × 100 + 7 × 110 = 1270, from 2024-08; no year before 2024-08
        assertAmount("1270", find(out, "2025-07", "r12"));
        assertEquals("2024-08", find(out, "2025-07", "r12").basis());
        assertEquals(List.of("2025-12", "2026-03"), periodsOf(out, "r12_yoy_abs"));
    }

    @Test
    void quarterlySeries() {
        // 2024-Q1 .. Q4 = 50, 60, 70, 80; 2025-Q1 .. Q3 = 55, 66, 77
        NavigableMap<Period, Value> series = new TreeMap<>();
        String[] amounts = {"50", "60", "70", "80", "55", "66", "77"};
        for (int k = 0; k < amounts.length; k++) {
            put(series, Period.quarter(2024 + k / 4, k % 4 + 1), amounts[k]);
        }
        List<Indicator> out = RunningTotals.of(KEY, series, Unit.USD, null);
        assertEquals(List.of("2024-Q4", "2025-Q3"), periodsOf(out, "ytd"));
        // 2024-Q4: ytd = r12 = 50 + 60 + 70 + 80 = 260
        assertAmount("260", find(out, "2024-Q4", "ytd"));
        assertAmount("260", find(out, "2024-Q4", "r12"));
        // 2025-Q3: ytd = 55 + 66 + 77 = 198, from 2025-Q1, against 50 + 60 + 70 = 180: +18, +10%
        Indicator ytd = find(out, "2025-Q3", "ytd");
        assertAmount("198", ytd);
        assertEquals("2025-Q1", ytd.basis());
        assertAmount("18", find(out, "2025-Q3", "ytd_yoy_abs"));
        assertAmount("10", find(out, "2025-Q3", "ytd_yoy_pct"));
        // r12 2025-Q3 = 2024-Q4 .. 2025-Q3 = 80 + 55 + 66 + 77 = 278, from 2024-Q4; 2023-Q4 is missing: no change
        Indicator r12 = find(out, "2025-Q3", "r12");
        assertAmount("278", r12);
        assertEquals("2024-Q4", r12.basis());
        assertEquals(List.of(), periodsOf(out, "r12_yoy_abs"));
    }

    @Test
    void aDeficitHasAnAbsoluteChangeOnly() {
        // balance: 2025 −10 a month; 2026-01 −5, 2026-02 −8
        NavigableMap<Period, Value> series = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            put(series, Period.month(2025, m), "-10");
        }
        put(series, Period.month(2026, 1), "-5");
        put(series, Period.month(2026, 2), "-8");
        List<Indicator> out = RunningTotals.of(KEY.withMeasure("balance"), series, Unit.USD, null);
        // ytd 2026-02 = −13 against −20: the deficit narrowed by 7; no percentage of a deficit
        assertAmount("-13", find(out, "2026-02", "ytd"));
        assertAmount("7", find(out, "2026-02", "ytd_yoy_abs"));
        assertEquals(List.of(), periodsOf(out, "ytd_yoy_pct"));
        assertEquals(List.of(), periodsOf(out, "r12_yoy_pct"));
    }

    @Test
    void aLowerBoundPartMakesTheSumALowerBound() {
        NavigableMap<Period, Value> series = twentySevenMonths();
        series.put(Period.month(2026, 2), Value.reported(new BigDecimal("120"), Qualifier.AT_LEAST));
        List<Indicator> out = RunningTotals.of(KEY, series, Unit.USD, null);
        // ytd 2026-03 = 360, at least; its change on an exact 330 is at least +30
        assertEquals(Set.of(Flag.AT_LEAST), find(out, "2026-03", "ytd").flags());
        assertEquals(Set.of(Flag.AT_LEAST), find(out, "2026-03", "ytd_yoy_abs").flags());
        assertEquals(Set.of(Flag.AT_LEAST), find(out, "2026-03", "r12").flags());
        // 2025-12 holds no bound
        assertEquals(Set.of(), find(out, "2025-12", "ytd").flags());
        // a lower and an upper bound in one span: the sum is neither, approximate (as a year summed from its months)
        series.put(Period.month(2026, 3), Value.reported(new BigDecimal("120"), Qualifier.AT_MOST));
        assertEquals(Set.of(Flag.APPROX), find(RunningTotals.of(KEY, series, Unit.USD, null), "2026-03", "ytd").flags());
    }

    @Test
    void tradeAnalysisGivesThemForEachFlowAndTheBalance() {
        // exports 30 and imports 50 a month in 2025, exports 40 and imports 45 in 2026-01 and 02
        List<Figure> figures = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            figures.add(figure("export", Period.month(2025, m), "30"));
            figures.add(figure("import", Period.month(2025, m), "50"));
        }
        for (int m = 1; m <= 2; m++) {
            figures.add(figure("export", Period.month(2026, m), "40"));
            figures.add(figure("import", Period.month(2026, m), "45"));
        }
        List<Indicator> out = TradeAnalysis.analyse(figures, LocalDate.of(2026, 3, 31), Period.month(2025, 8))
                .indicators();
        // turnover ytd 2026-02 = 2 × (40 + 45) = 170 against 2 × (30 + 50) = 160: +10, +6.25%
        assertAmount("170", only(out, "turnover", "2026-02", "ytd"));
        assertAmount("6.25", only(out, "turnover", "2026-02", "ytd_yoy_pct"));
        // balance ytd 2026-02 = 2 × (40 − 45) = −10 against 2 × (30 − 50) = −40: +30, no percentage
        assertAmount("-10", only(out, "balance", "2026-02", "ytd"));
        assertAmount("30", only(out, "balance", "2026-02", "ytd_yoy_abs"));
        assertTrue(out.stream().noneMatch(i -> i.name().equals("ytd_yoy_pct") && i.series().measure().equals("balance")));
        // the focus 2025-08: exports Jan–Aug 2025 = 8 × 30 = 240
        assertAmount("240", only(out, "export", "2025-08", "ytd"));
        // no running totals of ratios
        assertTrue(out.stream().noneMatch(i -> i.name().equals("ytd") && i.series().measure().equals("coverage")));
    }

    @Test
    void investmentInflowsAddUpButStocksAndCompanyCountsDoNot() {
        // inflow, stock (investment) and operating companies, each 2025-Q1 .. 2026-Q2: 10, 20, 30, 40, 15, 25
        String[] amounts = {"10", "20", "30", "40", "15", "25"};
        List<Figure> investment = new ArrayList<>();
        List<Figure> companies = new ArrayList<>();
        for (int k = 0; k < amounts.length; k++) {
            Period quarter = Period.quarter(2025 + k / 4, k % 4 + 1);
            for (String measure : List.of("inflow", "stock")) {
                investment.add(new Figure(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", measure, ""), quarter,
                        new BigDecimal(amounts[k]), Qualifier.EXACT, null, "test.csv"));
            }
            companies.add(new Figure(new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", "operating", ""), quarter,
                    new BigDecimal(amounts[k]), Qualifier.EXACT, null, "test.csv"));
        }
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        List<Indicator> out = LevelAnalysis.analyse(investment, asOf, null);
        // inflow 2026-Q2: ytd 15 + 25 = 40 against 10 + 20 = 30, +10; r12 2025-Q3 .. 2026-Q2 = 30 + 40 + 15 + 25 = 110
        assertAmount("40", only(out, "inflow", "2026-Q2", "ytd"));
        assertAmount("10", only(out, "inflow", "2026-Q2", "ytd_yoy_abs"));
        assertAmount("110", only(out, "inflow", "2026-Q2", "r12"));
        assertTrue(out.stream().noneMatch(i -> i.series().measure().equals("stock") && i.name().startsWith("ytd")));
        assertTrue(LevelAnalysis.analyse(companies, asOf, null).stream().noneMatch(i -> i.name().startsWith("r12")));
    }

    private static Figure figure(String flow, Period period, String amount) {
        return new Figure(new SeriesKey(Dataset.TRADE, "KGZ", "KOR", flow, SeriesKey.ALL_GOODS), period,
                new BigDecimal(amount), Qualifier.EXACT, null, "test.csv", false);
    }

    private static Indicator only(List<Indicator> out, String measure, String period, String name) {
        return find(out.stream().filter(i -> i.series().measure().equals(measure)).toList(), period, name);
    }
}
