package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the operator is told in the cases that used to pass without a word or with a crash (README, Operations): a run
 * date or focus period out of range, {@code --output /}, a date that already completed under another
 * {@code --output} or whose report folder is gone, and an input folder with no CSV files.
 */
class OperatorMessagesTest {

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
        Files.writeString(input.resolve("trade.csv"), InputErrorsTest.goodLines("KAZ", 5), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--date=9999-12-31", "--date=3000-01-01", "--date=1899-12-31", "--date=0001-01-01",
            "--period=3000", "--period=1899-H1"})
    void aDateOrPeriodOutOfRangeExitsTwoWithTheRangeAndWritesNothing(String bad) {
        List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output", output.toString(), "--db",
                "jdbc:h2:file:" + db.resolve("tradestat")));
        args.addAll(List.of(bad.split("=", 2)));
        Harness.Result run = Harness.runInProcess(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        String first = run.err().lines().findFirst().orElse("");
        assertThat(first).as(run.toString()).startsWith("tradestat: ").contains(bad.split("=", 2)[1])
                .contains("out of range", "1900", "2999");
        assertThat(run.err()).contains("Usage:", "years 1900 to 2999");
        Harness.assertNoStackTrace(run);
        assertThat(output).doesNotExist();
        assertThat(db).doesNotExist();
    }

    @Test
    void theLastDayOfTheRangeRuns() {
        Harness.Result run = Harness.runInProcess(Harness.args("2999-12-31", input, output, db));
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void theRootFolderAsOutputIsRefusedWithExitTwo() {
        // A date no one reports on, so that a failing old build leaves a recognisable folder behind.
        String date = "1901-02-03";
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("/" + date)));
        for (String root : List.of("/", "/..")) {
            Harness.Result run = Harness.runInProcess(Harness.args(date, input, Path.of(root), db));
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(run.toString()).hasSize(1);
            assertThat(run.err()).contains("--output '" + root + "' is the root folder", "/" + date + "/", "/logs/",
                    "--output reports");
            assertThat(Path.of("/" + date)).doesNotExist();
            assertThat(db).as("no database created").doesNotExist();
        }
    }

    @Test
    void aCompletedDateSaysWhereItsReportWasWrittenAndWhatRerunDoes() {
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(first.exitCode()).as(first.toString()).isZero();

        Path elsewhere = temp.resolve("elsewhere");
        Harness.Result other = Harness.runInProcess(Harness.args(DATE, input, elsewhere, db));
        assertThat(other.exitCode()).as(other.toString()).isZero();
        assertThat(other.out()).as(other.toString())
                .contains("already completed", "Its report was written to " + output.resolve(DATE) + "/.")
                .contains("This command's --output is " + elsewhere + ": --rerun makes a fresh run and writes its"
                        + " report to " + elsewhere.resolve(DATE) + "/.");
        assertThat(elsewhere.resolve(DATE)).doesNotExist();

        Harness.Result same = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(same.out()).as(same.toString())
                .contains("Its report was written to " + output.resolve(DATE) + "/. Use --rerun for a fresh run.");
    }

    @Test
    void aCompletedDateWhoseReportFolderIsGoneSaysThatRerunWritesItAgain() throws IOException {
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        org.tradestat.report.AtomicFiles.deleteRecursively(output.resolve(DATE));

        Harness.Result again = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).as(again.toString()).contains("Its report was written to " + output.resolve(DATE)
                + "/. That folder is no longer there: --rerun makes a fresh run and writes its report to "
                + output.resolve(DATE) + "/.");
        Harness.Result rerun = Harness.runInProcess(Harness.args(DATE, input, output, db, "--rerun"));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(output.resolve(DATE).resolve("run.json")).isNotEmptyFile();
    }

    @Test
    void anInputFolderWithoutCsvFilesExitsTwoAndLeavesThePreviousReportAsItWas() throws IOException {
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        var before = Harness.snapshot(output.resolve(DATE));

        Files.delete(input.resolve("trade.csv"));
        Files.writeString(input.resolve("notes.txt"), "tomorrow's files", StandardCharsets.UTF_8);
        for (List<String> args : List.of(Harness.args("2025-01-31", input, output, db),
                Harness.args(DATE, input, output, db, "--rerun"))) {
            Harness.Result empty = Harness.runInProcess(args);
            assertThat(empty.exitCode()).as(empty.toString()).isEqualTo(2);
            assertThat(empty.err().lines().findFirst().orElse("")).as(empty.toString())
                    .isEqualTo("tradestat: input directory '" + input + "' holds no *.csv files: nothing to report,"
                            + " and no report is written. Put the files in it (or give --input) and run again.");
            Harness.assertNoStackTrace(empty);
        }
        assertThat(output.resolve("2025-01-31")).doesNotExist();
        assertThat(Harness.snapshot(output.resolve(DATE))).as("the previous report").isEqualTo(before);
    }
}
