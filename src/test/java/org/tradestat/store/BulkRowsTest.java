package org.tradestat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk writer on H2 (multi-row INSERTs) and on PostgreSQL (COPY): every value as given, rows in the order added,
 * and nothing left behind by a transaction that rolls back. The PostgreSQL tests need the server of
 * TRADESTAT_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres), in a schema of their own;
 * they are skipped, saying so, when none is reachable.
 */
class BulkRowsTest {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String TABLE = "CREATE TABLE bulk_test (seq BIGINT NOT NULL, label VARCHAR(100), amount"
            + " NUMERIC(24, 6), since INT, flag BOOLEAN NOT NULL)";

    private String pgBase;
    private String pgSchema;

    @AfterEach
    void dropSchema() {
        if (pgSchema != null) {
            try (Connection c = DriverManager.getConnection(pgBase)) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + pgSchema + " CASCADE");
            } catch (SQLException e) {
                // the server went away: nothing to clean
            }
        }
    }

    private static DataSource h2() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:bulk" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        new JdbcTemplate(dataSource).execute(TABLE);
        return dataSource;
    }

    private DataSource postgres() {
        String configured = System.getenv("TRADESTAT_TEST_PG_URL");
        pgBase = configured == null || configured.isBlank() ? PG_URL : configured;
        if (!pgBase.contains("user=")) {
            pgBase += (pgBase.contains("?") ? "&" : "?") + "user=postgres";
        }
        String schema = "ts_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(pgBase)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            System.out.println("BulkRowsTest SKIPPED: no PostgreSQL at " + pgBase + " (" + e.getMessage() + ")");
            assumeTrue(false, "PostgreSQL not reachable at " + pgBase + ": " + e.getMessage());
        }
        pgSchema = schema;
        DataSource dataSource = new DriverManagerDataSource(pgBase + "&currentSchema=" + schema);
        new JdbcTemplate(dataSource).execute(TABLE);
        return dataSource;
    }

    /** Texts a CSV or an SQL literal could get wrong, and more rows than one write or one statement holds. */
    private static List<Object[]> awkwardRows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1L, "", new BigDecimal("0"), null, false});
        rows.add(new Object[] {2L, null, null, 1992, true});
        rows.add(new Object[] {3L, "say \"hello\", then\nleave\r\n", new BigDecimal("12345678901234567.123456"), -1, true});
        rows.add(new Object[] {4L, "Қазақстан, 한국 \\N \uFFFD 𝄞", new BigDecimal("1E+3"), 0, false});
        rows.add(new Object[] {5L, "\\", new BigDecimal("-0.5"), Integer.MAX_VALUE, true});
        for (long seq = 6; seq < 6 + BulkRows.ROWS_PER_WRITE + MultiRowInsert.ROWS_PER_STATEMENT + 7; seq++) {
            rows.add(new Object[] {seq, "line " + seq, BigDecimal.valueOf(seq, 2), (int) seq % 3 == 0 ? null : 2000,
                    seq % 2 == 0});
        }
        return rows;
    }

    private static List<List<Object>> stored(DataSource dataSource) {
        return new JdbcTemplate(dataSource).query("SELECT seq, label, amount, since, flag FROM bulk_test ORDER BY seq",
                (rs, n) -> Arrays.asList(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4),
                        rs.getBoolean(5)));
    }

    private static List<List<Object>> expected(List<Object[]> rows) {
        List<List<Object>> expected = new ArrayList<>();
        for (Object[] r : rows) {
            BigDecimal amount = r[2] == null ? null : ((BigDecimal) r[2]).setScale(6);
            expected.add(Arrays.asList(r[0], r[1], amount, r[3], r[4]));
        }
        return expected;
    }

    private static void writeAll(DataSource dataSource, List<Object[]> rows) {
        BulkRows bulk = BulkRows.into(new JdbcTemplate(dataSource), "bulk_test", "seq", "label", "amount", "since", "flag");
        rows.forEach(bulk::add);
        bulk.flush();
    }

    private static void storesEveryValueAsGiven(DataSource dataSource) {
        List<Object[]> rows = awkwardRows();

        writeAll(dataSource, rows);

        assertThat(stored(dataSource)).isEqualTo(expected(rows));
    }

    @Test
    void storesEveryValueAsGivenOnH2() {
        storesEveryValueAsGiven(h2());
    }

    @Test
    void storesEveryValueAsGivenOnPostgresThroughCopy() {
        DataSource dataSource = postgres();
        assertThat(BulkRows.into(new JdbcTemplate(dataSource), "bulk_test", "seq")).isInstanceOf(PostgresCopy.class);
        storesEveryValueAsGiven(dataSource);
    }

    private static void keepsTheOrderRowsWereAddedIn(DataSource dataSource, String rowOrder) {
        List<Object[]> rows = new ArrayList<>();
        for (long i = 0; i < 3 * BulkRows.ROWS_PER_WRITE / 2; i++) {
            rows.add(new Object[] {(i * 7919) % 100_003, "x", null, null, true});
        }

        writeAll(dataSource, rows);

        List<Long> inTableOrder = new JdbcTemplate(dataSource).queryForList("SELECT seq FROM bulk_test ORDER BY "
                + rowOrder, Long.class);
        assertThat(inTableOrder).isEqualTo(rows.stream().map(r -> (Long) r[0]).toList());
    }

    @Test
    void keepsTheOrderRowsWereAddedInOnH2() {
        keepsTheOrderRowsWereAddedIn(h2(), "_ROWID_");
    }

    @Test
    void keepsTheOrderRowsWereAddedInOnPostgres() {
        keepsTheOrderRowsWereAddedIn(postgres(), "ctid");
    }

    /** A step's rows commit with it: a step that fails after writing leaves none (a kill -9 is a rollback too). */
    private static void writesNothingThatOutlivesARollback(DataSource dataSource) {
        TransactionTemplate step = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        assertThatThrownBy(() -> step.executeWithoutResult(status -> {
            writeAll(dataSource, awkwardRows());
            assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM bulk_test", Long.class))
                    .isEqualTo(awkwardRows().size());
            throw new IllegalStateException("the step fails");
        })).hasMessage("the step fails");

        assertThat(stored(dataSource)).isEmpty();
    }

    @Test
    void writesNothingThatOutlivesARollbackOnH2() {
        writesNothingThatOutlivesARollback(h2());
    }

    @Test
    void writesNothingThatOutlivesARollbackOnPostgres() {
        writesNothingThatOutlivesARollback(postgres());
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        BulkRows bulk = BulkRows.into(new JdbcTemplate(h2()), "bulk_test", "seq", "label", "amount", "since", "flag");

        assertThatThrownBy(() -> bulk.add(1L, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 columns, not 2");
    }
}
