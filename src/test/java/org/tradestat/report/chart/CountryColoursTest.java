package org.tradestat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradestat.report.chart.ChartTestData.level;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.Indicator;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.ReportModel;

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
        CountryColours colours = CountryColours.of(ReportModel.of(KOREA));
        // KOR is in every pair: a pair takes the colour of its other country, reporter or partner
        assertThat(colours.of(new Pair("KOR", "KAZ"))).isEqualTo(colours.of("KAZ"));
        assertThat(colours.of(new Pair("KGZ", "KOR"))).isEqualTo(colours.of("KGZ"));
        // the same figures in another order give the same colours (each chart computes them on its own)
        List<Indicator> reversed = new java.util.ArrayList<>(KOREA);
        java.util.Collections.reverse(reversed);
        CountryColours again = CountryColours.of(ReportModel.of(reversed));
        for (String country : List.of("CHN", "KAZ", "UZB", "KGZ", "TJK")) {
            assertThat(again.of(country)).as(country).isEqualTo(colours.of(country));
        }
    }

    @Test
    void theLargestPartnersTakeTheFirstColoursOfThePalette() {
        CountryColours colours = CountryColours.of(ReportModel.of(KOREA));
        // turnover over all periods: CHN 250 bn, KAZ 12.5 bn, UZB 2 bn, KGZ 0.5 bn; TJK has exports only
        assertThat(List.of(colours.of("CHN"), colours.of("KAZ"), colours.of("UZB"), colours.of("KGZ"), colours.of("TJK")))
                .isEqualTo(ChartStyle.PALETTE.subList(0, 5));
    }

    /**
     * The reviewer's workbook: KOR with nine partners (more than the six palette colours) and the Central Asian
     * members' shares. Orange was the USA in the turnover chart and Kyrgyzstan in the shares chart, and plum both
     * Viet Nam and Tajikistan.
     */
    @Test
    void aCountryHasTheSameColourInTheTurnoverAndTheSharesChartOfARunAndNoTwoCountriesShareOne() {
        List<Indicator> all = new ArrayList<>();
        Map<String, Double> billions = new LinkedHashMap<>();
        billions.put("CHN", 300.0);
        billions.put("USA", 190.0);
        billions.put("JPN", 80.0);
        billions.put("VNM", 75.0);
        billions.put("KAZ", 6.0);
        billions.put("UZB", 2.2);
        billions.put("KGZ", 0.6);
        billions.put("TKM", 0.15);
        billions.put("TJK", 0.05);
        billions.forEach((partner, bn) -> {
            all.add(level("KOR", partner, "turnover", "2023", bn * 1e9));
            all.add(level("KOR", partner, "turnover", "2024", bn * 1.05e9));
        });
        all.addAll(ReportChartData.centralAsiaShares());
        ReportModel model = ReportModel.of(all);
        CountryColours colours = CountryColours.of(model);

        ChartSpec turnover = TurnoverChart.build(model.trade(), model.analysis().forecasts(), colours).orElseThrow();
        ChartSpec shares = SharesChart.build(model, colours).orElseThrow();
        Map<String, Color> inTurnover = new LinkedHashMap<>();
        CategoryPlot plot = turnover.chart().getCategoryPlot();
        FlaggedBarRenderer bars = (FlaggedBarRenderer) plot.getRenderer();
        CategoryDataset data = plot.getDataset();
        for (int row = 0; row < data.getRowCount(); row++) {
            inTurnover.put(data.getRowKey(row).toString().replace("KOR\u2013", ""), bars.colour(row));
        }
        Map<String, Color> inShares = new LinkedHashMap<>();
        for (Object subplot : ((CombinedRangeCategoryPlot) shares.chart().getPlot()).getSubplots()) {
            CategoryPlot panel = (CategoryPlot) subplot;
            StackedSegmentRenderer segments = (StackedSegmentRenderer) panel.getRenderer();
            for (int row = 0; row < panel.getDataset().getRowCount(); row++) {
                inShares.put(panel.getDataset().getRowKey(row).toString(), segments.colour(row));
            }
        }
        assertThat(inTurnover.keySet()).containsExactlyInAnyOrder("CHN", "USA", "JPN", "VNM", "KAZ", "UZB");
        assertThat(inShares.keySet()).containsExactlyInAnyOrder("KAZ", "KGZ", "TJK", "TKM", "UZB");
        for (String country : List.of("KAZ", "UZB")) {
            assertThat(inShares.get(country)).as(country).isEqualTo(inTurnover.get(country));
        }
        Map<String, Color> everywhere = new LinkedHashMap<>(inTurnover);
        everywhere.putAll(inShares);
        assertThat(Set.copyOf(everywhere.values())).as(everywhere.toString()).hasSize(9);
        // with more countries than palette colours, the seventh on takes a colour with its dots the other way round
        assertThat(BarFills.dotted(everywhere.get("KGZ"))).isNotEqualTo(BarFills.dotted(everywhere.get("CHN")));
        // every chart of the run gets the same assignment: building it again changes nothing
        CountryColours again = CountryColours.of(model);
        everywhere.forEach((country, colour) -> assertThat(again.of(country)).as(country).isEqualTo(colour));
    }

    @Test
    void anEngagementCategoryHasItsOwnColourWhateverOtherCategoriesTheRunHas() {
        List<String> categories = org.tradestat.report.model.AnalysisFacts.CATEGORIES;
        assertThat(EngagementChart.colour("business", List.of("business")))
                .isEqualTo(EngagementChart.colour("business", categories)).isEqualTo(ChartStyle.PALETTE.get(4));
        assertThat(EngagementChart.colour("visit", List.of("visit"))).isEqualTo(ChartStyle.PALETTE.get(0));
        assertThat(EngagementChart.colour("sport", List.of("visit", "sport")))
                .isNotIn(ChartStyle.PALETTE);
    }
}
