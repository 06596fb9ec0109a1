package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class SharesTest {

    private static final Map<String, List<String>> CENTRAL_ASIA =
            Map.of("CENTRAL_ASIA", List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"));

    private static Indicator turnover(String reporter, String partner, String period, String usd, Flag... flags) {
        return level(reporter, partner, "turnover", "TOTAL", period, usd, flags);
    }

    private static Indicator level(String reporter, String partner, String measure, String commodity, String period,
                                   String usd, Flag... flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, measure, commodity), period, "level",
                new BigDecimal(usd), Unit.USD, "", Set.of(flags));
    }

    /** Korea's turnover with each Central Asian country in 2023: 600 + 100 + 50 + 50 + 200 = 1000. */
    private static List<Indicator> korea2023() {
        return new ArrayList<>(List.of(
                turnover("KOR", "UZB", "2023", "200"),
                turnover("KOR", "KAZ", "2023", "600"),
                turnover("KOR", "KGZ", "2023", "100"),
                turnover("KOR", "TJK", "2023", "50"),
                turnover("KOR", "TKM", "2023", "50")));
    }

    /** reporter, partner, period, indicator, value as indicators.csv writes it, basis, flags. */
    private static List<String> lines(List<Indicator> indicators) {
        return indicators.stream().map(i -> String.join(" ", i.series().reporter(), i.series().partner(), i.period(),
                i.name(), i.valueText(), i.basis(), i.flagsText()).trim()).toList();
    }

    @Test
    void eachMembersShareOfTheSumOfTheMembers() {
        Shares.Result result = Shares.analyse(korea2023(), CENTRAL_ASIA);

        assertEquals(List.of(
                "KOR KAZ 2023 share_pct 60 CENTRAL_ASIA",
                "KOR KGZ 2023 share_pct 10 CENTRAL_ASIA",
                "KOR TJK 2023 share_pct 5 CENTRAL_ASIA",
                "KOR TKM 2023 share_pct 5 CENTRAL_ASIA",
                "KOR UZB 2023 share_pct 20 CENTRAL_ASIA"), lines(result.indicators()));
        assertEquals(List.of(), result.notComputed());
        Indicator kaz = result.indicators().get(0);
        assertEquals(new SeriesKey(Dataset.TRADE, "KOR", "KAZ", "turnover", "TOTAL"), kaz.series());
        assertEquals(Unit.PERCENT, kaz.unit());
        assertEquals(0, new BigDecimal("60").compareTo(kaz.value()));
    }

    @Test
    void sharesThatDoNotDivideEvenlyKeepSixteenDigits() {
        Shares.Result result = Shares.analyse(List.of(
                        turnover("KOR", "KAZ", "2023", "1"), turnover("KOR", "UZB", "2023", "2")),
                Map.of("PAIR", List.of("KAZ", "UZB")));

        // 1 / 3 and 2 / 3 of 100
        assertEquals(new BigDecimal("33.33333333333333"), result.indicators().get(0).value());
        assertEquals(new BigDecimal("66.66666666666667"), result.indicators().get(1).value());
    }

    @Test
    void aGroupWithMissingMembersGivesASentenceAndNoShares() {
        // SPEC 9: only the Kyrgyz turnover of 2022 is known
        Shares.Result result = Shares.analyse(List.of(turnover("KOR", "KGZ", "2022", "370000000")), CENTRAL_ASIA);

        assertEquals(List.of(), result.indicators());
        assertEquals(List.of("No shares of South Korea's trade with Central Asia in 2022: no turnover figure "
                + "for Kazakhstan, Tajikistan, Turkmenistan or Uzbekistan."),
                result.notComputed());
    }

    @Test
    void theSentenceOfSharesNotComputedNamesCountriesGroupsAndPeriodsInWords() {
        // what the Shares sheet shows a manager: names, not KOR, CENTRAL_ASIA or 2024-H2 and 2026-07
        Shares.Result result = Shares.analyse(List.of(turnover("KOR", "KAZ", "2024-H2", "500"),
                turnover("KOR", "KAZ", "2026-07", "50"), turnover("KOR", "KGZ", "2026-07", "5"),
                turnover("KOR", "UZB", "2026-07", "7")), CENTRAL_ASIA);
        assertEquals(List.of("No shares of South Korea's trade with Central Asia in the second half of 2024: no "
                        + "turnover figure for Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan.",
                "No shares of South Korea's trade with Central Asia in July 2026: no turnover figure for Tajikistan "
                        + "or Turkmenistan."),
                result.notComputed());
    }

    @Test
    void onePeriodMissingAMemberDoesNotStopTheOthers() {
        List<Indicator> levels = korea2023();
        levels.add(turnover("KOR", "KAZ", "2022", "500"));
        levels.add(turnover("KOR", "UZB", "2022", "100"));

        Shares.Result result = Shares.analyse(levels, CENTRAL_ASIA);

        assertEquals(5, result.indicators().size());
        assertEquals(List.of("No shares of South Korea's trade with Central Asia in 2022: no turnover figure "
                + "for Kyrgyzstan, Tajikistan or Turkmenistan."),
                result.notComputed());
    }

    @Test
    void aReporterInTheGroupIsNotItsOwnPartner() {
        Shares.Result result = Shares.analyse(List.of(
                turnover("KAZ", "KGZ", "2023", "30"),
                turnover("KAZ", "TJK", "2023", "10"),
                turnover("KAZ", "TKM", "2023", "20"),
                turnover("KAZ", "UZB", "2023", "40")), CENTRAL_ASIA);

        assertEquals(List.of(
                "KAZ KGZ 2023 share_pct 30 CENTRAL_ASIA",
                "KAZ TJK 2023 share_pct 10 CENTRAL_ASIA",
                "KAZ TKM 2023 share_pct 20 CENTRAL_ASIA",
                "KAZ UZB 2023 share_pct 40 CENTRAL_ASIA"), lines(result.indicators()));
        assertEquals(List.of(), result.notComputed());
    }

    @Test
    void noSentenceWhereNoMemberHasAFigure() {
        Shares.Result result = Shares.analyse(List.of(
                turnover("KOR", "WLD", "2021", "5000"),
                turnover("KOR", "CENTRAL_ASIA", "2021", "1000"),
                turnover("KOR", "JPN", "2022", "800")), CENTRAL_ASIA);

        assertEquals(List.of(), result.indicators());
        assertEquals(List.of(), result.notComputed());
    }

    @Test
    void theGroupAggregateIsNeitherTheDenominatorNorAMember() {
        List<Indicator> levels = korea2023();
        levels.add(turnover("KOR", "CENTRAL_ASIA", "2023", "2000"));
        levels.add(turnover("KOR", "WLD", "2023", "90000"));

        Shares.Result result = Shares.analyse(levels, CENTRAL_ASIA);

        // still 600 / 1000, not 600 / 2000 nor 600 / 3000
        assertEquals(List.of(
                "KOR KAZ 2023 share_pct 60 CENTRAL_ASIA",
                "KOR KGZ 2023 share_pct 10 CENTRAL_ASIA",
                "KOR TJK 2023 share_pct 5 CENTRAL_ASIA",
                "KOR TKM 2023 share_pct 5 CENTRAL_ASIA",
                "KOR UZB 2023 share_pct 20 CENTRAL_ASIA"), lines(result.indicators()));
    }

    @Test
    void anAggregateThatDiffersFromItsMembersByMoreThanHalfAPercentIsWarnedAbout() {
        List<Indicator> close = korea2023();
        close.add(turnover("KOR", "CENTRAL_ASIA", "2023", "1005")); // exactly 0.5% above 1000
        assertEquals(List.of(), Shares.aggregateGaps(close, CENTRAL_ASIA));

        List<Indicator> below = korea2023();
        below.add(turnover("KOR", "CENTRAL_ASIA", "2023", "994.9")); // 0.51% below
        assertEquals(1, Shares.aggregateGaps(below, CENTRAL_ASIA).size());

        List<Indicator> far = korea2023();
        far.add(turnover("KOR", "CENTRAL_ASIA", "2023", "2000"));
        assertEquals(List.of(new QualityWarning("group aggregate differs from its members",
                "KOR's turnover with CENTRAL_ASIA in 2023 is 2000 as reported for the group, but 1000 as the sum of its"
                        + " members; shares use the sum of the members")), Shares.aggregateGaps(far, CENTRAL_ASIA));
    }

    @Test
    void approximateOrDerivedInputsMakeEveryShareApproximateOrDerived() {
        List<Indicator> levels = new ArrayList<>(List.of(
                turnover("KOR", "KAZ", "2023", "600", Flag.APPROX),
                turnover("KOR", "KGZ", "2023", "100", Flag.DERIVED),
                turnover("KOR", "TJK", "2023", "50"),
                turnover("KOR", "TKM", "2023", "50"),
                turnover("KOR", "UZB", "2023", "200")));

        Shares.Result result = Shares.analyse(levels, CENTRAL_ASIA);

        assertEquals(List.of(
                "KOR KAZ 2023 share_pct 60 CENTRAL_ASIA derived|approx",
                "KOR KGZ 2023 share_pct 10 CENTRAL_ASIA derived|approx",
                "KOR TJK 2023 share_pct 5 CENTRAL_ASIA derived|approx",
                "KOR TKM 2023 share_pct 5 CENTRAL_ASIA derived|approx",
                "KOR UZB 2023 share_pct 20 CENTRAL_ASIA derived|approx"), lines(result.indicators()));
    }

    @Test
    void aLowerBoundOnOneMemberBoundsItsShareFromBelowAndTheOthersFromAbove() {
        List<Indicator> levels = korea2023();
        levels.set(1, turnover("KOR", "KAZ", "2023", "600", Flag.AT_LEAST));

        Shares.Result result = Shares.analyse(levels, CENTRAL_ASIA);

        // KAZ more than 600 means more than 60% for KAZ and less than 10% for KGZ
        assertEquals(Set.of(Flag.AT_LEAST), result.indicators().get(0).flags());
        for (Indicator other : result.indicators().subList(1, 5)) {
            assertEquals(Set.of(Flag.AT_MOST), other.flags(), other.series().partner());
        }
    }

    @Test
    void aSoleMemberHasTheWholeShareWhateverItsFigure() {
        Shares.Result result = Shares.analyse(List.of(turnover("KOR", "JPN", "2023", "800", Flag.APPROX)),
                Map.of("NEIGHBOURS", List.of("KOR", "JPN")));

        assertEquals(List.of("KOR JPN 2023 share_pct 100 NEIGHBOURS"), lines(result.indicators()));
    }

    @Test
    void onlyTurnoverLevelsOfAllGoodsAreUsed() {
        List<Indicator> levels = korea2023();
        for (String member : List.of("KAZ", "KGZ", "TJK", "TKM", "UZB")) {
            levels.add(level("KOR", member, "export", "TOTAL", "2021", "1"));
            levels.add(level("KOR", member, "turnover", "27", "2021", "1"));
            levels.add(new Indicator(SeriesKey.trade("KOR", member, "turnover", "TOTAL"), "2021", "yoy_abs",
                    BigDecimal.ONE, Unit.USD, "2020", Set.of()));
        }

        Shares.Result result = Shares.analyse(levels, CENTRAL_ASIA);

        assertEquals(5, result.indicators().size());
        assertEquals(List.of(), result.notComputed());
    }

    @Test
    void periodsAndGroupsAreSeparateAndOrdered() {
        List<Indicator> levels = new ArrayList<>(List.of(
                turnover("KOR", "KAZ", "2022-H1", "30"), turnover("KOR", "UZB", "2022-H1", "10"),
                turnover("KOR", "KAZ", "2022", "75"), turnover("KOR", "UZB", "2022", "25")));

        Shares.Result result = Shares.analyse(levels, Map.of("G2", List.of("UZB", "KAZ"), "G1", List.of("KAZ")));

        assertEquals(List.of(
                "KOR KAZ 2022 share_pct 100 G1",
                "KOR KAZ 2022 share_pct 75 G2",
                "KOR KAZ 2022-H1 share_pct 100 G1",
                "KOR KAZ 2022-H1 share_pct 75 G2",
                "KOR UZB 2022 share_pct 25 G2",
                "KOR UZB 2022-H1 share_pct 25 G2"), lines(result.indicators()));
    }

    @Test
    void membersWithNoTurnoverAtAllHaveNoShares() {
        Shares.Result result = Shares.analyse(List.of(
                turnover("KOR", "KAZ", "2023", "0"), turnover("KOR", "UZB", "2023", "0")),
                Map.of("PAIR", List.of("KAZ", "UZB")));

        assertEquals(List.of(), result.indicators());
        assertEquals(List.of("No shares of South Korea's trade with PAIR in 2023: the turnover with every member is "
                + "zero."),
                result.notComputed());
    }
}
