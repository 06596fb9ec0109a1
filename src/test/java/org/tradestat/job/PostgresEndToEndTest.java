package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * Runs the job on PostgreSQL and on H2 with the same input and compares the outputs. Needs a PostgreSQL server:
 * TRADESTAT_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres); skipped, saying so, when
 * none is reachable. Each test works in a schema of its own, dropped afterwards.
 */
class PostgresEndToEndTest {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    @TempDir
    Path temp;
    String baseUrl;
    String schema;

    @BeforeEach
    void schema() {
        String configured = System.getenv("TRADESTAT_TEST_PG_URL");
        baseUrl = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        if (!baseUrl.contains("user=")) {
            baseUrl += (baseUrl.contains("?") ? "&" : "?") + "user=postgres";
        }
        schema = "ts_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            System.out.println("PostgresEndToEndTest SKIPPED: no PostgreSQL at " + baseUrl + " (" + e.getMessage() + ")");
            assumeTrue(false, "PostgreSQL not reachable at " + baseUrl + ": " + e.getMessage());
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl)) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                // the server went away: nothing to clean
            }
        }
    }

    private int run(String db, Path output, String... extra) {
        String[] args = new String[] {"--date", "2024-12-31", "--input", "input", "--output", output.toString(), "--db", db};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TradestatApplication.run(all, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return code;
    }

    @Test
    void theShippedInputGivesTheSameIndicatorsOnPostgresAsOnH2() throws Exception {
        String pg = baseUrl + "&currentSchema=" + schema;
        run(pg, temp.resolve("pg"));
        run("jdbc:h2:file:" + temp.resolve("h2db/ts"), temp.resolve("h2"));

        byte[] onPostgres = Files.readAllBytes(temp.resolve("pg/2024-12-31/indicators.csv"));
        byte[] onH2 = Files.readAllBytes(temp.resolve("h2/2024-12-31/indicators.csv"));
        assertThat(new String(onPostgres, StandardCharsets.UTF_8)).isEqualTo(new String(onH2, StandardCharsets.UTF_8));
        assertThat(Files.readString(temp.resolve("pg/2024-12-31/rejects.csv")))
                .isEqualTo(Files.readString(temp.resolve("h2/2024-12-31/rejects.csv")));

        try (Connection c = DriverManager.getConnection(pg)) {
            var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + schema + ".batch_job_instance");
            rs.next();
            assertThat(rs.getInt(1)).as("the job repository lives in PostgreSQL").isEqualTo(1);
            rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + schema + ".ts_figure");
            rs.next();
            assertThat(rs.getInt(1)).as("the loaded figures live in PostgreSQL").isEqualTo(6);
        }
    }

    @Test
    void aSecondRunOnPostgresSaysItIsAlreadyDone() {
        String pg = baseUrl + "&currentSchema=" + schema;
        run(pg, temp.resolve("pg"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = TradestatApplication.run(new String[] {"--date", "2024-12-31", "--input", "input", "--output",
                temp.resolve("pg").toString(), "--db", pg}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already completed");
    }
}
