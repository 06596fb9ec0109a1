package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.model.TradeFacts;

class HeadlinesTest {

    /** A pair's exports and imports in July 2025 and July 2026, in billions of US dollars. */
    private static List<Indicator> korea(String partner, String export2025, String import2025, String export2026,
                                         String import2026) {
        List<Figure> figures = List.of(figure(partner, "export", "2025-07", export2025),
                figure(partner, "import", "2025-07", import2025), figure(partner, "export", "2026-07", export2026),
                figure(partner, "import", "2026-07", import2026));
        return TradeAnalysis.analyse(figures, LocalDate.of(2026, 8, 31)).indicators();
    }

    private static Figure figure(String partner, String flow, String period, String billions) {
        return new Figure(SeriesKey.trade("KOR", partner, flow, SeriesKey.ALL_GOODS), Period.parse(period),
                new BigDecimal(billions).movePointRight(9), Qualifier.EXACT, null, "test");
    }

    @Test
    void theTotalTheLargestMoversTheDirectionAndTheBalanceInWords() {
        List<Indicator> ind = new ArrayList<>();
        ind.addAll(korea("CHN", "12.0", "13.0", "12.4", "13.4")); // 25.0 -> 25.8
        ind.addAll(korea("USA", "12.0", "7.0", "13.0", "7.5"));   // 19.0 -> 20.5
        ind.addAll(korea("VNM", "6.0", "2.6", "5.9", "2.5"));     // 8.6 -> 8.4
        List<String> lines = Headlines.of(TradeFacts.of(ind), Period.parse("2026-07"));
        // 54.7 against 52.6: +2.1 billion, 3.99%; balances -1.0, +5.5 and +3.4: a surplus of 7.9 billion
        assertEquals(List.of(
                "In July 2026, South Korea\u2019s trade with the 3 partners in this report came to US$ 54.7 billion, "
                        + "4.0% more than a year earlier.",
                "The largest rise was in trade with the United States: up US$ 1.5 billion (7.9%) on July 2025.",
                "The largest fall was in trade with Vietnam: down US$ 200.0 million (2.3%) on July 2025.",
                "On a year earlier, trade rose with 2 of the 3 partners and fell with 1.",
                "With them together, South Korea had a trade surplus of US$ 7.9 billion; its largest deficit was with "
                        + "China (US$ 1.0 billion)."), lines);
    }

    @Test
    void aGroupTotalIsNotAPartnerAndRisingWithAllIsSaidSo() {
        List<Indicator> ind = new ArrayList<>();
        ind.addAll(korea("CHN", "12.0", "13.0", "12.4", "13.4")); // 25.0 -> 25.8
        ind.addAll(korea("USA", "12.0", "7.0", "13.0", "7.5"));   // 19.0 -> 20.5
        ind.addAll(korea("CENTRAL_ASIA", "4.0", "2.0", "4.5", "2.0"));
        List<String> lines = Headlines.of(TradeFacts.of(ind), Period.parse("2026-07"));
        assertEquals(List.of(
                "In July 2026, South Korea\u2019s trade with the 2 partners in this report came to US$ 46.3 billion, "
                        + "5.2% more than a year earlier.", // 44.0 -> 46.3: +2.3, 5.23%
                "The largest rise was in trade with the United States: up US$ 1.5 billion (7.9%) on July 2025.",
                "Trade rose on a year earlier with all 2 partners.",
                "With them together, South Korea had a trade surplus of US$ 4.5 billion; its largest deficit was with "
                        + "China (US$ 1.0 billion)."), lines);
    }

    @Test
    void oneCountryWithOnePartnerHasNoHeadlinesOfItsOwn() {
        List<Indicator> ind = korea("CHN", "12.0", "13.0", "12.4", "13.4");
        assertEquals(List.of(), Headlines.of(TradeFacts.of(ind), Period.parse("2026-07")));
    }

    @Test
    void aPartnerWithoutTheYearEarlierFigureLeavesTheTotalWithoutAChange() {
        List<Indicator> ind = new ArrayList<>(korea("CHN", "12.0", "13.0", "12.4", "13.4"));
        ind.addAll(TradeAnalysis.analyse(List.of(figure("KAZ", "export", "2026-07", "0.5"),
                figure("KAZ", "import", "2026-07", "0.2")), LocalDate.of(2026, 8, 31)).indicators());
        List<String> lines = Headlines.of(TradeFacts.of(ind), Period.parse("2026-07"));
        assertEquals("In July 2026, South Korea\u2019s trade with the 2 partners in this report came to US$ 26.5 "
                + "billion.", lines.get(0));
    }
}
