package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

class EngagementAnalysisTest {

    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    /** An event on a known day, or known only by its period when {@code date} is a period such as 2022 or 2022-09. */
    private static EngagementEvent event(String date, String a, String b, String category, String level, int count) {
        if (date.length() == 10) {
            LocalDate day = LocalDate.parse(date);
            return new EngagementEvent(day, Period.month(day.getYear(), day.getMonthValue()), a, b, category, level,
                    "title", count, "source");
        }
        return new EngagementEvent(null, Period.parse(date), a, b, category, level, "title", count, "source");
    }

    private static EngagementEvent visit(String date, String level) {
        return event(date, "KOR", "KGZ", "visit", level, 1);
    }

    /** reporter, partner, measure, period, indicator, value as indicators.csv writes it, basis, flags. */
    private static List<String> lines(List<Indicator> indicators) {
        return indicators.stream().map(i -> String.join(" ", i.series().reporter(), i.series().partner(),
                i.series().measure(), i.period(), i.name(), i.valueText(), i.basis(), i.flagsText())
                .trim().replaceAll(" +", " ")).toList();
    }

    /** "reporter partner measure" to its yearly counts as "year:count", years in order. */
    private static Map<String, String> yearlyCounts(List<Indicator> indicators) {
        Map<String, String> out = new TreeMap<>();
        for (Indicator i : indicators) {
            if (i.name().equals("level")) {
                out.merge(String.join(" ", i.series().reporter(), i.series().partner(), i.series().measure()),
                        i.period() + ":" + i.valueText(), (a, b) -> a + " " + b);
            }
        }
        return out;
    }

    private static List<Indicator> yearsSince(List<Indicator> indicators) {
        return indicators.stream().filter(i -> i.name().equals("years_since_previous")).toList();
    }

    /** The events of the seed articles (SPEC 9), with the pair written in either order. */
    private static List<EngagementEvent> seedEvents() {
        List<EngagementEvent> events = new ArrayList<>();
        events.add(event("2017-09-28", "KGZ", "KOR", "forum", "expert", 1));
        events.add(event("2019", "KGZ", "KOR", "agreement", "expert", 1));
        events.add(event("2019", "KOR", "KGZ", "visit", "ambassador", 1));
        for (int i = 0; i < 5; i++) {
            events.add(event("2022", "KGZ", "KOR", "visit", "minister", 1));
            events.add(event("2022", "KOR", "KGZ", "cultural", "", 1));
        }
        events.add(event("2022-09", "KGZ", "KOR", "business", "", 1));
        events.add(event("2024-11-11", "KOR", "KAZ", "forum", "expert", 1));
        events.add(event("2024-12-03", "KGZ", "KOR", "visit", "head_of_state", 1));
        events.add(event("2024-12-03", "KGZ", "KOR", "agreement", "head_of_state", 10));
        return events;
    }

