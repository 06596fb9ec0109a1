package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README, Parameters and Operations: a --db that cannot be used (no server there, a database Tradestat has no driver
 * for, not a JDBC URL) is a parameter problem: exit 2 with one line naming the kind of database and its host, never a
 * driver class name; and a password given in the URL is never printed, logged or written to the report.
 */
class DatabaseParameterTest {

    static final String DATE = "2024-12-31";
    static final String SECRET = "s3cret-Pw0rd";

    @TempDir
    Path temp;

    private Harness.Result run(String db) throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("t.csv"), InputErrorsTest.goodLines("KAZ", 5), StandardCharsets.UTF_8);
        return Harness.runInProcess(new ArrayList<>(List.of("--date", DATE, "--input", input.toString(), "--output",
                temp.resolve("reports").toString(), "--db", db)));
    }

    @Test
    void anUnreachablePostgresServerExitsTwoNamingTheHostWithoutThePassword() throws Exception {
        Harness.Result run = run("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + SECRET);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
        assertThat(run.err()).as(run.toString()).contains("PostgreSQL", "127.0.0.1:1", "cannot connect", "--db")
                .doesNotContain(SECRET);
        Harness.assertNoStackTrace(run);
        assertNoSecretUnder(temp.resolve("reports"));
        assertThat(temp.resolve("reports").resolve(DATE)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://db.example.org:3306/stats?user=stats&password=" + SECRET,
            "jdbc:oracle:thin:stats/" + SECRET + "@db.example.org:1521/stats", "db.example.org:5432/stats"})
    void aDatabaseWithoutADriverOrNotAJdbcUrlExitsTwoInWords(String db) throws Exception {
        Harness.Result run = run(db);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
        assertThat(run.err()).as(run.toString()).contains("--db", "PostgreSQL", "H2")
                .doesNotContain(SECRET, "com.mysql", "oracle.jdbc", "Driver");
        if (db.startsWith("jdbc:mysql")) {
            assertThat(run.err()).contains("mysql", "db.example.org:3306");
        }
        Harness.assertNoStackTrace(run);
    }

    @Test
    void aPasswordInAPostgresUrlIsNeitherPrintedNorLoggedNorReported() throws Exception {
        try (Pg pg = Pg.create("DatabaseParameterTest")) {
            // trust authentication: the server takes any password, so the run works and every output can be checked
            Harness.Result run = run(pg.url() + "&password=" + SECRET);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.all()).doesNotContain(SECRET);
            assertNoSecretUnder(temp.resolve("reports"));
            Path xlsx = temp.resolve("reports").resolve(DATE).resolve("tradestat-" + DATE + ".xlsx");
            assertThat(Harness.workbookCells(xlsx)).noneMatch(c -> c.text().contains(SECRET));
        }
    }

    @Test
    void aPasswordInAnH2UrlIsNotPrintedWhenTheDatabaseRefusesIt() throws Exception {
        String db = "jdbc:h2:file:" + temp.resolve("db/tradestat").toAbsolutePath();
        assertThat(run(db + ";PASSWORD=" + SECRET).exitCode()).isZero(); // created with that password
        Harness.Result wrong = run(db + ";PASSWORD=wrong-" + SECRET);
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(2);
        assertThat(wrong.err()).as(wrong.toString()).contains("H2").doesNotContain(SECRET);
        Harness.assertNoStackTrace(wrong);
        assertNoSecretUnder(temp.resolve("reports"));
    }

    /** No file under the folder (logs, run.json, indicators.csv...) holds the password. */
    private static void assertNoSecretUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(SECRET);
            }
        }
    }
}
