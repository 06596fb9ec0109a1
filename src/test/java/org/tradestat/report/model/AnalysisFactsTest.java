package org.tradestat.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradestat.report.model.TradeFactsTest.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts.LevelSeries;

class AnalysisFactsTest {

    private static Indicator other(Dataset dataset, String reporter, String partner, String measure, String period,
                                   String value, String basis) {
        return new Indicator(new SeriesKey(dataset, reporter, partner, measure, ""), period, "level",
                new BigDecimal(value), Unit.COUNT, basis, Set.of());
    }

    @Test
    void forecastsAreReadFromTheStatisticsOfAllGoodsTurnover() {
        AnalysisFacts facts = AnalysisFacts.of(List.of(
                trade("KGZ-KOR", "turnover", "TOTAL", "2019/2022", "forecast", "391000000", "2023", Flag.APPROX),
                trade("KGZ-KOR", "turnover", "TOTAL", "2019/2022", "forecast_lo95", "247600000", "2023", Flag.APPROX),
                trade("KGZ-KOR", "turnover", "TOTAL", "2019/2022", "forecast_hi95", "534400000", "2023", Flag.APPROX),
                trade("KGZ-KOR", "turnover", "TOTAL", "2019/2022", "trend_slope", "21000000", "", Flag.APPROX),
                trade("KGZ-KOR", "export", "TOTAL", "2019/2022", "forecast", "1", "2023"),
                trade("KOR-KAZ", "turnover", "TOTAL", "2019/2022", "forecast", "5", "2023")), List.of());

        assertThat(facts.forecasts()).as("no interval, no forecast; not the exports'")
                .containsOnlyKeys(new Pair("KGZ", "KOR"));
        Forecast f = facts.forecasts().get(new Pair("KGZ", "KOR"));
        assertThat(f.value()).isEqualByComparingTo("391000000");
        assertThat(f.year()).isEqualTo(2023);
        assertThat(f.firstYear()).isEqualTo(2019);
        assertThat(f.lastYear()).isEqualTo(2022);
        assertThat(f.rangeText()).isEqualTo("2019\u20132022");
        assertThat(f.lower()).isEqualByComparingTo("247600000");
        assertThat(f.flags()).containsExactly(Flag.APPROX);
        assertThat(f.trendAt(2020)).isEqualTo(391e6 - 3 * 21e6);
    }

    /** N from the two forms of the index holds with the six decimals indicators.csv keeps, for every country. */
    @Test
    void theNumberOfPartnersOfAnIndexSurvivesTheRoundingOfIndicatorsCsv() {
        List<Indicator> levels = new ArrayList<>();
        List<String> countries = new ArrayList<>(new TreeSet<>(
                Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)));
        for (int i = 0; i < 240; i++) {
            levels.add(trade("KOR-" + countries.get(i), "turnover", "TOTAL", "2023", "level",
                    Long.toString((i % 17 + 1) * 1_000_000L), ""));
        }
        List<Indicator> rounded = new ArrayList<>();
        for (Indicator i : org.tradestat.analysis.Concentration.analyse(levels)) {
            rounded.add(new Indicator(i.series(), i.period(), i.name(), new BigDecimal(i.valueText()), i.unit(),
                    i.basis(), i.flags()));
        }
        assertThat(AnalysisFacts.of(rounded, List.of()).concentration().get(0).parts()).isEqualTo(240);
    }

    @Test
    void aCumulativeInvestmentIsASeriesForEachStartYear() {
        AnalysisFacts facts = AnalysisFacts.of(List.of(
                other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2024", "10", ""),
                other(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", "2024", "4300", "1992"),
                other(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", "2023", "4000", "1992"),
                other(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", "2024", "900", "2010")), List.of());

        var series = facts.levelSeries(Dataset.INVESTMENT);
        SeriesKey cumulative = new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", "");
        assertThat(series.keySet()).containsExactly(new LevelSeries(cumulative, "1992"),
                new LevelSeries(cumulative, "2010"), new LevelSeries(cumulative.withMeasure("inflow"), ""));
        assertThat(series.get(new LevelSeries(cumulative, "1992")).keySet())
                .containsExactly(Period.parse("2023"), Period.parse("2024"));
        assertThat(facts.levelSeries(Dataset.COMPANIES)).isEmpty();
        assertThat(facts.inInput(Dataset.INVESTMENT)).isTrue();
        assertThat(facts.inInput(Dataset.COMPANIES)).isFalse();
    }

    @Test
    void engagementCountsAreByUnorderedPairAndCategoriesInSpecOrderThenByName() {
        AnalysisFacts facts = AnalysisFacts.of(List.of(
                other(Dataset.ENGAGEMENT, "KGZ", "KOR", "zeta", "2024", "1", ""),
                other(Dataset.ENGAGEMENT, "KGZ", "KOR", "cultural", "2024", "5", ""),
                other(Dataset.ENGAGEMENT, "KGZ", "KOR", "all", "2024", "6", ""),
                other(Dataset.ENGAGEMENT, "KGZ", "KOR", "level:minister", "2024", "5", "")), List.of());

        assertThat(facts.eventYears()).singleElement().satisfies(y -> {
            assertThat(y.pair()).isEqualTo(Pair.unordered("KOR", "KGZ"));
            assertThat(y.count("cultural")).isEqualTo(5);
        });
        assertThat(facts.categories()).containsExactly("visit", "agreement", "forum", "cultural", "business",
                "other", "zeta");
        assertThat(AnalysisFacts.isCategory("all")).isFalse();
        assertThat(AnalysisFacts.isCategory("level:minister")).isFalse();
    }
}
