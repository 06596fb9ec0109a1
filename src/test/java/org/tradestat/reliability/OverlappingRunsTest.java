package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 5: "Two runs for the same date at the same time: the second is refused with a clear message." While a run
 * works (a JVM of its own), a second run for the same date is refused at once, and a run for another date on the
 * same embedded H2 database (which admits one process) is refused with one line saying the database is in use,
 * never an H2 stack trace. The first run is not disturbed and completes.
 */
class OverlappingRunsTest {

    @TempDir
    Path temp;

    @Test
    void whileARunWorksASecondRunForTheSameDateOrTheSameDatabaseIsRefusedPlainly() throws Exception {
        Path input = temp.resolve("input");
        // 21,760 figures (174,080 lines): the first run works for several seconds after its load starts, long enough
        // for the other two to start and be refused (a quarter of that was no longer enough once the job got faster).
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 16, 1990, 8, 7);
        Path output = temp.resolve("reports");
        Path db = temp.resolve("db");
        Path console = temp.resolve("console");

        Harness.Child first = Harness.Child.start(Harness.args("2024-12-31", input, output, db), console);
        try {
            overlap(first, input, output, db, console);
        } finally {
            if (first.isAlive()) {
                first.kill(); // no run left going behind a failed assertion
            }
        }
    }

    private static void overlap(Harness.Child first, Path input, Path output, Path db, Path console) throws Exception {
        Harness.awaitStep(first, Harness.logFile(output, "2024-12-31"), 0, "loadInputs", Duration.ofSeconds(90));

        Harness.Child sameDate = Harness.Child.start(Harness.args("2024-12-31", input, output, db), console);
        Harness.Child otherDate = Harness.Child.start(Harness.args("2024-06-30", input, output, db), console);
        Harness.Result refused = sameDate.await(Duration.ofSeconds(60));
        Harness.Result dbInUse = otherDate.await(Duration.ofSeconds(60));
        assertThat(first.isAlive()).as("the first run still works while the others are refused: otherwise this test"
                + " tested nothing; make its input bigger").isTrue();

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).as(refused.toString())
                .contains("another run for 2024-12-31 is in progress", "Run again when it has finished");
        assertThat(refused.err().lines().toList()).as(refused.toString()).hasSize(1);
        Harness.assertNoStackTrace(refused);

        assertThat(dbInUse.exitCode()).as(dbInUse.toString()).isEqualTo(1);
        List<String> lines = dbInUse.err().lines().filter(l -> !l.startsWith("Log: ")).toList();
        assertThat(lines).as(dbInUse.toString()).hasSize(1);
        assertThat(lines.get(0)).as(dbInUse.toString()).contains("is in use by another Tradestat run");
        Harness.assertNoStackTrace(dbInUse);

        Harness.Result done = first.await(Duration.ofSeconds(120));
        assertThat(done.exitCode()).as(done.toString()).isZero();
        assertThat(done.out()).contains("Completed the run for 2024-12-31");
        assertThat(output.resolve("2024-12-31/indicators.csv")).isNotEmptyFile();
        assertThat(output.resolve("2024-06-30")).as("the refused run wrote no report").doesNotExist();
    }
}
