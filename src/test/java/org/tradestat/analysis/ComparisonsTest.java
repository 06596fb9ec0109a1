package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

class ComparisonsTest {

    private static final SeriesKey KEY = SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL");

    private static NavigableMap<Period, Value> series(String... periodsAndAmounts) {
        NavigableMap<Period, Value> map = new TreeMap<>();
        for (int i = 0; i < periodsAndAmounts.length; i += 2) {
            map.put(Period.parse(periodsAndAmounts[i]), Value.reported(new BigDecimal(periodsAndAmounts[i + 1]), Qualifier.EXACT));
        }
        return map;
    }

    private static List<String> names(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.period() + " " + i.name() + (i.basis().isEmpty() ? "" : " vs " + i.basis()))
                .toList();
    }

    static Indicator find(List<Indicator> indicators, String period, String name) {
        List<Indicator> found = indicators.stream().filter(i -> i.period().equals(period) && i.name().equals(name)).toList();
        assertEquals(1, found.size(), period + " " + name + " in " + names(indicators));
        return found.get(0);
    }

    static void assertAmount(String expected, Indicator indicator) {
        assertEquals(0, new BigDecimal(expected).compareTo(indicator.value()),
                indicator.period() + " " + indicator.name() + " = " + indicator.value() + ", expected " + expected);
    }

    /** Equal to six significant digits. */
    static void assertSignificant(double expected, Indicator indicator) {
        MathContext six = new MathContext(6);
        assertEquals(new BigDecimal(expected).round(six), indicator.value().round(six),
                indicator.period() + " " + indicator.name());
    }

    @Test
    void yearlySeriesHasLevelYoyAndLongButNoSeq() {
        List<Indicator> out = Comparisons.of(KEY, series("2018", "100", "2019", "80", "2020", "120", "2021", "150"), Unit.USD);
        assertEquals(List.of(
                "2018 level",
                "2019 level", "2019 yoy_abs vs 2018", "2019 yoy_pct vs 2018",
                "2020 level", "2020 yoy_abs vs 2019", "2020 yoy_pct vs 2019",
                "2020 long_abs vs 2018", "2020 long_pct vs 2018", "2020 long_cagr_pct vs 2018",
                "2021 level", "2021 yoy_abs vs 2020", "2021 yoy_pct vs 2020",
                "2021 long_abs vs 2018", "2021 long_pct vs 2018", "2021 long_cagr_pct vs 2018"), names(out));
        assertAmount("-20", find(out, "2019", "yoy_abs"));
        assertAmount("-20", find(out, "2019", "yoy_pct"));
        assertAmount("25", find(out, "2021", "yoy_pct"));
        assertAmount("50", find(out, "2021", "long_abs"));
        assertAmount("50", find(out, "2021", "long_pct"));
        assertSignificant((Math.cbrt(1.5) - 1) * 100, find(out, "2021", "long_cagr_pct"));      // 14.4714 % a year
        assertSignificant((Math.sqrt(1.2) - 1) * 100, find(out, "2020", "long_cagr_pct"));      // 9.54451 % a year
        Indicator level = find(out, "2019", "level");
        assertEquals(Unit.USD, level.unit());
        assertEquals("", level.basis());
        assertEquals(Unit.USD, find(out, "2019", "yoy_abs").unit());
        assertEquals(Unit.PERCENT, find(out, "2019", "yoy_pct").unit());
        assertEquals(Unit.PERCENT, find(out, "2021", "long_cagr_pct").unit());
        assertEquals("2018", find(out, "2021", "long_cagr_pct").basis());
        assertEquals(KEY, level.series());
    }

    @Test
    void seqAcrossTheYearEndForQuarters() {
        List<Indicator> out = Comparisons.of(KEY, series("2021-Q4", "200", "2022-Q1", "150"), Unit.USD);
        assertEquals(List.of("2021-Q4 level", "2022-Q1 level", "2022-Q1 seq_abs vs 2021-Q4", "2022-Q1 seq_pct vs 2021-Q4"),
                names(out));
        assertAmount("-50", find(out, "2022-Q1", "seq_abs"));
        assertAmount("-25", find(out, "2022-Q1", "seq_pct"));
    }

    @Test
    void monthsHaveYoySeqAndLong() {
        List<Indicator> out = Comparisons.of(KEY, series("2019-03", "10", "2021-02", "20", "2021-03", "30", "2022-03", "40"),
                Unit.USD);
        assertAmount("10", find(out, "2021-03", "seq_abs"));
        assertAmount("20", find(out, "2021-03", "long_abs"));
        assertEquals("2019-03", find(out, "2021-03", "long_abs").basis());
        assertAmount("10", find(out, "2022-03", "yoy_abs"));
        assertEquals("2019-03", find(out, "2022-03", "long_abs").basis(), "the earliest, not the latest, earlier period");
        assertSignificant((Math.cbrt(4.0) - 1) * 100, find(out, "2022-03", "long_cagr_pct"));
    }

    @Test
    void longComparesTheSameHalfOnlyAndAtLeastTwoYearsBack() {
        List<Indicator> out = Comparisons.of(KEY, series("2017-H1", "57", "2017-H2", "60", "2021-H1", "62",
                "2022-H1", "63.5", "2022-H2", "306.5"), Unit.USD);
        assertEquals("2017-H1", find(out, "2022-H1", "long_abs").basis());
        assertEquals("2017-H2", find(out, "2022-H2", "long_abs").basis());
        assertEquals("2017-H1", find(out, "2021-H1", "long_abs").basis());
        assertTrue(out.stream().noneMatch(i -> i.period().equals("2017-H2") && i.name().startsWith("long")));
        assertAmount("1.5", find(out, "2022-H1", "yoy_abs"));
        assertSignificant((Math.pow(306.5 / 60, 0.2) - 1) * 100, find(out, "2022-H2", "long_cagr_pct"));
    }

    @Test
    void aBaseOfZeroGivesNoPercentage() {
        List<Indicator> out = Comparisons.of(KEY, series("2019", "0", "2020", "0", "2021", "5"), Unit.USD);
        assertAmount("5", find(out, "2021", "yoy_abs"));
        assertAmount("5", find(out, "2021", "long_abs"));
        assertTrue(out.stream().noneMatch(i -> i.name().endsWith("_pct")), names(out).toString());
        assertAmount("0", find(out, "2020", "yoy_abs"));
    }

    @Test
    void aFallToZeroIsMinusAHundredPercent() {
        List<Indicator> out = Comparisons.of(KEY, series("2019", "8", "2021", "0"), Unit.USD);
        assertAmount("-100", find(out, "2021", "long_pct"));
        assertAmount("-100", find(out, "2021", "long_cagr_pct"));
    }

    @Test
    void theChangeOfADeficitHasNoPercentage() {
        // JPN balance (US$ million): -2,189.9 in 2023, -2,151.4 in 2024; once "+1.8%", now the deficit narrowed by 38.5.
        List<Indicator> narrowed = Comparisons.of(KEY.withMeasure("balance"),
                series("2022", "-2300.0", "2023", "-2189.9", "2024", "-2151.4"), Unit.USD);
        assertAmount("38.5", find(narrowed, "2024", "yoy_abs"));
        assertAmount("148.6", find(narrowed, "2024", "long_abs"));
        assertAmount("110.1", find(narrowed, "2023", "yoy_abs"));
        assertTrue(narrowed.stream().noneMatch(i -> i.name().endsWith("_pct")), names(narrowed).toString());

        List<Indicator> widened = Comparisons.of(KEY.withMeasure("balance"), series("2020", "-100", "2021", "-400"),
                Unit.USD);
        assertAmount("-300", find(widened, "2021", "yoy_abs"));
        assertTrue(widened.stream().noneMatch(i -> i.name().endsWith("_pct")), names(widened).toString());
    }

    @Test
    void aChangeAcrossZeroHasNoPercentage() {
        // Surplus of 10 to a deficit of 5, and back to a surplus of 20: absolute changes only, both ways.
        List<Indicator> out = Comparisons.of(KEY.withMeasure("balance"), series("2019", "10", "2020", "-5", "2021", "20"),
                Unit.USD);
        assertAmount("-15", find(out, "2020", "yoy_abs"));
        assertAmount("25", find(out, "2021", "yoy_abs"));
        assertTrue(out.stream().noneMatch(i -> i.name().equals("yoy_pct")), names(out).toString());
        // The long run compares its two ends only: a surplus of 10 grew to 20, +100%, whatever came between.
        assertAmount("10", find(out, "2021", "long_abs"));
        assertAmount("100", find(out, "2021", "long_pct"));
    }

    @Test
    void aSurplusThatShrinksOrGrowsKeepsItsPercentage() {
        List<Indicator> out = Comparisons.of(KEY.withMeasure("balance"), series("2019", "80", "2020", "60", "2021", "90"),
                Unit.USD);
        assertAmount("-20", find(out, "2020", "yoy_abs"));
        assertAmount("-25", find(out, "2020", "yoy_pct"));          // -20 / 80
        assertAmount("50", find(out, "2021", "yoy_pct"));           // 30 / 60
        assertAmount("12.5", find(out, "2021", "long_pct"));        // 10 / 80
        assertSignificant((Math.sqrt(90.0 / 80.0) - 1) * 100, find(out, "2021", "long_cagr_pct")); // 6.06602 % a year
    }

    @Test
    void onlyAPositiveBaseAndALaterFigureNotNegativeHaveAPercentage() {
        assertTrue(Comparisons.hasPercentChange(new BigDecimal("80"), new BigDecimal("60")));
        assertTrue(Comparisons.hasPercentChange(new BigDecimal("80"), BigDecimal.ZERO));
        assertFalse(Comparisons.hasPercentChange(BigDecimal.ZERO, new BigDecimal("5")));
        assertFalse(Comparisons.hasPercentChange(new BigDecimal("-2189.9"), new BigDecimal("-2151.4")));
        assertFalse(Comparisons.hasPercentChange(new BigDecimal("-20"), new BigDecimal("5")));
        assertFalse(Comparisons.hasPercentChange(new BigDecimal("10"), new BigDecimal("-5")));
    }

    @Test
    void flagsOfEveryComparisonComeFromBothFigures() {
        NavigableMap<Period, Value> values = new TreeMap<>();
        values.put(Period.year(2019), Value.reported(new BigDecimal("10"), Qualifier.AT_LEAST));
        values.put(Period.year(2020), Value.reported(new BigDecimal("12"), Qualifier.EXACT));
        values.put(Period.year(2021), new Value(new BigDecimal("13"), Qualifier.EXACT, true));
        List<Indicator> out = Comparisons.of(KEY, values, Unit.USD);
        assertEquals(EnumSet.of(Flag.AT_LEAST), find(out, "2019", "level").flags());
        assertEquals(EnumSet.of(Flag.AT_MOST), find(out, "2020", "yoy_abs").flags());
        assertEquals(EnumSet.of(Flag.AT_MOST), find(out, "2020", "yoy_pct").flags());
        assertEquals(EnumSet.of(Flag.DERIVED), find(out, "2021", "level").flags());
        assertEquals(EnumSet.of(Flag.DERIVED), find(out, "2021", "yoy_abs").flags());
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.AT_MOST), find(out, "2021", "long_cagr_pct").flags());
        assertEquals(Set.of(), find(out, "2020", "level").flags());
    }

    @Test
    void emptySeries() {
        assertEquals(List.of(), Comparisons.of(KEY, new TreeMap<>(), Unit.USD));
    }
}
