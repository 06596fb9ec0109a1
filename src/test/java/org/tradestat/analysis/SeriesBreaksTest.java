package org.tradestat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/** The flag {@code break} where the territory behind a country code changed (Germany 1991, Belgium 1999). */
class SeriesBreaksTest {

    private static List<Indicator> exports(String reporter, String partner, int from, int to) {
        List<Figure> figures = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            figures.add(new Figure(SeriesKey.trade(reporter, partner, "export", SeriesKey.ALL_GOODS), Period.year(year),
                    BigDecimal.valueOf(100L + year - from), Qualifier.EXACT, null, "test"));
        }
        return TradeAnalysis.analyse(figures, LocalDate.of(2024, 12, 31)).indicators().stream()
                .filter(i -> i.series().measure().equals("export")).toList();
    }

    private static Indicator find(List<Indicator> indicators, String name, String period) {
        return indicators.stream().filter(i -> i.name().equals(name) && i.period().equals(period)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + period + " in " + indicators));
    }

    @Test
    void germanyBreaksIn1991AsReporterAndAsPartner() {
        for (List<Indicator> series : List.of(exports("DEU", "KOR", 1989, 1993), exports("KOR", "DEU", 1989, 1993))) {
            assertThat(find(series, "level", "1990").flags()).doesNotContain(Flag.BREAK);
            assertThat(find(series, "level", "1991").flags()).contains(Flag.BREAK);
            assertThat(find(series, "level", "1992").flags()).doesNotContain(Flag.BREAK);
            assertThat(find(series, "yoy_pct", "1991").flags()).contains(Flag.BREAK);
            assertThat(find(series, "yoy_pct", "1992").flags()).doesNotContain(Flag.BREAK);
            assertThat(find(series, "long_pct", "1993").flags()).as("1993 against 1989").contains(Flag.BREAK);
        }
    }

    @Test
    void aTrendOverTheChangeCarriesTheBreak() {
        List<Indicator> statistics = SeriesStatistics.analyse(exports("DEU", "KOR", 1988, 1994)).added();
        assertThat(statistics).filteredOn(i -> i.name().equals("trend_slope")).singleElement()
                .satisfies(i -> assertThat(i.flags()).contains(Flag.BREAK));
        assertThat(SeriesStatistics.analyse(exports("DEU", "KOR", 1995, 2001)).added())
                .noneMatch(i -> i.flags().contains(Flag.BREAK));
    }

    @Test
    void belgiumBreaksIn1999AndOnlyWhenTheSeriesSpansTheChange() {
        List<Indicator> spanning = exports("BEL", "KOR", 1997, 2000);
        assertThat(find(spanning, "level", "1999").flags()).containsExactly(Flag.BREAK);
        assertThat(find(spanning, "level", "1998").flags()).isEmpty();
        List<Indicator> after = exports("BEL", "KOR", 2001, 2003);
        assertThat(after).noneMatch(i -> i.flags().contains(Flag.BREAK));
        assertThat(exports("KOR", "KAZ", 1989, 2000)).noneMatch(i -> i.flags().contains(Flag.BREAK));
    }
}
