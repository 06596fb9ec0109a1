package org.tradestat.reliability;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same hostile corpus, the same expectations, on PostgreSQL: NUL bytes, over-long values and odd text must be
 * as safe there as on H2. Runs when a server is reachable at TRADESTAT_TEST_PG_URL, in a schema of its own
 * ({@link Pg}); skipped, saying so, otherwise.
 */
class HostileInputOnPostgresTest extends HostileInputTest {

    static Pg pg;

    /** Hides {@link HostileInputTest#runTheCorpus(Path)}: this class runs the corpus on PostgreSQL only. */
    @BeforeAll
    static void runTheCorpus(@TempDir Path temp) throws IOException, URISyntaxException {
        pg = Pg.create("HostileInputOnPostgresTest (the hostile corpus ran on H2 only)");
        runTheCorpus(temp, pg.url());
    }

    @AfterAll
    static void dropSchema() {
        if (pg != null) {
            pg.close();
        }
    }
}
