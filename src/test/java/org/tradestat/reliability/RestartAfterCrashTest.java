package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 5: "A failed or killed run is resumed by running the same command again: finished steps are not redone, and
 * the result equals an uninterrupted run." The job runs in a JVM of its own and is killed with SIGKILL (no shutdown
 * hook, no finally block) inside each step in turn; each time the same command runs again. The last run must
 * complete, say it recovered the killed run, redo only the step it was killed in, and give an indicators.csv equal,
 * byte for byte, to that of an uninterrupted run of the same input.
 */
class RestartAfterCrashTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    /** Where to kill, and how long after the step started: well within the step's duration on this input. */
    record KillPoint(String step, long delayMillis) {
    }

    @Test
    void aRunKilledInAnyStepResumesAndGivesTheSameResultAsAnUninterruptedRun() throws Exception {
        Path input = temp.resolve("input");
        // 5,760 distinct figures written 48 times: 276,480 lines. Each step takes from a few tenths of a second (load,
        // duplicate resolution, analysis) to a few seconds (the report) here: long enough to be killed in, short
        // enough for the whole test to stay within half a minute. (At 16 times, 92,160 lines, the load from bytes
        // took 0.16 s and was sometimes over before the kill 0.15 s into it.)
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 6, 2000, 48, 42);
        Harness.writeSideFiles(input);

        // The uninterrupted run, in this JVM, while the killed ones run beside it.
        Path refOutput = temp.resolve("reference/reports");
        CompletableFuture<Harness.Result> reference = CompletableFuture.supplyAsync(() -> Harness.runInProcess(
                Harness.args(DATE, input, refOutput, temp.resolve("reference/db"))));

        try {
            killAndResume(input, refOutput, reference);
        } finally {
            reference.join(); // never leave a run going in this JVM behind a failed assertion
        }
    }

    private void killAndResume(Path input, Path refOutput, CompletableFuture<Harness.Result> reference)
            throws Exception {
        Path output = temp.resolve("reports");
        List<String> command = Harness.args(DATE, input, output, temp.resolve("db"));
        Path log = Harness.logFile(output, DATE);
        List<KillPoint> killPoints = List.of(new KillPoint("loadInputs", 150), new KillPoint("resolveDuplicates", 50),
                new KillPoint("computeIndicators", 50), new KillPoint("writeReport", 300));
        for (int i = 0; i < killPoints.size(); i++) {
            KillPoint point = killPoints.get(i);
            long offset = Harness.size(log);
            Harness.Child child = Harness.Child.start(command, temp.resolve("console"));
            Harness.awaitStep(child, log, offset, point.step(), Duration.ofSeconds(90));
            Thread.sleep(point.delayMillis());
            child.kill();
            String logged = Harness.readFrom(log, offset);
            assertThat(logged).as("the kill came after step %s had finished: the test input is too small for this"
                    + " machine", point.step()).doesNotContain("Step: [" + point.step() + "] executed");
            if (i > 0) {
                assertThat(Harness.read(child.stdout)).as("run %d, killed in %s", i + 1, point.step())
                        .contains("recovering", "Resuming the run for " + DATE);
            }
        }

        Harness.Result last = Harness.Child.start(command, temp.resolve("console")).await(Duration.ofSeconds(120));
        assertThat(last.exitCode()).as(last.toString()).isZero();
        assertThat(last.out()).as(last.toString())
                .contains("still marked as running", "recovering", "Resuming the run for " + DATE,
                        "Completed the run for " + DATE)
                // it was killed in writeReport: only that step runs again
                .contains("writeReport: completed")
                .doesNotContain("loadInputs:", "resolveDuplicates:", "computeIndicators:");
        Harness.assertNoStackTrace(last);

        Harness.Result ref = reference.get();
        assertThat(ref.exitCode()).as(ref.toString()).isZero();
        Path dir = output.resolve(DATE);
        Path refDir = refOutput.resolve(DATE);
        assertThat(Files.mismatch(dir.resolve("indicators.csv"), refDir.resolve("indicators.csv")))
                .as("indicators.csv of the resumed run vs the uninterrupted run: first differing byte").isEqualTo(-1L);
        assertThat(Files.size(dir.resolve("indicators.csv"))).isGreaterThan(100_000);
        assertThat(Files.mismatch(dir.resolve("rejects.csv"), refDir.resolve("rejects.csv"))).isEqualTo(-1L);
        assertThat(Harness.runJsonInputs(dir.resolve("run.json")))
                .isEqualTo(Harness.runJsonInputs(refDir.resolve("run.json")));
        assertThat(Harness.leftovers(output)).as("temporary files left under the output folder").isEmpty();
    }
}
