package org.tradestat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class AcrossSeriesTest {

    private static Indicator level(String reporter, String partner, String flow, String period, String usd) {
        return new Indicator(SeriesKey.trade(reporter, partner, flow, SeriesKey.ALL_GOODS), period, "level",
                new BigDecimal(usd), Unit.USD, "", Set.of());
    }

    /**
     * Two reporters: KOR trades with KAZ and UZB (turnover 30 and 70 in 2022), KAZ's exports to KOR are mirrored by
     * KOR's imports from KAZ, and KOR–KAZ turnover has eight years for its statistics, one of them far off the rest.
     */
    private static IndicatorColumns kept() {
        IndicatorColumns kept = new IndicatorColumns();
        String[] turnover = {"20", "21", "22", "23", "24", "25", "90", "30"};
        for (int y = 0; y < turnover.length; y++) {
            kept.add(level("KOR", "KAZ", "turnover", Integer.toString(2015 + y), turnover[y]));
        }
        kept.add(level("KOR", "UZB", "turnover", "2022", "70"));
        kept.add(level("KAZ", "KOR", "export", "2022", "100"));
        kept.add(level("KOR", "KAZ", "import", "2022", "120"));
        kept.add(level("KAZ", "KOR", "turnover", "2022", "150"));
        return kept;
    }

    private static AcrossSeries.Result analyse(int threads) {
        ExecutorService pool = Workers.start("test-across-series", threads);
        try {
            return new AcrossSeries(kept(), List.of(), Map.of()).analyse(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(Indicator i) {
        return String.join(" ", i.series().reporter(), i.series().partner(), i.series().measure(), i.period(),
                i.name(), i.valueText());
    }

    @Test
    void concentrationAndMirrorGapsAreWorkedOutReporterByReporter() {
        List<String> indicators = analyse(2).indicators().stream().map(AcrossSeriesTest::text).toList();

        // KOR's turnover in 2022 across KAZ and UZB: (30/100)² + (70/100)² = 0.58
        assertThat(indicators).contains("KOR * turnover 2022 hhi 0.58");
        // KAZ's exports to KOR as KOR saw them: (120 - 100) / 100 = +20%
        assertThat(indicators).contains("KAZ KOR export 2022 mirror_gap_pct 20");
        // shares and concentration, then mirror gaps, then statistics: the order they are written in
        int hhi = indicators.indexOf("KOR * turnover 2022 hhi 0.58");
        int gap = indicators.indexOf("KAZ KOR export 2022 mirror_gap_pct 20");
        // (20 + 21 + 22 + 23 + 24 + 25 + 90 + 30) / 8 = 31.875, in cents
        int mean = indicators.indexOf("KOR KAZ turnover 2015/2022 mean 31.88");
        assertThat(hhi).isLessThan(gap);
        assertThat(gap).isLessThan(mean).isPositive();
    }

    @Test
    void theResultsComeInOneOrderWhateverTheThreads() {
        AcrossSeries.Result one = analyse(1);
        for (int run = 0; run < 5; run++) {
            AcrossSeries.Result four = analyse(4);
            assertThat(four.indicators()).isEqualTo(one.indicators());
            assertThat(four.outlierMarked()).isEqualTo(one.outlierMarked());
            assertThat(four.warnings()).isEqualTo(one.warnings());
            assertThat(four.remarks()).isEqualTo(one.remarks());
        }
        assertThat(one.warnings()).as("the mirror gap of 20%").isNotEmpty();
        assertThat(one.remarks()).as("statistics of one-year series").isNotEmpty();
    }
}
