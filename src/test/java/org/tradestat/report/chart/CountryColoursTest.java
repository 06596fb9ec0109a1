package org.tradestat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradestat.report.chart.ChartTestData.level;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.Indicator;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;

class CountryColoursTest {

    private static final List<Indicator> KOREA = List.of(
            level("KOR", "KAZ", "turnover", "2023", 6_000_000_000d),
            level("KOR", "KAZ", "turnover", "2024", 6_500_000_000d),
            level("KOR", "CHN", "turnover", "2024", 250_000_000_000d),
            level("KOR", "UZB", "turnover", "2024", 2_000_000_000d),
            level("KGZ", "KOR", "turnover", "2024", 500_000_000d),
            level("KOR", "TJK", "export", "2024", 60_000_000d));

    @Test
    void aCountryHasOneColourWhicheverChartAndSideOfThePairItIsOn() {
        CountryColours colours = CountryColours.of(TradeFacts.of(KOREA));
        // KOR is in every pair: a pair takes the colour of its other country, reporter or partner
        assertThat(colours.of(new Pair("KOR", "KAZ"))).isEqualTo(colours.of("KAZ"));
        assertThat(colours.of(new Pair("KGZ", "KOR"))).isEqualTo(colours.of("KGZ"));
        // the same figures in another order give the same colours (each chart computes them on its own)
        List<Indicator> reversed = new java.util.ArrayList<>(KOREA);
        java.util.Collections.reverse(reversed);
        CountryColours again = CountryColours.of(TradeFacts.of(reversed));
        for (String country : List.of("CHN", "KAZ", "UZB", "KGZ", "TJK")) {
            assertThat(again.of(country)).as(country).isEqualTo(colours.of(country));
        }
    }

    @Test
    void theLargestPartnersTakeTheFirstColoursOfThePalette() {
        CountryColours colours = CountryColours.of(TradeFacts.of(KOREA));
        // turnover over all periods: CHN 250 bn, KAZ 12.5 bn, UZB 2 bn, KGZ 0.5 bn; TJK has exports only
        assertThat(List.of(colours.of("CHN"), colours.of("KAZ"), colours.of("UZB"), colours.of("KGZ"), colours.of("TJK")))
                .isEqualTo(ChartStyle.PALETTE.subList(0, 5));
    }
}
