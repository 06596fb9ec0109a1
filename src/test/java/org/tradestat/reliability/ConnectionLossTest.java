package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, Operations: a run whose PostgreSQL connections are dropped (the server terminates its sessions, as a network
 * cut or a DBA would) fails, saying the connection was lost, and the same command resumes it; never a date stuck for
 * ever in "Cannot restart job from UNKNOWN status". Needs PostgreSQL (see {@link Pg}); skipped, saying so, without.
 */
class ConnectionLossTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;
    Pg pg;

    @BeforeEach
    void schema() {
        pg = Pg.create("ConnectionLossTest");
    }

    @AfterEach
    void drop() {
        if (pg != null) {
            pg.close();
        }
    }

    record Cut(String step, long delayMillis) {
    }

    @Test
    void aRunWhoseConnectionsAreDroppedInAnyStepFailsAndTheSameCommandResumesIt() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 6, 2000, 16, 42);
        Harness.writeSideFiles(input);
        Path output = temp.resolve("reports");
        List<String> command = List.of("--date", DATE, "--input", input.toString(), "--output", output.toString(),
                "--db", pg.url());
        Path log = Harness.logFile(output, DATE);
        List<String> outcomes = new ArrayList<>();
        for (Cut cut : List.of(new Cut("loadInputs", 150), new Cut("resolveDuplicates", 30),
                new Cut("computeIndicators", 30), new Cut("writeReport", 100))) {
            long offset = Harness.size(log);
            Harness.Child child = Harness.Child.start(command, temp.resolve("console"));
            Harness.awaitStep(child, log, offset, cut.step(), Duration.ofSeconds(90));
            Thread.sleep(cut.delayMillis());
            // Every session of the run, again and again until it ends: whatever the step does with the database
            // from now on, it finds the connection gone.
            while (child.isAlive()) {
                pg.terminateSessions();
                Thread.sleep(20);
            }
            Harness.Result cutOff = child.await(Duration.ofSeconds(10));
            outcomes.add(cut.step() + ": " + cutOff);
            assertThat(cutOff.exitCode()).as("cut in %s\n%s", cut.step(), cutOff).isEqualTo(1);
            assertThat(cutOff.err()).as("cut in %s\n%s", cut.step(), cutOff)
                    .contains("lost the connection to the", "run the same command again")
                    .doesNotContain("UNKNOWN");
            Harness.assertNoStackTrace(cutOff);
        }

        Harness.Result last = Harness.Child.start(command, temp.resolve("console")).await(Duration.ofSeconds(120));
        assertThat(last.exitCode()).as("%s\nearlier runs:\n%s", last, String.join("\n", outcomes)).isZero();
        assertThat(last.out()).as(last.toString()).contains("Resuming the run for " + DATE, "Completed the run for " + DATE);
        Harness.assertNoStackTrace(last);
        assertThat(output.resolve(DATE).resolve("indicators.csv")).isNotEmptyFile();

        Harness.Result rerun = Harness.runInProcess(new ArrayList<>(List.of("--date", DATE, "--input", input.toString(),
                "--output", output.toString(), "--db", pg.url(), "--rerun")));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.out()).contains("Completed the run for " + DATE);
    }

    /** A single cut, the database answering again at once: the run itself records that it failed. */
    @Test
    void aRunWhoseConnectionsAreDroppedOnceRecordsItselfAsFailed() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 6, 2000, 16, 42);
        Path output = temp.resolve("reports");
        List<String> command = List.of("--date", DATE, "--input", input.toString(), "--output", output.toString(),
                "--db", pg.url());
        Harness.Child child = Harness.Child.start(command, temp.resolve("console"));
        Harness.awaitStep(child, Harness.logFile(output, DATE), 0, "loadInputs", Duration.ofSeconds(90));
        Thread.sleep(100);
        pg.terminateSessions();
        Harness.Result cutOff = child.await(Duration.ofSeconds(60));
        assertThat(cutOff.exitCode()).as(cutOff.toString()).isEqualTo(1);
        assertThat(cutOff.err()).as(cutOff.toString()).contains("lost the connection to the", "run the same command again");
        try (Connection c = pg.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT status FROM " + pg.schema + ".batch_job_execution")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the run's status in the job repository").isEqualTo("FAILED");
        }
    }

    /**
     * A run whose failure Spring Batch could not record (the connection was gone) is left UNKNOWN; the next run, plain
     * or --rerun, holding the run lock (so no live process runs it), marks it failed and resumes it.
     */
    @Test
    void aRunLeftUnknownIsRecoveredByThePlainCommandAndByRerun() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), List.of("KAZ", "KOR"), 2, 2015, 1, 1);
        Path output = temp.resolve("reports");
        List<String> command = new ArrayList<>(List.of("--date", DATE, "--input", input.toString(), "--output",
                output.toString(), "--db", pg.url()));
        List<String> rerun = new ArrayList<>(command);
        rerun.add("--rerun");

        for (List<String> next : List.of(command, rerun)) {
            // a run that fails in its load (every line of a file rejected), its failure then turned UNKNOWN
            Path bad = Files.writeString(input.resolve("bad.csv"), "reporter,partner,period,flow,value_usd\n"
                    + "XXX,KOR,2020,export,1\nXXX,KOR,2021,export,1\n");
            Harness.Result failed = Harness.runInProcess(next);
            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            markLastExecutionUnknown();
            Files.delete(bad);

            Harness.Result run = Harness.runInProcess(next);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).as(run.toString()).contains("recovering", "Resuming the run for " + DATE,
                    "Completed the run for " + DATE);
            Harness.assertNoStackTrace(run);
        }
    }

    /** What Spring Batch leaves when it cannot record a step's failure: the step and the job UNKNOWN. */
    private void markLastExecutionUnknown() throws Exception {
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            // the run that just failed: the latest FAILED execution by creation time (ids from a sequence need not
            // grow with time, so the largest id is not always the latest run)
            String last = "(SELECT job_execution_id FROM " + pg.schema + ".batch_job_execution WHERE status = 'FAILED'"
                    + " ORDER BY create_time DESC, job_execution_id DESC LIMIT 1)";
            s.executeUpdate("UPDATE " + pg.schema + ".batch_step_execution SET status = 'UNKNOWN', end_time = NULL"
                    + " WHERE step_execution_id = (SELECT MAX(step_execution_id) FROM " + pg.schema
                    + ".batch_step_execution WHERE job_execution_id = " + last + ")");
            s.executeUpdate("UPDATE " + pg.schema + ".batch_job_execution SET status = 'UNKNOWN', exit_code = 'UNKNOWN'"
                    + " WHERE job_execution_id = " + last);
        }
    }
}
