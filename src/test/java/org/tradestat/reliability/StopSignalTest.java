package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, Operations: SIGTERM (systemctl stop, kill, the end of a timeout) or Ctrl-C while a run works stops it
 * cleanly: one line saying the run was stopped and that the same command resumes it, no connection-pool errors; the run
 * is recorded as stopped, and the same command resumes it at the step it was stopped in and completes it.
 */
class StopSignalTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    @Test
    void aRunStoppedBySigtermInAStepSaysSoInOneLineAndTheSameCommandResumesIt() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 6, 2000, 16, 42);
        Harness.writeSideFiles(input);
        Path output = temp.resolve("reports");
        List<String> command = Harness.args(DATE, input, output, temp.resolve("db"));
        Path log = Harness.logFile(output, DATE);

        for (String step : List.of("loadInputs", "computeIndicators")) {
            long offset = Harness.size(log);
            Harness.Child child = Harness.Child.start(command, temp.resolve("console"));
            Harness.awaitStep(child, log, offset, step, Duration.ofSeconds(90));
            Thread.sleep(30);
            child.process.destroy(); // SIGTERM
            assertThat(child.process.waitFor(60, TimeUnit.SECONDS)).as("the stopped run ended").isTrue();
            Harness.Result stopped = child.await(Duration.ofSeconds(1));
            assertThat(stopped.exitCode()).as("128 + SIGTERM\n%s", stopped).isEqualTo(143);
            assertThat(stopped.err().lines().toList()).as(stopped.toString()).hasSize(1);
            assertThat(stopped.err()).as(stopped.toString())
                    .contains("the run for " + DATE + " was stopped in step " + step, "run the same command again to resume it")
                    .doesNotContain("HikariDataSource", "has been closed");
            Harness.assertNoStackTrace(stopped);
            String logged = Harness.readFrom(log, offset);
            assertThat(logged).as("the log of the stopped run").doesNotContain("HikariDataSource has been closed")
                    .contains("Job: [SimpleJob: [name=tradestat]]");
            assertThat(logged).as("the log of the stopped run").doesNotContain(" ERROR ");
        }

        Harness.Result resumed = Harness.Child.start(command, temp.resolve("console")).await(Duration.ofSeconds(120));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).as(resumed.toString())
                .contains("Resuming the run for " + DATE + " (status STOPPED)", "Completed the run for " + DATE)
                .doesNotContain("recovering", "loadInputs:");
        Harness.assertNoStackTrace(resumed);
    }
}
