package org.tradestat.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.model.TradeFacts.Change;

class TradeFactsTest {

    private static final Pair KGZ_KOR = new Pair("KGZ", "KOR");

    static Indicator trade(String pair, String measure, String commodity, String period, String name, String value,
                           String basis, Flag... flags) {
        String[] countries = pair.split("-");
        return new Indicator(SeriesKey.trade(countries[0], countries[1], measure, commodity), period, name,
                new BigDecimal(value), Unit.USD, basis, flags.length == 0 ? Set.of() : Set.of(flags));
    }

    @Test
    void comparisonsAreReadByTheirNamesIntoOneChangeOfEachType() {
        TradeFacts facts = TradeFacts.of(List.of(
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "yoy_abs", "30", "2023", Flag.APPROX),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "yoy_pct", "10", "2023"),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "long_abs", "200", "2017"),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "long_pct", "180", "2017"),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "long_cagr_pct", "15.8", "2017"),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "seq_pct", "3", "2023"),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "yoy_median", "1", "2023")));

        Change yoy = facts.change(KGZ_KOR, SeriesKey.ALL_GOODS, "turnover", Period.parse("2024"), "yoy").orElseThrow();
        assertThat(yoy.abs()).isEqualByComparingTo("30");
        assertThat(yoy.pct()).isEqualByComparingTo("10");
        assertThat(yoy.cagrPct()).isNull();
        assertThat(yoy.base()).isEqualTo(Period.parse("2023"));
        assertThat(yoy.flags()).containsExactly(Flag.APPROX);
        Change lng = facts.change(KGZ_KOR, SeriesKey.ALL_GOODS, "turnover", Period.parse("2024"), "long").orElseThrow();
        assertThat(lng.cagrPct()).isEqualByComparingTo("15.8");
        assertThat(facts.change(KGZ_KOR, SeriesKey.ALL_GOODS, "turnover", Period.parse("2024"), "seq"))
                .as("a percentage without its absolute change is no change").isEmpty();
        assertThat(facts.changeRows()).hasSize(2);
        assertThat(TradeFacts.COMPARISON_TYPES).containsExactly("yoy", "seq", "long");
    }

    @Test
    void aReportedFigureBeatsADerivedOneOfTheSamePeriodOtherwiseTheFirstStays() {
        TradeFacts facts = TradeFacts.of(List.of(
                trade("KGZ-KOR", "turnover", "TOTAL", "2022", "level", "1", "", Flag.DERIVED),
                trade("KGZ-KOR", "turnover", "TOTAL", "2022", "level", "2", ""),
                trade("KGZ-KOR", "turnover", "TOTAL", "2023", "level", "3", ""),
                trade("KGZ-KOR", "turnover", "TOTAL", "2023", "level", "4", "", Flag.DERIVED),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "level", "5", ""),
                trade("KGZ-KOR", "turnover", "TOTAL", "2024", "level", "6", "")));

        assertThat(facts.allGoods(KGZ_KOR, "turnover").values()).extracting(Level::value)
                .extracting(BigDecimal::intValue).containsExactly(2, 3, 5);
    }

    @Test
    void theChartsReadTheAllGoodsLevelsOfAPairByPeriodWithTheirFlags() {
        TradeFacts facts = TradeFacts.of(List.of(
                trade("KOR-KAZ", "export", "TOTAL", "2024", "level", "7", ""),
                trade("KGZ-KOR", "turnover", "TOTAL", "2022-H2", "level", "306", "", Flag.DERIVED, Flag.APPROX),
                trade("KGZ-KOR", "turnover", "TOTAL", "2022-H1", "level", "63", "", Flag.APPROX),
                trade("KGZ-KOR", "turnover", "TOTAL", "2019/2022", "trend_slope", "5", ""),
                trade("KGZ-KOR", "turnover", "27", "2022-H1", "level", "9", ""),
                trade("KOR-UZB", "export", "84", "2024", "level", "8", "")));

        assertThat(facts.totalPairs()).as("by reporter, then partner; not a pair of commodity figures only")
                .containsExactly(KGZ_KOR, new Pair("KOR", "KAZ"));
        assertThat(facts.allGoods(KGZ_KOR, "turnover")).containsOnlyKeys(Period.parse("2022-H1"),
                Period.parse("2022-H2"));
        Level derived = facts.allGoods(KGZ_KOR, "turnover").get(Period.parse("2022-H2"));
        assertThat(derived.period()).isEqualTo(Period.parse("2022-H2"));
        assertThat(derived.derived()).isTrue();
        assertThat(derived.has(Flag.APPROX)).isTrue();
        assertThat(facts.allGoods(KGZ_KOR, "export")).isEmpty();
        assertThat(facts.commodityOnlyPairs()).containsOnlyKeys(new Pair("KOR", "UZB"));
    }

    @Test
    void anEngagementPairHasNoReporter() {
        assertThat(Pair.unordered("KOR", "KGZ")).isEqualTo(KGZ_KOR).isEqualTo(Pair.unordered("KGZ", "KOR"));
        assertThat(KGZ_KOR.label()).isEqualTo("KGZ\u2013KOR");
    }
}
