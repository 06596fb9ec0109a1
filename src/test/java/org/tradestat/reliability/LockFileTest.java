package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README, Overlapping runs: the run lock is a file of the user's own beside the database, never a predictable name in
 * the shared temporary folder, and no link planted where it goes is followed. Another local user can neither make a
 * run truncate and write a file of theirs (or root's) through a symbolic link, nor block runs by holding a lock on a
 * file of that name.
 */
class LockFileTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    /** The name earlier versions locked in the temporary folder: anyone could create it first. */
    private static Path sharedTmpName(String dbUrl) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(dbUrl.getBytes(StandardCharsets.UTF_8));
        return Path.of(System.getProperty("java.io.tmpdir"),
                "tradestat-" + HexFormat.of().formatHex(digest, 0, 6) + "-" + DATE + ".lock");
    }

    private Path input() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("t.csv"), InputErrorsTest.goodLines("KAZ", 5), StandardCharsets.UTF_8);
        return input;
    }

    @Test
    void aLinkPlantedInTheTemporaryFolderIsNotFollowedAndALockHeldThereBlocksNothing() throws Exception {
        Path input = input();
        Path output = temp.resolve("reports");
        Path db = temp.resolve("db");
        List<String> args = Harness.args(DATE, input, output, db);
        String dbUrl = args.get(args.indexOf("--db") + 1);
        Path victim = Files.writeString(temp.resolve("victim.conf"), "precious\n");
        Path planted = sharedTmpName(dbUrl);
        Files.deleteIfExists(planted);
        Files.createSymbolicLink(planted, victim);
        try {
            Harness.Result run = Harness.runInProcess(args);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(Files.readString(victim)).as("the file the planted link points to").isEqualTo("precious\n");
        } finally {
            Files.deleteIfExists(planted);
        }

        // Someone holds a lock on the predictable name: runs go on all the same.
        try (FileChannel channel = FileChannel.open(planted, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            Harness.Result run = Harness.runInProcess(Harness.args(DATE, input, output, db, "--rerun"));
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Completed the run for " + DATE);
        } finally {
            Files.deleteIfExists(planted);
        }
    }

    @Test
    void aLinkPlantedWhereTheLockGoesIsRefusedAndNotFollowed() throws Exception {
        Path input = input();
        Path output = temp.resolve("reports");
        Path db = Files.createDirectories(temp.resolve("db"));
        Path victim = Files.writeString(temp.resolve("victim.conf"), "precious\n");
        Path planted = Files.createSymbolicLink(db.resolve("tradestat.tradestat.lock"), victim);

        Harness.Result run = Harness.runInProcess(Harness.args(DATE, input, output, db));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).as(run.toString()).contains(planted.toString(), "is a symbolic link");
        Harness.assertNoStackTrace(run);
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(output.resolve(DATE)).doesNotExist();
    }

    @Test
    void theLockIsOneFileBesideTheDatabaseAndRunsLeaveNoFilePerDate() throws Exception {
        Path input = input();
        Path output = temp.resolve("reports");
        Path db = temp.resolve("db");
        for (String date : List.of("2024-06-30", "2024-12-31")) {
            Harness.Result run = Harness.runInProcess(Harness.args(date, input, output, db));
            assertThat(run.exitCode()).as(run.toString()).isZero();
        }
        try (Stream<Path> files = Files.list(db)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("lock")).toList())
                    .containsExactly("tradestat.tradestat.lock");
        }
        assertThat(Files.size(db.resolve("tradestat.tradestat.lock"))).as("nothing is written into it").isZero();
    }

    /**
     * The workbook's temporary sheet files: POI's default folder is {@code <tmp>/poifiles}, a fixed name another user
     * can take first (here a plain file in the way, which made every report fail).
     */
    @Test
    void aPoifilesNameTakenInTheTemporaryFolderDoesNotStopTheReport() throws Exception {
        Path input = input();
        Path output = temp.resolve("reports");
        Path shared = Files.createDirectories(temp.resolve("shared-tmp"));
        Files.writeString(shared.resolve("poifiles"), "someone else's\n");
        Harness.Result run = Harness.Child.start(Harness.args(DATE, input, output, temp.resolve("db")),
                temp.resolve("console"), java.util.Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + shared))
                .await(java.time.Duration.ofSeconds(120));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(output.resolve(DATE).resolve("tradestat-" + DATE + ".xlsx")).isNotEmptyFile();
        assertThat(Files.readString(shared.resolve("poifiles"))).isEqualTo("someone else's\n");
    }
}
