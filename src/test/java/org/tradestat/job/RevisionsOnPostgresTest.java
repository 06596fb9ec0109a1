package org.tradestat.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The runs of {@link RevisionsEndToEndTest} on PostgreSQL, in a schema of their own (dropped afterwards): skipped,
 * saying so, when no server is reachable at TRADESTAT_TEST_PG_URL (default
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres).
 */
class RevisionsOnPostgresTest extends RevisionsEndToEndTest {

    private String baseUrl;
    private String schema;

    @BeforeEach
    void schema() {
        String configured = System.getenv("TRADESTAT_TEST_PG_URL");
        baseUrl = configured == null || configured.isBlank() ? PostgresEndToEndTest.DEFAULT_URL : configured;
        if (!baseUrl.contains("user=")) {
            baseUrl += (baseUrl.contains("?") ? "&" : "?") + "user=postgres";
        }
        String name = "ts_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl)) {
            c.createStatement().execute("CREATE SCHEMA " + name);
            schema = name;
        } catch (SQLException e) {
            System.out.println("RevisionsOnPostgresTest SKIPPED: no PostgreSQL at " + baseUrl + " (" + e.getMessage() + ")");
            assumeTrue(false, "PostgreSQL not reachable at " + baseUrl + ": " + e.getMessage());
        }
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl)) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                // the server went away: nothing to clean
            }
        }
    }

    @Override
    String db() {
        return baseUrl + "&currentSchema=" + schema;
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(db());
    }
}
