package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the report cannot be written (a read-only output folder, a file in the way, a full disk) the run fails with
 * exit 1 and a message that says which path and why, leaves nothing half-written (the previous report as it was, no
 * temporary files), and resumes once the cause is fixed.
 */
class OutputFailuresTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;
    Path input;
    Path output;

    @BeforeEach
    void folders() throws IOException {
        input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), List.of("KAZ", "KGZ", "KOR"), 1, 2015, 1, 9);
        output = temp.resolve("reports");
    }

    List<String> command(Path out, String... more) {
        return Harness.args(DATE, input, out, temp.resolve("db"), more);
    }

    @Test
    void aReadOnlyOutputFolderFailsTheRunPlainlyAndLeavesThePreviousReportAsItWas() throws Exception {
        Harness.Result first = Harness.runInProcess(command(output));
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path dir = output.resolve(DATE);
        Map<String, String> before = Harness.snapshot(dir);

        // The load's work folder stays writable, so that the run gets as far as writing the report.
        Files.createDirectories(output.resolve(".work"));
        Harness.Result failed;
        try (ReadOnly ignored = ReadOnly.of(output, dir, dir.resolve("charts"))) {
            failed = Harness.runInProcess(command(output, "--rerun"));
        }
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).as(failed.toString())
                .contains("The run for " + DATE + " failed: '" + output.resolve(".tradestat-tmp-" + DATE))
                .contains("run the same command again");
        assertThat(Harness.read(Harness.logFile(output, DATE))).contains("Executing step: [writeReport]");
        Harness.assertNoStackTrace(failed);
        assertThat(Harness.snapshot(dir)).as("the previous report").isEqualTo(before);
        assertThat(Harness.leftovers(output)).isEmpty();

        Harness.Result resumed = Harness.runInProcess(command(output, "--rerun"));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("Resuming the run for " + DATE);
        assertThat(Files.readString(dir.resolve("run.json"))).contains("\"rerun\": \"1\"");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenAtAllFailsAtOnceWithOneLine() throws Exception {
        Files.createDirectories(output);
        Harness.Result failed;
        try (ReadOnly ignored = ReadOnly.of(output)) {
            failed = Harness.runInProcess(command(output));
        }
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err().lines().toList()).as(failed.toString()).hasSize(1);
        assertThat(failed.err()).contains("cannot write to the output folder '" + output + "'", "logs");
        Harness.assertNoStackTrace(failed);
        try (var entries = Files.list(output)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void aFileWhereTheReportFolderGoesFailsTheRunAndIsLeftAlone() throws Exception {
        Files.createDirectories(output);
        Path inTheWay = Files.writeString(output.resolve(DATE), "someone's notes", StandardCharsets.UTF_8);
        Harness.Result failed = Harness.runInProcess(command(output));
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).as(failed.toString()).contains("'" + inTheWay + "'", "in the way");
        Harness.assertNoStackTrace(failed);
        assertThat(Files.readString(inTheWay)).isEqualTo("someone's notes");
        assertThat(Harness.leftovers(output)).isEmpty();

        Files.delete(inTheWay);
        Harness.Result resumed = Harness.runInProcess(command(output));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(output.resolve(DATE + "/indicators.csv")).isNotEmptyFile();
    }

    @Test
    void aFullDiskFailsTheRunWithNothingHalfWrittenAndItResumesWhenThereIsRoom() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small-disk"));
        // A real full disk: a 128 KiB tmpfs, which the log file fits in and the report does not. Needs root.
        Assumptions.assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=128k,mode=0755", "tmpfs", small.toString()) == 0,
                "cannot mount a small tmpfs here (needs root): a full disk cannot be simulated, so this is not tested");
        try {
            Path out = small.resolve("reports");
            Harness.Result failed = Harness.runInProcess(command(out));
            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(failed.err()).as(failed.toString()).contains("No space left on device");
            Harness.assertNoStackTrace(failed);
            assertThat(out.resolve(DATE)).as("report folder").doesNotExist();
            assertThat(Harness.leftovers(out)).isEmpty();

            assertThat(exec("mount", "-o", "remount,size=16m", small.toString())).isZero();
            Harness.Result resumed = Harness.runInProcess(command(out));
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("Resuming the run for " + DATE);
            try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve(DATE + "/tradestat-" + DATE + ".xlsx").toFile())) {
                assertThat(workbook.getNumberOfSheets()).isGreaterThan(2);
            }
        } finally {
            // lazily if need be: the log file of the last run in this JVM may still be open there
            if (exec("umount", small.toString()) != 0) {
                exec("umount", "-l", small.toString());
            }
        }
    }

    private static int exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /**
     * Folders made read-only for this process until closed: by permissions, or, for root (whom permissions do not
     * stop), by the immutable attribute ({@code chattr +i}). Aborts the test when neither works here.
     */
    static final class ReadOnly implements AutoCloseable {
        private final List<Path> folders;
        private final boolean immutable;

        private ReadOnly(List<Path> folders, boolean immutable) {
            this.folders = folders;
            this.immutable = immutable;
        }

        static ReadOnly of(Path... folders) throws Exception {
            for (Path f : folders) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            if (!writable(folders[0])) {
                return new ReadOnly(List.of(folders), false);
            }
            List<Path> done = new ArrayList<>();
            for (Path f : folders) {
                if (exec("chattr", "+i", f.toString()) == 0) {
                    done.add(f);
                }
            }
            ReadOnly readOnly = new ReadOnly(List.of(folders), true);
            if (done.size() < folders.length || writable(folders[0])) {
                readOnly.close();
                Assumptions.abort("running as root without a working chattr +i: a read-only folder cannot be"
                        + " simulated here, so this is not tested");
            }
            return readOnly;
        }

        /** Whether a file can really be created in the folder (Files.isWritable is true for root whatever the mode). */
        private static boolean writable(Path folder) {
            try {
                Files.delete(Files.createFile(folder.resolve(".probe")));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() throws Exception {
            for (Path f : folders) {
                if (immutable) {
                    exec("chattr", "-i", f.toString());
                }
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
