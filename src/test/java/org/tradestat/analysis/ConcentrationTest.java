package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class ConcentrationTest {

    private static Indicator turnover(String reporter, String partner, String commodity, String period, String usd,
                                      Flag... flags) {
        return level(reporter, partner, "turnover", commodity, period, usd, flags);
    }

    private static Indicator level(String reporter, String partner, String measure, String commodity, String period,
                                   String usd, Flag... flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, measure, commodity), period, "level",
                new BigDecimal(usd), Unit.USD, "", Set.of(flags));
    }

    /** reporter, partner, commodity, period, indicator, value as indicators.csv writes it, flags. */
    private static List<String> lines(List<Indicator> indicators) {
        return indicators.stream().map(i -> String.join(" ", i.series().reporter(), i.series().partner(),
                i.series().commodity(), i.period(), i.name(), i.valueText(), i.flagsText()).trim()).toList();
    }

    /** Korea's turnover with Central Asia in 2023: shares 0.6, 0.1, 0.05, 0.05, 0.2. */
    private static List<Indicator> korea2023() {
        return new ArrayList<>(List.of(
                turnover("KOR", "KAZ", "TOTAL", "2023", "600"),
                turnover("KOR", "KGZ", "TOTAL", "2023", "100"),
                turnover("KOR", "TJK", "TOTAL", "2023", "50"),
                turnover("KOR", "TKM", "TOTAL", "2023", "50"),
                turnover("KOR", "UZB", "TOTAL", "2023", "200")));
    }

    @Test
    void acrossPartnersIsTheSumOfSquaredSharesAndItsNormalizedForm() {
        List<Indicator> out = Concentration.analyse(korea2023());

        // H = 0.36 + 0.01 + 0.0025 + 0.0025 + 0.04 = 0.415; normalized (0.415 - 1/5) / (1 - 1/5) = 0.215 / 0.8 = 0.26875
        assertEquals(List.of(
                "KOR * TOTAL 2023 hhi 0.415",
                "KOR * TOTAL 2023 hhi_normalized 0.26875"), lines(out));
        Indicator hhi = out.get(0);
        assertEquals(new SeriesKey(Dataset.TRADE, "KOR", "*", "turnover", "TOTAL"), hhi.series());
        assertEquals(Unit.RATIO, hhi.unit());
        assertEquals("", hhi.basis());
        assertEquals(0, new BigDecimal("0.415").compareTo(hhi.value()));
        assertEquals(0, new BigDecimal("0.26875").compareTo(out.get(1).value()));
        assertEquals(Unit.RATIO, out.get(1).unit());
    }

    @Test
    void theWorldAndGroupAggregatesAreNotPartners() {
        List<Indicator> levels = korea2023();
        levels.add(turnover("KOR", "WLD", "TOTAL", "2023", "50000"));
        levels.add(turnover("KOR", "CENTRAL_ASIA", "TOTAL", "2023", "1000"));
        levels.add(turnover("KOR", "EUU", "TOTAL", "2023", "7000"));

        assertEquals(List.of(
                "KOR * TOTAL 2023 hhi 0.415",
                "KOR * TOTAL 2023 hhi_normalized 0.26875"), lines(Concentration.analyse(levels)));
    }

    @Test
    void equalPartnersAreNotConcentrated() {
        List<Indicator> out = Concentration.analyse(List.of(
                turnover("KOR", "KAZ", "TOTAL", "2023", "7"),
                turnover("KOR", "UZB", "TOTAL", "2023", "7"),
                turnover("KOR", "KGZ", "TOTAL", "2023", "7")));

        // three shares of 1/3: H = 3 / 9, normalized (1/3 - 1/3) / (2/3) = 0
        assertEquals(new BigDecimal("0.3333333333333333"), out.get(0).value());
        assertEquals(0, BigDecimal.ZERO.compareTo(out.get(1).value()));
    }

    @Test
    void oneTradingPartnerGivesNoIndex() {
        assertEquals(List.of(), Concentration.analyse(List.of(
                turnover("KOR", "KAZ", "TOTAL", "2023", "600"),
                turnover("KOR", "WLD", "TOTAL", "2023", "9000"))));
        // a partner with zero turnover is not a trading partner
        assertEquals(List.of(), Concentration.analyse(List.of(
                turnover("KOR", "KAZ", "TOTAL", "2023", "600"),
                turnover("KOR", "UZB", "TOTAL", "2023", "0"))));
    }

    @Test
    void acrossCommoditiesUsesTheTopLevelCodesAndNotTheTotal() {
        List<Indicator> out = Concentration.analyse(List.of(
                turnover("KOR", "KGZ", "TOTAL", "2023", "1000"),
                turnover("KOR", "KGZ", "27", "2023", "300"),
                turnover("KOR", "KGZ", "87", "2023", "500"),
                turnover("KOR", "KGZ", "8703", "2023", "400"),
                turnover("KOR", "KGZ", "84", "2023", "200")));

        // shares 0.3, 0.5, 0.2 (8703 lies inside 87): H = 0.09 + 0.25 + 0.04 = 0.38; (0.38 - 1/3) / (2/3) = 0.07
        assertEquals(List.of(
                "KOR KGZ * 2023 hhi 0.38",
                "KOR KGZ * 2023 hhi_normalized 0.07"), lines(out));
        assertEquals(new SeriesKey(Dataset.TRADE, "KOR", "KGZ", "turnover", "*"), out.get(0).series());
    }

    @Test
    void acrossCommoditiesAlsoForTheWorldAsPartner() {
        List<Indicator> out = Concentration.analyse(List.of(
                turnover("KGZ", "WLD", "27", "2022", "900"),
                turnover("KGZ", "WLD", "71", "2022", "100")));

        // 0.81 + 0.01 = 0.82; (0.82 - 0.5) / 0.5 = 0.64
        assertEquals(List.of(
                "KGZ WLD * 2022 hhi 0.82",
                "KGZ WLD * 2022 hhi_normalized 0.64"), lines(out));
    }

    @Test
    void derivedPartsMakeTheIndexDerivedAndBoundsMakeItApproximate() {
        List<Indicator> levels = korea2023();
        levels.set(0, turnover("KOR", "KAZ", "TOTAL", "2023", "600", Flag.AT_LEAST));
        levels.set(1, turnover("KOR", "KGZ", "TOTAL", "2023", "100", Flag.DERIVED));

        List<Indicator> out = Concentration.analyse(levels);

        assertEquals(Set.of(Flag.DERIVED, Flag.APPROX), out.get(0).flags());
        assertEquals(Set.of(Flag.DERIVED, Flag.APPROX), out.get(1).flags());
        assertEquals(Set.of(), Concentration.analyse(korea2023()).get(0).flags());
    }

    @Test
    void onlyTurnoverLevelsAreUsed() {
        List<Indicator> levels = new ArrayList<>(List.of(
                level("KOR", "KAZ", "export", "TOTAL", "2023", "600"),
                level("KOR", "UZB", "export", "TOTAL", "2023", "200"),
                new Indicator(SeriesKey.trade("KOR", "KAZ", "turnover", "TOTAL"), "2023", "yoy_abs",
                        BigDecimal.TEN, Unit.USD, "2022", Set.of()),
                new Indicator(SeriesKey.trade("KOR", "UZB", "turnover", "TOTAL"), "2023", "yoy_abs",
                        BigDecimal.ONE, Unit.USD, "2022", Set.of())));

        assertEquals(List.of(), Concentration.analyse(levels));
    }

    @Test
    void indicesAreOrderedByReporterPartnerCommodityAndPeriod() {
        List<Indicator> levels = new ArrayList<>();
        levels.add(turnover("KOR", "KGZ", "27", "2022", "1"));
        levels.add(turnover("KOR", "KGZ", "87", "2022", "1"));
        levels.add(turnover("KOR", "KAZ", "TOTAL", "2023", "1"));
        levels.add(turnover("KOR", "UZB", "TOTAL", "2023", "1"));
        levels.add(turnover("KOR", "KAZ", "TOTAL", "2022-H1", "1"));
        levels.add(turnover("KOR", "UZB", "TOTAL", "2022-H1", "3"));
        levels.add(turnover("KAZ", "KOR", "TOTAL", "2022", "1"));
        levels.add(turnover("KAZ", "CHN", "TOTAL", "2022", "1"));

        // 2022-H1: shares 1/4 and 3/4, H = 1/16 + 9/16 = 0.625, normalized (0.625 - 0.5) / 0.5 = 0.25
        assertEquals(List.of(
                "KAZ * TOTAL 2022 hhi 0.5",
                "KAZ * TOTAL 2022 hhi_normalized 0",
                "KOR * TOTAL 2022-H1 hhi 0.625",
                "KOR * TOTAL 2022-H1 hhi_normalized 0.25",
                "KOR * TOTAL 2023 hhi 0.5",
                "KOR * TOTAL 2023 hhi_normalized 0",
                "KOR KGZ * 2022 hhi 0.5",
                "KOR KGZ * 2022 hhi_normalized 0"), lines(Concentration.analyse(levels)));
    }
}
