package org.tradestat.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A PostgreSQL schema of a test's own, in the server of TRADESTAT_TEST_PG_URL (default
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres), as PostgresEndToEndTest does: others run tests in the same
 * database at the same time. {@link #create} skips the test, saying so, when no server is reachable.
 */
final class Pg implements AutoCloseable {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    final String baseUrl;
    final String schema;

    private Pg(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    static Pg create(String testName) {
        String configured = System.getenv("TRADESTAT_TEST_PG_URL");
        String base = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        if (!base.contains("user=")) {
            base += (base.contains("?") ? "&" : "?") + "user=postgres";
        }
        String schema = "ts_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            System.out.println(testName + " SKIPPED: no PostgreSQL at " + base + " (" + e.getMessage() + ")");
            assumeTrue(false, "PostgreSQL not reachable at " + base + ": " + e.getMessage());
        }
        return new Pg(base, schema);
    }

    /** The URL a run uses: its own schema, and the schema as application name so that its sessions can be found. */
    String url() {
        return baseUrl + "&currentSchema=" + schema + "&ApplicationName=" + schema;
    }

    /** The same URL with the host spelled another way (localhost for 127.0.0.1 and the other way round). */
    String urlOtherHost() {
        String url = url();
        return url.contains("127.0.0.1") ? url.replace("127.0.0.1", "localhost") : url.replace("localhost", "127.0.0.1");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(baseUrl);
    }

    /** Ends every session of the runs of this test, as a dropped network connection or a DBA would. */
    int terminateSessions() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                     + schema + "' AND pid <> pg_backend_pid()")) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // the server went away: nothing to clean
        }
    }
}
