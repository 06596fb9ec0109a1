package org.tradestat.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2022,    2022, YEAR,    1",
            "2022-H1, 2022, HALF,    1",
            "2022-H2, 2022, HALF,    2",
            "2022-Q1, 2022, QUARTER, 1",
            "2022-Q4, 2022, QUARTER, 4",
            "2022-01, 2022, MONTH,   1",
            "2022-09, 2022, MONTH,   9",
            "2022-12, 2022, MONTH,   12",
    })
    void parsesEveryKindAndFormatsItBack(String text, int year, PeriodKind kind, int index) {
        Period p = Period.parse(text);
        assertEquals(new Period(year, kind, index), p);
        assertEquals(text, p.toString());
    }

    @Test
    void parseTrimsSurroundingWhitespace() {
        assertEquals(Optional.of(Period.half(2022, 1)), Period.tryParse(" 2022-H1\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "23", "223", "20231", "2023-13", "2023-00", "2023-Q5", "2023-Q0", "2023-H0",
            "2023-H3", "2023-1", "2023-001", "2023/H1", "2023-H", "2023-", "H1-2023", "2023-Q1-01",
            "2023-12-31", "abcd", "２０２３", "0999", "0000", "0999-H1"})
    void rejectsMalformedPeriods(String text) {
        assertEquals(Optional.empty(), Period.tryParse(text));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertTrue(e.getMessage().contains("is not a period"), e.getMessage());
    }

    @Test
    void parseAcceptsLowerCaseKinds() {
        assertEquals(Optional.of(Period.half(2023, 1)), Period.tryParse("2023-h1"));
        assertEquals(Optional.of(Period.quarter(2023, 4)), Period.tryParse("2023-q4"));
    }

    @Test
    void tryParseOfNullIsEmpty() {
        assertEquals(Optional.empty(), Period.tryParse(null));
    }

    @Test
    void constructorRefusesImpossiblePeriods() {
        assertThrows(IllegalArgumentException.class, () -> Period.half(2022, 3));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2022, 0));
        assertThrows(IllegalArgumentException.class, () -> Period.month(2022, 13));
        assertThrows(IllegalArgumentException.class, () -> new Period(2022, PeriodKind.YEAR, 2));
        assertThrows(IllegalArgumentException.class, () -> Period.year(-1));
        assertThrows(IllegalArgumentException.class, () -> Period.year(10000));
    }

    @Test
    void labels() {
        assertEquals("2022", Period.year(2022).label());
        assertEquals("2022 H1", Period.half(2022, 1).label());
        assertEquals("2022 Q3", Period.quarter(2022, 3).label());
        assertEquals("2022-07", Period.month(2022, 7).label());
    }

    @ParameterizedTest
    @CsvSource({
            "2022,    2022-01-01, 2022-12-31",
            "2022-H1, 2022-01-01, 2022-06-30",
            "2022-H2, 2022-07-01, 2022-12-31",
            "2022-Q1, 2022-01-01, 2022-03-31",
            "2022-Q2, 2022-04-01, 2022-06-30",
            "2022-Q3, 2022-07-01, 2022-09-30",
            "2022-Q4, 2022-10-01, 2022-12-31",
            "2024-02, 2024-02-01, 2024-02-29",
            "2023-02, 2023-02-01, 2023-02-28",
            "2100-02, 2100-02-01, 2100-02-28",
            "2000-02, 2000-02-01, 2000-02-29",
            "2022-04, 2022-04-01, 2022-04-30",
            "2022-12, 2022-12-01, 2022-12-31",
    })
    void firstAndLastDay(String text, LocalDate first, LocalDate last) {
        Period p = Period.parse(text);
        assertEquals(first, p.firstDay());
        assertEquals(last, p.lastDay());
    }

    @Test
    void endedByIsTheAsOfRule() {
        Period h1 = Period.half(2022, 1);
        assertFalse(h1.endedBy(LocalDate.of(2022, 6, 29)), "the day before the last day");
        assertTrue(h1.endedBy(LocalDate.of(2022, 6, 30)), "on the last day itself");
        assertTrue(h1.endedBy(LocalDate.of(2022, 7, 1)));
        assertFalse(Period.year(2023).endedBy(LocalDate.of(2023, 12, 30)));
        assertTrue(Period.year(2023).endedBy(LocalDate.of(2023, 12, 31)));
        assertFalse(Period.month(2024, 2).endedBy(LocalDate.of(2024, 2, 28)), "leap year February ends on the 29th");
        assertTrue(Period.month(2024, 2).endedBy(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void previousAndNextAcrossYearEnds() {
        assertEquals(Period.half(2021, 2), Period.half(2022, 1).previous());
        assertEquals(Period.half(2022, 1), Period.half(2022, 2).previous());
        assertEquals(Period.half(2023, 1), Period.half(2022, 2).next());
        assertEquals(Period.half(2022, 2), Period.half(2022, 1).next());
        assertEquals(Period.quarter(2021, 4), Period.quarter(2022, 1).previous());
        assertEquals(Period.quarter(2023, 1), Period.quarter(2022, 4).next());
        assertEquals(Period.quarter(2022, 3), Period.quarter(2022, 2).next());
        assertEquals(Period.month(2021, 12), Period.month(2022, 1).previous());
        assertEquals(Period.month(2023, 1), Period.month(2022, 12).next());
        assertEquals(Period.month(2022, 6), Period.month(2022, 7).previous());
        assertEquals(Period.year(2021), Period.year(2022).previous());
        assertEquals(Period.year(2023), Period.year(2022).next());
    }

    @Test
    void nextWalksEveryMonthOfAYearOnce() {
        List<Period> seen = new ArrayList<>();
        for (Period p = Period.month(2021, 12); !p.equals(Period.month(2023, 1)); p = p.next()) {
            seen.add(p);
        }
        assertEquals(13, seen.size());
        assertEquals(Period.month(2022, 6), seen.get(6));
    }

    @Test
    void sameOneYearEarlierKeepsKindAndIndex() {
        assertEquals(Period.half(2021, 2), Period.half(2022, 2).sameOneYearEarlier());
        assertEquals(Period.quarter(2021, 1), Period.quarter(2022, 1).sameOneYearEarlier());
        assertEquals(Period.month(2021, 12), Period.month(2022, 12).sameOneYearEarlier());
        assertEquals(Period.year(2021), Period.year(2022).sameOneYearEarlier());
    }

    @Test
    void partsOfEveryCoarserKind() {
        assertEquals(List.of(Period.half(2022, 1), Period.half(2022, 2)), Period.year(2022).parts(PeriodKind.HALF));
        assertEquals(List.of(Period.quarter(2022, 1), Period.quarter(2022, 2), Period.quarter(2022, 3),
                Period.quarter(2022, 4)), Period.year(2022).parts(PeriodKind.QUARTER));
        List<Period> months = Period.year(2022).parts(PeriodKind.MONTH);
        assertEquals(12, months.size());
        assertEquals(Period.month(2022, 1), months.get(0));
        assertEquals(Period.month(2022, 12), months.get(11));
        assertEquals(List.of(Period.quarter(2022, 3), Period.quarter(2022, 4)), Period.half(2022, 2).parts(PeriodKind.QUARTER));
        assertEquals(List.of(Period.month(2022, 7), Period.month(2022, 8), Period.month(2022, 9), Period.month(2022, 10),
                Period.month(2022, 11), Period.month(2022, 12)), Period.half(2022, 2).parts(PeriodKind.MONTH));
        assertEquals(List.of(Period.month(2022, 4), Period.month(2022, 5), Period.month(2022, 6)),
                Period.quarter(2022, 2).parts(PeriodKind.MONTH));
    }

    @Test
    void partsRefusesKindsThatDoNotDivide() {
        assertThrows(IllegalArgumentException.class, () -> Period.year(2022).parts(PeriodKind.YEAR));
        assertThrows(IllegalArgumentException.class, () -> Period.half(2022, 1).parts(PeriodKind.YEAR));
        assertThrows(IllegalArgumentException.class, () -> Period.quarter(2022, 1).parts(PeriodKind.HALF));
        assertThrows(IllegalArgumentException.class, () -> Period.month(2022, 1).parts(PeriodKind.MONTH));
    }

    @Test
    void withinFindsTheContainingPeriod() {
        assertEquals(Period.year(2022), Period.half(2022, 2).within(PeriodKind.YEAR));
        assertEquals(Period.half(2022, 1), Period.quarter(2022, 2).within(PeriodKind.HALF));
        assertEquals(Period.half(2022, 2), Period.quarter(2022, 3).within(PeriodKind.HALF));
        assertEquals(Period.quarter(2022, 3), Period.month(2022, 9).within(PeriodKind.QUARTER));
        assertEquals(Period.quarter(2022, 4), Period.month(2022, 10).within(PeriodKind.QUARTER));
        assertEquals(Period.half(2022, 1), Period.month(2022, 6).within(PeriodKind.HALF));
        assertEquals(Period.half(2022, 2), Period.month(2022, 7).within(PeriodKind.HALF));
        assertEquals(Period.year(2022), Period.month(2022, 12).within(PeriodKind.YEAR));
        assertThrows(IllegalArgumentException.class, () -> Period.half(2022, 1).within(PeriodKind.HALF));
        assertThrows(IllegalArgumentException.class, () -> Period.half(2022, 1).within(PeriodKind.QUARTER));
    }

    @Test
    void everyMonthIsWithinTheQuarterWhosePartsHoldIt() {
        for (int m = 1; m <= 12; m++) {
            Period month = Period.month(2022, m);
            assertTrue(month.within(PeriodKind.QUARTER).parts(PeriodKind.MONTH).contains(month), month.toString());
            assertTrue(month.within(PeriodKind.HALF).parts(PeriodKind.MONTH).contains(month), month.toString());
        }
    }

    @Test
    void yearsUntil() {
        assertEquals(5.0, Period.half(2017, 1).yearsUntil(Period.half(2022, 1)));
        assertEquals(0.5, Period.half(2022, 1).yearsUntil(Period.half(2022, 2)));
        assertEquals(1.5, Period.half(2021, 2).yearsUntil(Period.half(2023, 1)));
        assertEquals(32.0, Period.year(1992).yearsUntil(Period.year(2024)));
        assertEquals(0.75, Period.quarter(2022, 1).yearsUntil(Period.quarter(2022, 4)));
        assertEquals(1.0 / 12, Period.month(2021, 12).yearsUntil(Period.month(2022, 1)), 1e-12);
        assertEquals(-1.0, Period.year(2022).yearsUntil(Period.year(2021)));
    }

    @Test
    void orderingIsByStartThenLongerFirst() {
        List<Period> sorted = new ArrayList<>(List.of(Period.month(2022, 1), Period.quarter(2022, 1),
                Period.half(2022, 2), Period.year(2022), Period.half(2022, 1), Period.month(2021, 12),
                Period.year(2021), Period.quarter(2022, 3), Period.month(2022, 7)));
        sorted.sort(null);
        assertEquals(List.of(Period.year(2021), Period.month(2021, 12), Period.year(2022), Period.half(2022, 1),
                Period.quarter(2022, 1), Period.month(2022, 1), Period.half(2022, 2), Period.quarter(2022, 3),
                Period.month(2022, 7)), sorted);
    }

    @Test
    void compareToIsConsistentWithEquals() {
        assertEquals(0, Period.parse("2022-Q2").compareTo(Period.quarter(2022, 2)));
        assertTrue(Period.year(2022).compareTo(Period.half(2022, 1)) < 0);
        assertTrue(Period.half(2022, 1).compareTo(Period.year(2022)) > 0);
        assertTrue(Period.month(2022, 12).compareTo(Period.year(2023)) < 0);
    }

    @Test
    void periodKinds() {
        assertEquals(1, PeriodKind.YEAR.perYear());
        assertEquals(2, PeriodKind.HALF.perYear());
        assertEquals(4, PeriodKind.QUARTER.perYear());
        assertEquals(12, PeriodKind.MONTH.perYear());
        assertEquals(6, PeriodKind.HALF.monthsLong());
    }
}
