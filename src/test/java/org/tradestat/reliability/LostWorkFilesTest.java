package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's work files ({@code <output>/.work/}) can go while it is stopped: a temporary-file cleaner, a disk swap, or
 * another database's run writing into the same output folder. The run then cannot resume at the step that reads
 * them; the same command (or {@code --rerun}) starts it afresh and completes it, and runs of two databases in one
 * output folder never share work files (README, Operations).
 */
class LostWorkFilesTest {

    static final String DATE = "2024-12-31";

    @TempDir
    static Path shared;
    static Path input;
    static Path reference;

    @TempDir
    Path temp;

    /** The input of {@link RestartAfterCrashTest} (92,160 lines), and the indicators of an uninterrupted run. */
    @BeforeAll
    static void referenceRun() throws IOException {
        input = shared.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 6, 2000, 16, 42);
        Harness.writeSideFiles(input);
        Path output = shared.resolve("reference/reports");
        Harness.Result run = Harness.runInProcess(Harness.args(DATE, input, output, shared.resolve("reference/db")));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        reference = output.resolve(DATE + "/indicators.csv");
    }

    /** Starts the command in a JVM of its own and kills it as soon as resolveDuplicates has started. */
    private void killInResolveDuplicates(List<String> command, Path output) throws Exception {
        Path log = Harness.logFile(output, DATE);
        long offset = Harness.size(log);
        Harness.Child child = Harness.Child.start(command, temp.resolve("console"));
        Harness.awaitStep(child, log, offset, "resolveDuplicates", Duration.ofSeconds(90));
        child.kill();
        assertThat(Harness.readFrom(log, offset)).as("the kill came after resolveDuplicates had finished")
                .doesNotContain("Step: [resolveDuplicates] executed");
    }

    private static void assertSameIndicatorsAsAnUninterruptedRun(Path output) throws IOException {
        assertThat(Files.mismatch(output.resolve(DATE + "/indicators.csv"), reference))
                .as("indicators.csv vs an uninterrupted run: first differing byte").isEqualTo(-1L);
    }

    @Test
    void aRunKilledInResolveDuplicatesWhoseWorkFilesWentStartsAfreshAndCompletes() throws Exception {
        Path output = temp.resolve("reports");
        List<String> command = Harness.args(DATE, input, output, temp.resolve("db"));
        killInResolveDuplicates(command, output);
        deleteRecursively(output.resolve(".work"));

        Harness.Result resumed = Harness.runInProcess(command);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).as(resumed.toString())
                .contains("The run for " + DATE + " cannot resume: the load's work files (" + output.resolve(".work"))
                .contains("are missing or incomplete (removed since it stopped?). Starting it afresh from the first"
                        + " step.")
                .contains("Completed the run for " + DATE, "loadInputs: completed")
                .doesNotContain("Resuming");
        Harness.assertNoStackTrace(resumed);
        assertSameIndicatorsAsAnUninterruptedRun(output);
        assertThat(output.resolve(".work")).as("work files of the completed run").doesNotExist();

        Harness.Result again = Harness.runInProcess(command);
        assertThat(again.out()).as(again.toString()).contains("already completed");
    }

    @Test
    void aRunThatFailedInWriteReportWhoseComputedIndicatorsWentCompletesWithRerun() throws Exception {
        Path output = temp.resolve("reports");
        Files.createDirectories(output);
        // something in the way of the report folder fails writeReport
        Path inTheWay = Files.writeString(output.resolve(DATE), "someone's notes", StandardCharsets.UTF_8);
        List<String> command = Harness.args(DATE, input, output, temp.resolve("db"));
        Harness.Result failed = Harness.runInProcess(command);
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(Harness.read(Harness.logFile(output, DATE))).contains("Executing step: [writeReport]");
        Files.delete(inTheWay);
        deleteRecursively(output.resolve(".work"));

        List<String> rerun = Harness.args(DATE, input, output, temp.resolve("db"), "--rerun");
        Harness.Result completed = Harness.runInProcess(rerun);
        assertThat(completed.exitCode()).as(completed.toString()).isZero();
        assertThat(completed.out()).as(completed.toString())
                .contains("cannot resume: the computed indicators (" + output.resolve(".work"))
                .contains("Starting it afresh from the first step.", "Completed the run for " + DATE);
        Harness.assertNoStackTrace(completed);
        assertSameIndicatorsAsAnUninterruptedRun(output);
    }

    @Test
    void runsOfTwoDatabasesInOneOutputFolderKeepTheirWorkFilesApart() throws Exception {
        Path output = temp.resolve("reports");
        // run 1 of database A is killed while it resolves the duplicates of its load's work files
        List<String> first = Harness.args(DATE, input, output, temp.resolve("db-a"));
        killInResolveDuplicates(first, output);

        // run 1 of database B, into the same output folder, loads, resolves and completes meanwhile
        Harness.Result other = Harness.runInProcess(Harness.args("2024-06-30", input, output, temp.resolve("db-b")));
        assertThat(other.exitCode()).as(other.toString()).isZero();

        // A's run resumes where it was killed, from its own work files
        Harness.Result resumed = Harness.runInProcess(first);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).as(resumed.toString())
                .contains("Resuming the run for " + DATE, "Completed the run for " + DATE)
                .doesNotContain("afresh", "loadInputs:");
        assertSameIndicatorsAsAnUninterruptedRun(output);
        assertThat(output.resolve(".work")).as("work files of the completed runs").doesNotExist();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        assertThat(dir).as("the work folder").exists();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
