package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 3 and 5: a file with more than {@code maxRejectRate} of its lines rejected fails the job (exit 1) with a
 * message naming the file and its first reasons, and nothing is written to the report folder; a missing or
 * unreadable input folder and bad parameters exit 2 with one clear line (and the usage for parameters), before
 * anything is written. (The end-to-end test covers the basic cases; these add what it does not check.)
 */
class InputErrorsTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;
    Path input;
    Path output;
    Path db;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(temp.resolve("input"));
        output = temp.resolve("reports");
        db = temp.resolve("db");
        Files.writeString(input.resolve("a-good.csv"), goodLines("KAZ", 20), StandardCharsets.UTF_8);
    }

    static String goodLines(String reporter, int n) {
        StringBuilder s = new StringBuilder("reporter,partner,period,flow,value_usd\n");
        for (int i = 0; i < n; i++) {
            s.append(reporter).append(",KOR,").append(2000 + i).append(",export,").append(100 + i).append('\n');
        }
        return s.toString();
    }

    /** 10 lines, 4 rejected for three different reasons. */
    void writeBadFile() throws IOException {
        Files.writeString(input.resolve("b-bad.csv"), """
                reporter,partner,period,flow,value_usd
                UZB,KOR,2001,export,1
                UZB,KOR,2002-H3,export,2
                UZB,KOR,2003,export,3
                UZB,KOR,2004,export,-4
                UZB,KOR,2005,export,5
                XYZ,KOR,2006,export,6
                UZB,KOR,2007,export,7
                UZB,KOR,2008-Q9,export,8
                UZB,KOR,2009,export,9
                UZB,KOR,2010,export,10
                """, StandardCharsets.UTF_8);
    }

    @Test
    void aFileAboveTheRejectRateFailsTheRunNamingItsReasonsAndWritesNoReport() throws IOException {
        writeBadFile();
        Harness.Result run = Harness.runInProcess(Harness.args(DATE, input, output, db, "--max-reject-rate", "0.2"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString())
                .contains("b-bad.csv", "4 of 10 data lines rejected")
                .contains("malformed period '2002-H3'", "value_usd '-4' is negative", "unknown country code 'XYZ'")
                .contains("run the same command again")
                .doesNotContain("a-good.csv");
        Harness.assertNoStackTrace(run);
        assertThat(output.resolve(DATE)).as("report folder").doesNotExist();
        assertThat(Harness.leftovers(output)).isEmpty();
    }

    @Test
    void aRejectRateExactlyAtTheLimitPasses() throws IOException {
        // 1 of 20 lines is 5%, the default limit: not above it
        Files.writeString(input.resolve("a-good.csv"), goodLines("KAZ", 19) + "KAZ,KOR,2019-H3,export,1\n",
                StandardCharsets.UTF_8);
        Harness.Result run = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(output.resolve(DATE + "/run.json")))
                .contains("\"lines\": 20, \"loaded\": 19, \"duplicates\": 0, \"conflicts\": 0, \"rejected\": 1");
    }

    @Test
    void aRerunFailingOnRejectsLeavesThePreviousReportAsItWas() throws IOException {
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Map<String, String> before = Harness.snapshot(output.resolve(DATE));

        writeBadFile();
        Harness.Result rerun = Harness.runInProcess(Harness.args(DATE, input, output, db, "--rerun"));
        assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(1);
        assertThat(rerun.err()).contains("b-bad.csv");
        assertThat(Harness.snapshot(output.resolve(DATE))).isEqualTo(before);
    }

    @Test
    void aMissingInputFolderExitsTwoWithOneLineAndWritesNothing() {
        Path missing = temp.resolve("no-such-folder");
        Harness.Result run = Harness.runInProcess(Harness.args(DATE, missing, output, db));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
        assertThat(run.err()).contains(missing.toString(), "does not exist");
        assertThat(run.out()).isEmpty();
        assertThat(output).as("nothing written").doesNotExist();
        assertThat(db).as("no database created").doesNotExist();
    }

    @Test
    void anInputPathThatIsAFileExitsTwoWithOneLine() throws IOException {
        Path file = Files.writeString(temp.resolve("input.csv"), "reporter,partner,period,flow,value_usd\n");
        Harness.Result run = Harness.runInProcess(Harness.args(DATE, file, output, db));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
        assertThat(run.err()).contains(file.toString(), "is not a readable directory");
        assertThat(output).doesNotExist();
    }

    @Test
    void anUnreadableInputFolderExitsTwo() throws IOException {
        Path locked = Files.createDirectories(temp.resolve("locked"));
        Files.writeString(locked.resolve("t.csv"), goodLines("KAZ", 2));
        try {
            Files.setPosixFilePermissions(locked, java.util.Set.of());
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
                    "running as root: a folder without read permission is still readable, so this cannot be tested");
            Harness.Result run = Harness.runInProcess(Harness.args(DATE, locked, output, db));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
            assertThat(run.err()).contains(locked.toString(), "is not a readable directory");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--date=2024-02-30", "--date=24-12-31", "--period=2024-H3", "--period=2024-Q5",
            "--max-reject-rate=1.5", "--max-reject-rate=five", "--unknown", "--date"})
    void badParametersExitTwoWithTheReasonAndTheUsageAndWriteNothing(String bad) {
        List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output", output.toString(), "--db",
                "jdbc:h2:file:" + db.resolve("tradestat")));
        args.addAll(List.of(bad.split("=", 2)));
        Harness.Result run = Harness.runInProcess(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        String first = run.err().lines().findFirst().orElse("");
        assertThat(first).as(run.toString()).startsWith("tradestat: ").contains(bad.split("=", 2)[0]);
        if (bad.contains("=")) {
            assertThat(first).contains(bad.split("=", 2)[1]);
        }
        assertThat(run.err()).contains("Usage:", "Exit codes:");
        Harness.assertNoStackTrace(run);
        assertThat(output).doesNotExist();
        assertThat(db).doesNotExist();
    }
}
