package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, Overlapping runs: one run per date and database at a time, however the database is named. The lock is taken
 * on the database itself: a second run for the same date on the same PostgreSQL database named another way
 * ({@code localhost} for {@code 127.0.0.1}, or through TRADESTAT_DB_URL instead of --db), or on the same H2 file by
 * another path, is refused while the first works, and the first completes undisturbed.
 */
class SameDatabaseTwoNamesTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    @Test
    void aSecondRunOnTheSamePostgresDatabaseNamedAnotherWayIsRefused() throws Exception {
        try (Pg pg = Pg.create("SameDatabaseTwoNamesTest")) {
            Path input = bigInput();
            Path output = temp.resolve("reports");
            Harness.Child first = Harness.Child.start(args(input, output, pg.url()), temp.resolve("console"));
            try {
                Harness.awaitStep(first, Harness.logFile(output, DATE), 0, "loadInputs", Duration.ofSeconds(90));
                Harness.Result otherHost = Harness.Child.start(args(input, temp.resolve("other"), pg.urlOtherHost()),
                        temp.resolve("console")).await(Duration.ofSeconds(60));
                List<String> noDb = new ArrayList<>(List.of("--date", DATE, "--input", input.toString(), "--output",
                        temp.resolve("env").toString()));
                Harness.Result viaEnvironment = Harness.Child.start(noDb, temp.resolve("console"),
                        Map.of("TRADESTAT_DB_URL", pg.urlOtherHost())).await(Duration.ofSeconds(60));
                assertThat(first.isAlive()).as("the first run still works: otherwise this test tested nothing").isTrue();
                assertRefused(otherHost);
                assertRefused(viaEnvironment);
                Harness.Result done = first.await(Duration.ofSeconds(120));
                assertThat(done.exitCode()).as(done.toString()).isZero();
                assertThat(temp.resolve("other").resolve(DATE)).as("the refused run wrote no report").doesNotExist();
            } finally {
                if (first.isAlive()) {
                    first.kill();
                }
            }
        }
    }

    @Test
    void aSecondRunOnTheSameH2FileByAnotherPathIsRefusedAsARunOfTheSameDate() throws Exception {
        Path input = bigInput();
        Path output = temp.resolve("reports");
        Path db = temp.resolve("db");
        String direct = "jdbc:h2:file:" + db.resolve("tradestat").toAbsolutePath();
        String roundabout = "jdbc:h2:file:" + db.resolve("../db/./tradestat").toAbsolutePath();
        Harness.Child first = Harness.Child.start(args(input, output, direct), temp.resolve("console"));
        try {
            Harness.awaitStep(first, Harness.logFile(output, DATE), 0, "loadInputs", Duration.ofSeconds(90));
            Harness.Result second = Harness.Child.start(args(input, temp.resolve("other"), roundabout),
                    temp.resolve("console")).await(Duration.ofSeconds(60));
            assertThat(first.isAlive()).as("the first run still works: otherwise this test tested nothing").isTrue();
            assertRefused(second);
            assertThat(first.await(Duration.ofSeconds(120)).exitCode()).isZero();
        } finally {
            if (first.isAlive()) {
                first.kill();
            }
        }
    }

    private Path bigInput() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 16, 1990, 8, 7);
        return input;
    }

    private static List<String> args(Path input, Path output, String db) {
        return new ArrayList<>(List.of("--date", DATE, "--input", input.toString(), "--output", output.toString(),
                "--db", db));
    }

    private static void assertRefused(Harness.Result refused) {
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).as(refused.toString())
                .contains("another run for " + DATE + " is in progress", "Run again when it has finished");
        assertThat(refused.err().lines().toList()).as(refused.toString()).hasSize(1);
        Harness.assertNoStackTrace(refused);
    }
}
