package org.tradestat.reliability;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same hostile corpus, the same expectations, on PostgreSQL: NUL bytes, over-long values and odd text must be
 * as safe there as on H2. Runs when a server is reachable at TRADESTAT_TEST_PG_URL (default
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres), in a schema of its own; skipped, saying so, otherwise.
 */
class HostileInputOnPostgresTest extends HostileInputTest {

    static String baseUrl;
    static String schema;

    /** Hides {@link HostileInputTest#runTheCorpus(Path)}: this class runs the corpus on PostgreSQL only. */
    @BeforeAll
    static void runTheCorpus(@TempDir Path temp) throws IOException, URISyntaxException {
        String configured = System.getenv("TRADESTAT_TEST_PG_URL");
        baseUrl = configured == null || configured.isBlank()
                ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : configured;
        if (!baseUrl.contains("user=")) {
            baseUrl += (baseUrl.contains("?") ? "&" : "?") + "user=postgres";
        }
        schema = "ts_hostile_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL not reachable at " + baseUrl + ": " + e.getMessage()
                    + " (the hostile corpus ran on H2 only)");
        }
        runTheCorpus(temp, baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl)) {
                c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
