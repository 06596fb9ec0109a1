package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Qualifier;
import org.tradestat.period.Period;

class PeriodDerivationTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    private static NavigableMap<Period, Value> series(Object... periodsAndAmounts) {
        NavigableMap<Period, Value> map = new TreeMap<>();
        for (int i = 0; i < periodsAndAmounts.length; i += 2) {
            Object v = periodsAndAmounts[i + 1];
            Value value = v instanceof Value given ? given : Value.reported(new BigDecimal(v.toString()), Qualifier.EXACT);
            map.put(Period.parse((String) periodsAndAmounts[i]), value);
        }
        return map;
    }

    private static Value exact(String amount) {
        return Value.reported(new BigDecimal(amount), Qualifier.EXACT);
    }

    private static void assertValue(String amount, boolean derived, Qualifier qualifier, Value actual) {
        assertEquals(0, new BigDecimal(amount).compareTo(actual.amount()), "amount " + actual.amount() + " vs " + amount);
        assertEquals(derived, actual.derived(), "derived flag of " + actual);
        assertSame(qualifier, actual.qualifier());
    }

    @Test
    void seedFiguresGiveTheSecondHalf() {
        NavigableMap<Period, Value> reported = series(
                "2017-H1", Value.reported(new BigDecimal("57000000"), Qualifier.APPROX),
                "2022-H1", Value.reported(new BigDecimal("63500000"), Qualifier.APPROX),
                "2022", exact("370000000"));
        NavigableMap<Period, Value> all = PeriodDerivation.derive(reported);
        assertValue("306500000", true, Qualifier.APPROX, all.get(Period.half(2022, 2)));
        assertEquals(4, all.size(), "nothing else can be derived: " + all.keySet());
        assertNull(all.get(Period.half(2017, 2)));
        assertNull(all.get(Period.year(2017)));
        assertValue("370000000", false, Qualifier.EXACT, all.get(Period.year(2022)));
        assertEquals(3, reported.size(), "the input is not changed");
    }

    @Test
    void firstHalfFromYearMinusSecondHalf() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021", "100.5", "2021-H2", "40.25"));
        assertValue("60.25", true, Qualifier.EXACT, all.get(Period.half(2021, 1)));
    }

    @Test
    void yearFromItsTwoHalves() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021-H1", "40", "2021-H2", "60.5"));
        assertValue("100.5", true, Qualifier.EXACT, all.get(Period.year(2021)));
    }

    @Test
    void yearFromFourQuartersAndHalvesFromTheirQuarters() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021-Q1", "10", "2021-Q2", "20",
                "2021-Q3", "30", "2021-Q4", "40.01"));
        assertValue("30", true, Qualifier.EXACT, all.get(Period.half(2021, 1)));
        assertValue("70.01", true, Qualifier.EXACT, all.get(Period.half(2021, 2)));
        assertValue("100.01", true, Qualifier.EXACT, all.get(Period.year(2021)));
        assertEquals(7, all.size());
    }

    @Test
    void yearFromTwelveMonthsAndHalvesFromSixMonths() {
        NavigableMap<Period, Value> reported = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            reported.put(Period.month(2020, m), exact(Integer.toString(m)));
        }
        NavigableMap<Period, Value> all = PeriodDerivation.derive(reported);
        assertValue("21", true, Qualifier.EXACT, all.get(Period.half(2020, 1)));   // 1+..+6
        assertValue("57", true, Qualifier.EXACT, all.get(Period.half(2020, 2)));   // 7+..+12
        assertValue("78", true, Qualifier.EXACT, all.get(Period.year(2020)));
        assertNull(all.get(Period.quarter(2020, 1)), "quarters are not derived");
    }

    @Test
    void elevenMonthsGiveNoYearButTheCompleteHalf() {
        NavigableMap<Period, Value> reported = new TreeMap<>();
        for (int m = 1; m <= 11; m++) {
            reported.put(Period.month(2020, m), exact("1"));
        }
        NavigableMap<Period, Value> all = PeriodDerivation.derive(reported);
        assertValue("6", true, Qualifier.EXACT, all.get(Period.half(2020, 1)));
        assertNull(all.get(Period.half(2020, 2)));
        assertNull(all.get(Period.year(2020)));
    }

    @Test
    void threeQuartersGiveNoYear() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021-Q1", "1", "2021-Q2", "2", "2021-Q4", "4"));
        assertValue("3", true, Qualifier.EXACT, all.get(Period.half(2021, 1)));
        assertNull(all.get(Period.half(2021, 2)));
        assertNull(all.get(Period.year(2021)));
    }

    @Test
    void aReportedHalfPlusAQuarterDerivedHalf() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021-H1", "50", "2021-Q3", "20", "2021-Q4", "25"));
        assertValue("45", true, Qualifier.EXACT, all.get(Period.half(2021, 2)));
        assertValue("95", true, Qualifier.EXACT, all.get(Period.year(2021)));
    }

    @Test
    void secondHalfFromReportedYearMinusQuarterDerivedFirstHalf() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021", "100", "2021-Q1", "20", "2021-Q2", "25"));
        assertValue("45", true, Qualifier.EXACT, all.get(Period.half(2021, 1)));
        assertValue("55", true, Qualifier.EXACT, all.get(Period.half(2021, 2)));
        assertValue("100", false, Qualifier.EXACT, all.get(Period.year(2021)));
    }

    @Test
    void reportedFiguresBeatDerivedOnes() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021", "100", "2021-H1", "40", "2021-H2", "50",
                "2021-Q1", "1", "2021-Q2", "2"));
        assertValue("100", false, Qualifier.EXACT, all.get(Period.year(2021)));
        assertValue("40", false, Qualifier.EXACT, all.get(Period.half(2021, 1)));
        assertValue("50", false, Qualifier.EXACT, all.get(Period.half(2021, 2)));
        assertEquals(5, all.size());
    }

    @Test
    void aNegativeRestIsNotDerived() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021", "50", "2021-H1", "60"));
        assertNull(all.get(Period.half(2021, 2)));
        NavigableMap<Period, Value> zero = PeriodDerivation.derive(series("2021", "60", "2021-H1", "60"));
        assertValue("0", true, Qualifier.EXACT, zero.get(Period.half(2021, 2)));
    }

    @Test
    void aYearFromHalvesUsesTheReportedHalfNotItsQuarters() {
        // H1 is reported as 5 though its quarters add up to 2: the year is H1 as reported plus H2 from its quarters.
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2021-Q1", "1", "2021-Q2", "1", "2021-Q3", "1",
                "2021-Q4", "1", "2021-H1", "5"));
        assertValue("5", false, Qualifier.EXACT, all.get(Period.half(2021, 1)));
        assertValue("2", true, Qualifier.EXACT, all.get(Period.half(2021, 2)));
        assertValue("7", true, Qualifier.EXACT, all.get(Period.year(2021)));
    }

    @Test
    void qualifiersOfDerivedHalves() {
        Value atLeast = PeriodDerivation.derive(series("2020", Value.reported(new BigDecimal("370"), Qualifier.AT_LEAST),
                "2020-H1", "63.5")).get(Period.half(2020, 2));
        assertValue("306.5", true, Qualifier.AT_LEAST, atLeast);
        Value atMost = PeriodDerivation.derive(series("2020", "370",
                "2020-H1", Value.reported(new BigDecimal("63.5"), Qualifier.AT_LEAST))).get(Period.half(2020, 2));
        assertValue("306.5", true, Qualifier.AT_MOST, atMost);
        Value sum = PeriodDerivation.derive(series("2020-H1", Value.reported(BigDecimal.ONE, Qualifier.AT_LEAST),
                "2020-H2", "2")).get(Period.year(2020));
        assertValue("3", true, Qualifier.AT_LEAST, sum);
        Value mixed = PeriodDerivation.derive(series("2020-H1", Value.reported(BigDecimal.ONE, Qualifier.AT_LEAST),
                "2020-H2", Value.reported(BigDecimal.ONE, Qualifier.AT_MOST))).get(Period.year(2020));
        assertValue("2", true, Qualifier.APPROX, mixed);
    }

    @Test
    void yearsAreIndependent() {
        NavigableMap<Period, Value> all = PeriodDerivation.derive(series("2020-H1", "1", "2021-H2", "2", "2021", "10"));
        assertValue("8", true, Qualifier.EXACT, all.get(Period.half(2021, 1)));
        assertNull(all.get(Period.year(2020)));
        assertNull(all.get(Period.half(2020, 2)));
    }

    @Test
    void partsExceedingYear() {
        List<String> problems = PeriodDerivation.partsExceedingYear(series("2022", "100", "2022-H1", "60", "2022-H2", "50.5",
                "2022-Q1", "30", "2022-Q2", "20", "2022-03", "101"), TOLERANCE);
        assertEquals(List.of(
                "2 reported halves of 2022 add up to 110.5, more than the reported year 100",
                "1 reported month of 2022 adds up to 101, more than the reported year 100"), problems);
    }

    @Test
    void partsWithinTheRoundingToleranceAreFine() {
        assertEquals(List.of(), PeriodDerivation.partsExceedingYear(series("2022", "100", "2022-H1", "60", "2022-H2", "40.5"),
                TOLERANCE), "100.5 is exactly the 0.5% tolerance");
        assertEquals(List.of("2 reported halves of 2022 add up to 100.51, more than the reported year 100"),
                PeriodDerivation.partsExceedingYear(series("2022", "100", "2022-H1", "60", "2022-H2", "40.51"), TOLERANCE));
        assertEquals(List.of("3 reported quarters of 2022 add up to 120, more than the reported year 100"),
                PeriodDerivation.partsExceedingYear(series("2022", "100", "2022-Q1", "40", "2022-Q2", "40", "2022-Q4", "40"),
                        TOLERANCE));
    }

    @Test
    void partsWithoutAReportedYearAreNotChecked() {
        assertEquals(List.of(), PeriodDerivation.partsExceedingYear(series("2022-H1", "60", "2022-H2", "50"), TOLERANCE));
        assertEquals(List.of(), PeriodDerivation.partsExceedingYear(series("2021", "10", "2022-H1", "60"), TOLERANCE));
    }

    @Test
    void derivedValuesCarryTheirFlags() {
        Value v = new Value(BigDecimal.TEN, Qualifier.APPROX, true);
        assertTrue(v.flags().contains(org.tradestat.figure.Flag.DERIVED));
        assertTrue(v.flags().contains(org.tradestat.figure.Flag.APPROX));
        assertFalse(exact("1").flags().contains(org.tradestat.figure.Flag.DERIVED));
    }
}
