package org.tradestat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.tradestat.figure.SourceRef;
import org.tradestat.period.Period;

class RunRepositoryTest {

    private JdbcTemplate jdbc;

    @BeforeEach
    void createDatabase() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:r" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("tradestat-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        figure("trade", "2022", "Kabar interview, 2023");
        figure("trade", "2023-H2", "Kabar interview, 2023");
        figure("trade", "2024-H1", "Customs, first half of 2024");
        figure("companies", "2024", "KazISS seminar, 11 Nov 2024");
        event("2019", "2019", "Lomakina");
        event("2023-12-15", "2023", "NISI round table, Dec 2023");
        event("2024", "2024", "The year's review, 2024");
        event("2024-12-03", "2024", "The Caspian Post, 3 Dec 2024");
    }

    private void figure(String dataset, String period, String source) {
        jdbc.update("INSERT INTO ts_figure (run_id, dataset, reporter, partner, measure, commodity, period, figure_value,"
                + " qualifier, source, derived, file_seq, line_no) VALUES (1, ?, 'KOR', 'KGZ', 'turnover', 'TOTAL', ?,"
                + " 1000, 'exact', ?, FALSE, 1, 1)", dataset, period, source);
    }

    private void event(String date, String period, String source) {
        jdbc.update("INSERT INTO ts_event (run_id, event_date, period, country_a, country_b, category, event_level,"
                + " title, event_count, source, file_seq, line_no) VALUES (1, ?, ?, 'KGZ', 'KOR', 'visit', '',"
                + " 'a visit', 1, ?, 2, 1)", date, period, source);
    }

    private static SourceRef.Use use(String reporter, String partner, String period) {
        return new SourceRef.Use(reporter, partner, Period.parse(period));
    }

    private List<SourceRef> sources(LocalDate asOf) {
        return new RunRepository(jdbc).sources(1, asOf);
    }

    /** A source is the run's when some figure or event of it counts as of the run's date: the Cover lists no other. */
    @Test
    void theSourcesAreThoseOfTheFiguresAndEventsTheRunUses() {
        // each with the pairs and periods it gives figures or events of, which the workbook's rows cite it by
        assertThat(sources(LocalDate.of(2023, 12, 31))).containsExactly(
                new SourceRef("trade", "Kabar interview, 2023", 2, List.of(use("KOR", "KGZ", "2022"),
                        use("KOR", "KGZ", "2023-H2"))),
                new SourceRef("engagement", "Lomakina", 1, List.of(use("KGZ", "KOR", "2019"))),
                new SourceRef("engagement", "NISI round table, Dec 2023", 1, List.of(use("KGZ", "KOR", "2023"))));
        // a dated event counts from its day, one known only by its year once the year has ended
        assertThat(sources(LocalDate.of(2024, 12, 20))).extracting(SourceRef::source).containsExactly(
                "Customs, first half of 2024", "Kabar interview, 2023",
                "Lomakina", "NISI round table, Dec 2023", "The Caspian Post, 3 Dec 2024");
        assertThat(sources(LocalDate.of(2024, 12, 31))).extracting(SourceRef::source)
                .contains("KazISS seminar, 11 Nov 2024", "The year's review, 2024");
    }
}