    @Test
    void countsTheSeedEventsPerYearByCategoryInAllAndByLevelWithZeroYears() {
        List<Indicator> out = EngagementAnalysis.analyse(seedEvents(), END_2024);

        // KGZ–KOR has events from 2017 to 2024: each of its categories and levels has a count in each of those years
        assertEquals(Map.ofEntries(
                Map.entry("KAZ KOR all", "2024:1"),
                Map.entry("KAZ KOR forum", "2024:1"),
                Map.entry("KAZ KOR level:expert", "2024:1"),
                // 10 documents signed at the Seoul summit
                Map.entry("KGZ KOR agreement", "2017:0 2018:0 2019:1 2020:0 2021:0 2022:0 2023:0 2024:10"),
                // 2022: 5 visits + 5 cultural + 1 business forum; 2024: 1 visit + 10 agreements
                Map.entry("KGZ KOR all", "2017:1 2018:0 2019:2 2020:0 2021:0 2022:11 2023:0 2024:11"),
                Map.entry("KGZ KOR business", "2017:0 2018:0 2019:0 2020:0 2021:0 2022:1 2023:0 2024:0"),
                Map.entry("KGZ KOR cultural", "2017:0 2018:0 2019:0 2020:0 2021:0 2022:5 2023:0 2024:0"),
                Map.entry("KGZ KOR forum", "2017:1 2018:0 2019:0 2020:0 2021:0 2022:0 2023:0 2024:0"),
                Map.entry("KGZ KOR level:ambassador", "2017:0 2018:0 2019:1 2020:0 2021:0 2022:0 2023:0 2024:0"),
                Map.entry("KGZ KOR level:expert", "2017:1 2018:0 2019:1 2020:0 2021:0 2022:0 2023:0 2024:0"),
                Map.entry("KGZ KOR level:head_of_state", "2017:0 2018:0 2019:0 2020:0 2021:0 2022:0 2023:0 2024:11"),
                Map.entry("KGZ KOR level:minister", "2017:0 2018:0 2019:0 2020:0 2021:0 2022:5 2023:0 2024:0"),
                Map.entry("KGZ KOR visit", "2017:0 2018:0 2019:1 2020:0 2021:0 2022:5 2023:0 2024:1")),
                yearlyCounts(out));
        assertEquals(3 + 10 * 8, out.size(), "no years_since_previous: no line has two events dated to the day");
        for (Indicator i : out) {
            assertEquals(Dataset.ENGAGEMENT, i.series().dataset());
            assertEquals("", i.series().commodity());
            assertEquals(Unit.COUNT, i.unit());
            assertEquals("", i.basis());
            assertEquals(Set.of(), i.flags());
        }
        // in indicators.csv order: pair, measure, then year
        assertEquals(List.of("KAZ KOR all 2024 level 1", "KAZ KOR forum 2024 level 1",
                "KAZ KOR level:expert 2024 level 1", "KGZ KOR agreement 2017 level 0", "KGZ KOR agreement 2018 level 0",
                "KGZ KOR agreement 2019 level 1"), lines(out).subList(0, 6));
    }

