package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may read what the job writes (README, Operations: permissions). The embedded database holds every loaded figure
 * and the job history: its folder is created owner-only and its files are made owner-only, whatever the umask. The
 * report folder and the logs are for others to read: they follow the umask of the process that runs the job, so the
 * operator decides (umask 027 in the crontab line, UMask=0027 in the systemd unit).
 */
class PermissionsTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;
    Path input;
    Path output;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("trade.csv"), InputErrorsTest.goodLines("KAZ", 5));
        output = temp.resolve("reports");
    }

    Harness.Result runUnder(String umask, Path dbBase) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        command.addAll(ChildProcess.jobCommand(List.of("--date", DATE, "--input", input.toString(), "--output",
                output.toString(), "--db", "jdbc:h2:file:" + dbBase)));
        Harness.Result run = ChildProcess.run(command, Map.of("LC_ALL", "C.UTF-8"), temp.resolve("console"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theFilesOfAnExistingDatabaseFolderAreMadeOwnerOnlyAndTheFolderIsLeftAlone() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-x---"));
        runUnder("022", data.resolve("tradestat"));
        Files.setPosixFilePermissions(data.resolve("tradestat.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        runUnder("022", data.resolve("tradestat"));
        assertThat(mode(data.resolve("tradestat.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(data)).isEqualTo("rwxr-x---");
    }

    @Test
    void theDatabaseIsOwnerOnlyAndTheReportFollowsTheUmask() throws Exception {
        Path data = temp.resolve("srv/data");
        runUnder("027", data.resolve("tradestat"));
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("tradestat.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(temp.resolve("srv"))).as("folders above it are not the job's").isEqualTo("rwxr-x---");

        Path report = output.resolve(DATE);
        List<String> modes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(report)) {
            for (Path p : walk.toList()) {
                modes.add(report.relativize(p) + " " + mode(p));
            }
        }
        assertThat(modes).isNotEmpty().allSatisfy(m -> assertThat(m).matches(".* (rwxr-x---|rw-r-----)"));
        assertThat(mode(report)).isEqualTo("rwxr-x---");
        assertThat(mode(report.resolve("run.json"))).isEqualTo("rw-r-----");
        assertThat(mode(report.resolve("tradestat-" + DATE + ".xlsx"))).isEqualTo("rw-r-----");
        assertThat(mode(Harness.logFile(output, DATE))).isEqualTo("rw-r-----");
    }
}
