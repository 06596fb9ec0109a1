package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console shows when the output cannot be written, seen as an operator sees it: the job in a JVM of its own,
 * so that what logging itself prints to the process's stderr counts too (in this JVM it would not be captured). One
 * line that says what failed, on which path, and what to do; no stack traces (they go to the log file when it can be
 * written), and no "Log:" line for a log file that was never written.
 */
class OutputErrorsConsoleTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;
    Path input;

    @BeforeEach
    void folders() throws IOException {
        input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), List.of("KAZ", "KGZ", "KOR"), 1, 2015, 1, 9);
    }

    Harness.Result runChild(Path output, String date, String... more) throws Exception {
        return ChildProcess.run(ChildProcess.jobCommand(Harness.args(date, input, output, temp.resolve("db"), more)),
                Map.of("LC_ALL", "C.UTF-8"), temp.resolve("console"));
    }

    static void assertQuiet(Harness.Result run) {
        Harness.assertNoStackTrace(run);
        assertThat(run.all()).as(run.toString()).doesNotContain("|-ERROR", "|-WARN", "ch.qos.logback");
    }

    @Test
    void aLogFolderThatCannotBeWrittenIsOneLineAndNoLogLine() throws Exception {
        Path output = temp.resolve("reports");
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db")));
        assertThat(first.exitCode()).as(first.toString()).isZero();

        Harness.Result run;
        try (OutputFailuresTest.ReadOnly ignored = OutputFailuresTest.ReadOnly.of(output, output.resolve("logs"))) {
            run = runChild(output, "2025-01-31"); // a new date: its log file does not exist yet
        }
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertQuiet(run);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).as(run.toString()).singleElement().asString()
                .startsWith("tradestat: cannot write the log file '" + Harness.logFile(output, "2025-01-31") + "': ")
                .contains("writable", "--output", "run again")
                .doesNotContain("Log:");
        assertThat(output.resolve("2025-01-31")).doesNotExist();
    }

    @Test
    void aFullDiskIsOneLineWithThePathAndWhatToDo() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small-disk"));
        // A real full disk: a 128 KiB tmpfs, which the start of the log fits in and the report does not. Needs root.
        int mounted = exec("mount", "-t", "tmpfs", "-o", "size=128k,mode=0755", "tmpfs", small.toString());
        Assumptions.assumeTrue(mounted == 0,
                "cannot mount a small tmpfs here (needs root): a full disk cannot be simulated, so this is not tested");
        try {
            Path output = small.resolve("reports");
            Harness.Result run = runChild(output, DATE);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertQuiet(run);
            List<String> lines = run.err().lines().toList();
            assertThat(lines).as(run.toString()).hasSize(2);
            // where the disk filled up (the computed indicators or the report) depends on the sizes
            assertThat(lines.get(0)).matches(Pattern.quote("The run for " + DATE + " failed: writing '" + output + "/")
                    + "[^']+" + Pattern.quote("': No space left on device. The disk is full: free space on the disk"
                    + " of '" + output + "' (df -h), or give another --output, and run the same command again: it"
                    + " resumes at the failed step."));
            // The log file got what fitted; the console says so rather than point at it as if it were whole.
            assertThat(lines.get(1)).startsWith("Log: " + Harness.logFile(output, DATE));
            if (!lines.get(1).equals("Log: " + Harness.logFile(output, DATE))) {
                assertThat(lines.get(1)).endsWith("(incomplete: could not be written: No space left on device)");
            }
        } finally {
            if (exec("umount", small.toString()) != 0) {
                exec("umount", "-l", small.toString());
            }
        }
    }

    @Test
    void aReadOnlyOutputFolderSaysWhatToDo() throws Exception {
        Path output = temp.resolve("reports");
        Harness.Result first = Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db")));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Harness.Result failed;
        try (OutputFailuresTest.ReadOnly ignored = OutputFailuresTest.ReadOnly.of(output, output.resolve(DATE))) {
            failed = runChild(output, DATE, "--rerun");
        }
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertQuiet(failed);
        assertThat(failed.err().lines().toList()).as(failed.toString()).hasSize(2);
        assertThat(failed.err().lines().findFirst().orElse("")).as(failed.toString())
                .startsWith("The run for " + DATE + " failed: '" + output)
                .contains("Make '" + output + "' and what is in it writable for this user, or give another --output,"
                        + " and run the same command again");
        assertThat(failed.err()).contains("Log: " + Harness.logFile(output, DATE));
    }

    private static int exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