    @Test
    void zeroYearsRunFromThePairsFirstToItsLastYearWithAnEventNotOverTheRunsRange() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                event("2015-03-01", "KAZ", "KOR", "forum", "", 2),
                event("2018", "KAZ", "KOR", "visit", "minister", 1),
                event("2021-05-05", "KGZ", "KOR", "business", "", 4),
                event("2022", "KGZ", "KOR", "business", "", 1),
                event("2025-01-10", "KAZ", "KOR", "forum", "", 1)), END_2024);

        // KAZ–KOR 2015–2018 (the 2025 forum is after the run date), KGZ–KOR 2021–2022: never the run's 2015–2022
        assertEquals(Map.of(
                "KAZ KOR all", "2015:2 2016:0 2017:0 2018:1",
                "KAZ KOR forum", "2015:2 2016:0 2017:0 2018:0",
                "KAZ KOR level:minister", "2015:0 2016:0 2017:0 2018:1",
                "KAZ KOR visit", "2015:0 2016:0 2017:0 2018:1",
                "KGZ KOR all", "2021:4 2022:1",
                "KGZ KOR business", "2021:4 2022:1"), yearlyCounts(out));
    }

    @Test
    void aYearThatHasNotEndedGetsNoZeroEither() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                event("2022-03-01", "KGZ", "KOR", "forum", "", 1),
                event("2024-06-01", "KGZ", "KOR", "forum", "", 1)), LocalDate.of(2024, 12, 10));

        // 2024 has not ended: the span is 2022–2022, whatever happened in 2024 so far
        assertEquals(Map.of("KGZ KOR all", "2022:1", "KGZ KOR forum", "2022:1"), yearlyCounts(out));
    }

    @Test
    void theKyrgyzPresidentsVisitIsTheFirstInElevenYears() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                visit("2013-11-01", "head_of_state"), visit("2024-12-03", "head_of_state")), END_2024);

        List<Indicator> since = yearsSince(out);
        assertEquals(1, since.size());
        Indicator gap = since.get(0);
        assertEquals(new SeriesKey(Dataset.ENGAGEMENT, "KGZ", "KOR", "visit:head_of_state", ""), gap.series());
        assertEquals("2024-12-03", gap.period());
        assertEquals("2013-11-01", gap.basis());
        assertEquals(Unit.YEARS, gap.unit());
        assertEquals(Set.of(), gap.flags());
        // 2013-11-01 to 2024-11-01 is 11 * 365 + 3 leap days (2016, 2020, 2024) = 4018 days, + 32 to 2024-12-03 = 4050
        assertEquals(new BigDecimal("11.08829568788501"), gap.value());
        assertEquals(new BigDecimal("11.09"), gap.value().setScale(2, RoundingMode.HALF_UP));
        assertEquals("11.088296", gap.valueText());
    }

    @Test
    void measuresTheLatestEventFromTheOneJustBeforeIt() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                visit("2016-06-01", "minister"), visit("2010-01-01", "minister"), visit("2015-06-01", "minister")),
                END_2024);

        // 2015-06-01 to 2016-06-01 spans 29 Feb 2016: 366 days
        assertEquals(List.of("KGZ KOR visit:minister 2016-06-01 years_since_previous 1.002053 2015-06-01"),
                lines(yearsSince(out)));
        assertEquals(new BigDecimal("1.002053388090349"), yearsSince(out).get(0).value());
    }

    @Test
    void severalRowsOnOneDayAreOneOccasion() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                visit("2020-03-01", "minister"), visit("2022-03-01", "minister"), visit("2022-03-01", "minister")),
                END_2024);

        // 2020-03-01 to 2022-03-01: 365 + 365 = 730 days, not 0 days between the two rows of 2022-03-01
        assertEquals(List.of("KGZ KOR visit:minister 2022-03-01 years_since_previous 1.998631 2020-03-01"),
                lines(yearsSince(out)));
        assertTrue(lines(out).contains("KGZ KOR visit 2022 level 2"), () -> lines(out).toString());
    }

    @Test
    void aDateKnownOnlyToTheMonthCountsFromItsFirstDayAndIsFlaggedApprox() {
        List<Indicator> dayThenMonth = EngagementAnalysis.analyse(List.of(
                visit("2022-05-17", "minister"), visit("2023-03", "minister")), END_2024);
        // 2022-05-17 to 2023-03-01: 15 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 31 + 28 = 288 days; 288 / 365.25
        assertEquals(List.of("KGZ KOR visit:minister 2023-03 years_since_previous 0.788501 2022-05-17 approx"),
                lines(yearsSince(dayThenMonth)));
        assertEquals(Set.of(Flag.APPROX), yearsSince(dayThenMonth).get(0).flags());

        List<Indicator> monthThenDay = EngagementAnalysis.analyse(List.of(
                visit("2022-09", "minister"), visit("2023-09-01", "minister")), END_2024);
        // 2022-09-01 to 2023-09-01: 365 days, 0.999316 years
        assertEquals(List.of("KGZ KOR visit:minister 2023-09-01 years_since_previous 0.999316 2022-09 approx"),
                lines(yearsSince(monthThenDay)));
    }

    @Test
    void anEventKnownOnlyByItsYearIsNeverThePreviousOneAndGivesNoTime() {
        // the old rule took 2019-01-01 for the 2019 visit: 3.37 years to 2022-05-17, from a day nobody knows
        assertEquals(List.of(), yearsSince(EngagementAnalysis.analyse(List.of(
                visit("2019", "minister"), visit("2022-05-17", "minister")), END_2024)));
        // a 2024 visit may have come before or after 2024-12-03: the one before 2024-12-03 is that of 2013-11-01
        assertEquals(List.of("KGZ KOR visit:head_of_state 2024-12-03 years_since_previous 11.088296 2013-11-01"),
                lines(yearsSince(EngagementAnalysis.analyse(List.of(visit("2013-11-01", "head_of_state"),
                        visit("2024", "head_of_state"), visit("2024-12-03", "head_of_state")), END_2024))));
        // a 2019 visit surely came between 2013-11-01 and 2024-12-03: the time since it is not known to the day
        assertEquals(List.of(), yearsSince(EngagementAnalysis.analyse(List.of(visit("2013-11-01", "head_of_state"),
                visit("2019", "head_of_state"), visit("2024-12-03", "head_of_state")), END_2024)));
        // a visit in the second half of 2024 came after 2024-03-05: the latest visit has no known day
        assertEquals(List.of(), yearsSince(EngagementAnalysis.analyse(List.of(visit("2013-11-01", "head_of_state"),
                visit("2024-03-05", "head_of_state"), visit("2024-H2", "head_of_state")), END_2024)));
        // a 2013 visit may have come after 2013-11-01: the previous one of 2024-12-03 is not known to the day
        assertEquals(List.of(), yearsSince(EngagementAnalysis.analyse(List.of(visit("2013-11-01", "head_of_state"),
                visit("2013", "head_of_state"), visit("2024-12-03", "head_of_state")), END_2024)));
        // but one in 2012 came before 2013-11-01, which stays the previous one
        assertEquals(List.of("KGZ KOR visit:head_of_state 2024-12-03 years_since_previous 11.088296 2013-11-01"),
                lines(yearsSince(EngagementAnalysis.analyse(List.of(visit("2012", "head_of_state"),
                        visit("2013-11-01", "head_of_state"), visit("2024-12-03", "head_of_state")), END_2024))));
    }

    @Test
    void aKnownDayWinsOverAMonthStartingThatDay() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                visit("2020-03-01", "minister"), visit("2022-03-01", "minister"), visit("2022-03", "minister")),
                END_2024);

        // one occasion on 2022-03-01, shown by its day and not approximate: 730 days after 2020-03-01
        assertEquals(List.of("KGZ KOR visit:minister 2022-03-01 years_since_previous 1.998631 2020-03-01"),
                lines(yearsSince(out)));
    }

    @Test
    void eachCategoryAndLevelIsItsOwnLineOfEvents() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                visit("2013-11-01", "head_of_state"),
                visit("2020-05-05", "minister"),
                event("2021-06-01", "KGZ", "KOR", "agreement", "head_of_state", 2),
                event("2024-12-03", "KGZ", "KOR", "agreement", "head_of_state", 10),
                event("2018-01-01", "KGZ", "KOR", "forum", "", 1),
                event("2019-01-01", "KGZ", "KOR", "forum", "", 1)), END_2024);

        // visits at two different levels are not a line; forums without a level have no years_since_previous
        // 2021-06-01 to 2024-06-01 = 365 + 365 + 366 = 1096 days, + 30 + 31 + 31 + 30 + 31 + 30 + 2 = 1281 days
        assertEquals(List.of("KGZ KOR agreement:head_of_state 2024-12-03 years_since_previous 3.507187 2021-06-01"),
                lines(yearsSince(out)));
    }

    @Test
    void theRunDateLeavesOutLaterEventsAndYearsThatHaveNotEnded() {
        List<EngagementEvent> events = List.of(
                visit("2013-11-01", "head_of_state"), visit("2024-12-03", "head_of_state"),
                visit("2024", "minister"), visit("2025-01-10", "minister"));

        // the visit of 2024-12-03 has happened by 2024-12-10, but the year 2024 has not ended
        List<Indicator> tenth = EngagementAnalysis.analyse(events, LocalDate.of(2024, 12, 10));
        assertEquals(Map.of("KGZ KOR all", "2013:1", "KGZ KOR level:head_of_state", "2013:1", "KGZ KOR visit", "2013:1"),
                yearlyCounts(tenth));
        assertEquals(List.of("KGZ KOR visit:head_of_state 2024-12-03 years_since_previous 11.088296 2013-11-01"),
                lines(yearsSince(tenth)));
        // the day before the visit there is one head-of-state visit only
        assertEquals(List.of(), yearsSince(EngagementAnalysis.analyse(events, LocalDate.of(2024, 12, 2))));
        // at the end of 2024 the undated 2024 visit counts, the 2025 one does not; 2014 to 2023 had no visit
        List<Indicator> end = EngagementAnalysis.analyse(events, END_2024);
        String none = " 2014:0 2015:0 2016:0 2017:0 2018:0 2019:0 2020:0 2021:0 2022:0 2023:0 ";
        assertEquals(Map.of(
                "KGZ KOR all", "2013:1" + none + "2024:2",
                "KGZ KOR level:head_of_state", "2013:1" + none + "2024:1",
                "KGZ KOR level:minister", "2013:0" + none + "2024:1",
                "KGZ KOR visit", "2013:1" + none + "2024:2"), yearlyCounts(end));
        assertEquals(List.of("KGZ KOR visit:head_of_state 2024-12-03 years_since_previous 11.088296 2013-11-01"),
                lines(yearsSince(end)));
    }

    @Test
    void theSameRelationWrittenEitherWayIsOnePair() {
        List<Indicator> out = EngagementAnalysis.analyse(List.of(
                event("2022-03-01", "UZB", "KOR", "business", "", 3),
                event("2022-04-01", "KOR", "UZB", "business", "", 4)), END_2024);

        assertEquals(List.of("KOR UZB all 2022 level 7", "KOR UZB business 2022 level 7"), lines(out));
    }

    @Test
    void noEventsGiveNoIndicators() {
        assertEquals(List.of(), EngagementAnalysis.analyse(List.of(), END_2024));
    }
}
