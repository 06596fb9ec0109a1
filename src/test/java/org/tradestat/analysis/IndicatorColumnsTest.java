package org.tradestat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class IndicatorColumnsTest {

    @Test
    void everyIndicatorComesBackEqualToTheOneAddedToTheScaleOfItsValue() {
        SeriesKey trade = SeriesKey.trade("KOR", "UZB", "turnover", "TOTAL");
        List<Indicator> added = List.of(
                new Indicator(trade, "2024", "level", new BigDecimal("1234.50"), Unit.USD, "", Set.of()),
                new Indicator(trade, "2024-07", "level", new BigDecimal("0.000001"), Unit.USD, "",
                        Set.of(Flag.DERIVED, Flag.APPROX)),
                new Indicator(trade, "2024", "yoy_pct", new BigDecimal("-12.345678"), Unit.PERCENT, "2023",
                        Set.of(Flag.AT_LEAST, Flag.BREAK)),
                new Indicator(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", ""), "2024", "level",
                        new BigDecimal("123456789012345678901234.5"), Unit.USD, "1992", Set.of(Flag.AT_LEAST)),
                new Indicator(trade, "2023", "level", new BigDecimal("1E+3"), Unit.USD, "", Set.of()));
        IndicatorColumns columns = new IndicatorColumns();
        for (int n = 0; n < 400; n++) { // past the first growth of the arrays
            added.forEach(columns::add);
        }

        assertThat(columns.size()).isEqualTo(2000);
        for (int k = 0; k < columns.size(); k++) {
            assertThat(columns.get(k)).isEqualTo(added.get(k % added.size()));
            assertThat(columns.get(k).value().scale()).isEqualTo(added.get(k % added.size()).value().scale());
        }
        assertThat(columns.select(k -> columns.name(k).equals("yoy_pct"))).hasSize(400)
                .allSatisfy(i -> assertThat(i.flags()).containsExactly(Flag.AT_LEAST, Flag.BREAK));
        assertThat(columns.series(3).dataset()).isEqualTo(Dataset.INVESTMENT);
        assertThat(columns.period(1)).isEqualTo("2024-07");
    }
}
