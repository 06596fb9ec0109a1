package org.tradestat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.report.ReportData;

/** The indicator store on an in-memory H2 database with Tradestat's schema. */
class RunRepositoryTest {

    JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:repo" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("tradestat-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    private static Indicator level(String period, long usd) {
        return new Indicator(SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS), period, "level",
                BigDecimal.valueOf(usd), Unit.USD, "", Set.of());
    }

    private static List<Indicator> sample() {
        return List.of(level("2023-01", 1), level("2023-Q1", 2), level("2023-H1", 3), level("2023", 4),
                new Indicator(SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS), "2021/2023", "mean",
                        BigDecimal.TEN, Unit.USD, "", Set.of()));
    }

    @Test
    void indicatorsComeBackInTheOrderTheyWereStoredWithTheirFlags() {
        RunRepository runs = new RunRepository(jdbc);
        Indicator approx = new Indicator(SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS), "2024",
                "yoy_pct", new BigDecimal("11.403509"), Unit.PERCENT, "2023", Set.of(Flag.DERIVED, Flag.APPROX));
        List<Indicator> stored = new ArrayList<>(sample());
        stored.add(approx);
        assertThat(runs.saveIndicators(7, stored, 1)).isEqualTo(7);
        assertThat(runs.indicators(7)).isEqualTo(stored);
        assertThat(runs.indicators(8)).isEmpty();
    }

    @Test
    void outliersAreMarkedInPlace() {
        RunRepository runs = new RunRepository(jdbc);
        Indicator change = new Indicator(SeriesKey.trade("KAZ", "KOR", "export", SeriesKey.ALL_GOODS), "2024",
                "yoy_pct", new BigDecimal("60"), Unit.PERCENT, "2023", Set.of());
        runs.saveIndicators(1, List.of(change), 1);
        runs.markOutliers(1, List.of(java.util.Map.entry(1L, "outlier")));
        assertThat(runs.indicators(1).get(0).flags()).containsExactly(Flag.OUTLIER);
    }

    @Test
    void aLargeRunShowsYearsAndHalvesInTheWorkbookAndSaysSo() {
        RunRepository small = new RunRepository(jdbc, 10);
        small.saveIndicators(1, sample(), 1);
        List<ReportData.Remark> remarks = new ArrayList<>();
        assertThat(small.reportIndicators(1, remarks)).hasSize(5);
        assertThat(remarks).isEmpty();

        RunRepository large = new RunRepository(jdbc, 3);
        assertThat(large.reportIndicators(1, remarks)).extracting(Indicator::period)
                .containsExactly("2023-H1", "2023", "2021/2023");
        assertThat(remarks).singleElement().satisfies(r -> assertThat(r.message())
                .contains("computed 5 figures", "the 3 of years and half-years", "indicators.csv"));
    }
}
