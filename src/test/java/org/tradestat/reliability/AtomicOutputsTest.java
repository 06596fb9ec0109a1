package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 6: the report is "written atomically (to a temporary name, then renamed) so that no one ever opens a
 * half-written file". A {@code --rerun} killed while it writes the report leaves the previous report folder exactly
 * as it was (every file, the charts included: no mix of old and new files), and the next run cleans the temporary
 * files ({@code .tradestat-tmp-*}) a killed run left.
 */
class AtomicOutputsTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    @Test
    void aRerunKilledWhileWritingTheReportLeavesThePreviousReportUntouched() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), Harness.SYNTHETIC_COUNTRIES, 2, 2000, 1, 3);
        Path output = temp.resolve("reports");
        List<String> first = Harness.args(DATE, input, output, temp.resolve("db"));
        Harness.Result completed = Harness.runInProcess(first);
        assertThat(completed.exitCode()).as(completed.toString()).isZero();
        Path dir = output.resolve(DATE);
        Map<String, String> before = Harness.snapshot(dir);
        byte[] oldIndicators = Files.readAllBytes(dir.resolve("indicators.csv"));
        assertThat(before).containsKeys("tradestat-" + DATE + ".xlsx", "indicators.csv", "rejects.csv", "run.json",
                "charts/turnover-over-time.png");

        // New figures (a new pair), so that every file of the new report differs from the old one.
        Harness.writeTradeFile(input.resolve("trade-more.csv"), List.of("KAZ", "TKM"), 2, 2000, 1, 4);
        List<String> rerun = Harness.args(DATE, input, output, temp.resolve("db"), "--rerun");
        Path log = Harness.logFile(output, DATE);
        long offset = Harness.size(log);
        Harness.Child child = Harness.Child.start(rerun, temp.resolve("console"));
        Harness.awaitStep(child, log, offset, "writeReport", Duration.ofSeconds(90));
        // Kill as soon as the workbook is being written: the charts are done by then.
        awaitWorkbookBeingWritten(child, output, Duration.ofSeconds(60));
        child.kill();
        assertThat(Harness.readFrom(log, offset)).as("the kill came after the report step had finished")
                .doesNotContain("Step: [writeReport] executed");

        Map<String, String> after = Harness.snapshot(dir);
        after.keySet().removeIf(f -> Path.of(f).getFileName().toString().startsWith(".")); // temporary files: see below
        assertThat(after).as("the previous report folder after a killed --rerun: every file as it was").isEqualTo(before);
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("tradestat-" + DATE + ".xlsx").toFile())) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThan(2);
        }
        assertThat(Files.readAllBytes(dir.resolve("indicators.csv"))).isEqualTo(oldIndicators);

        Harness.Result resumed = Harness.runInProcess(rerun);
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("recovering", "Resuming the run for " + DATE);
        assertThat(Files.readString(dir.resolve("indicators.csv"), StandardCharsets.UTF_8)).contains("trade,KAZ,TKM,");
        assertThat(Files.readString(dir.resolve("run.json"), StandardCharsets.UTF_8)).contains("trade-more.csv");
        assertThat(Harness.leftovers(output)).as("temporary files left under the output folder").isEmpty();
    }

    @Test
    void theNextRunRemovesTemporaryFilesAKilledRunLeft() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), List.of("KAZ", "KOR"), 1, 2018, 1, 5);
        Path output = temp.resolve("reports");
        Harness.Result completed = Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db")));
        assertThat(completed.exitCode()).as(completed.toString()).isZero();
        Path dir = output.resolve(DATE);
        // What a run killed while writing could leave: temporary files beside the report files and the charts, and a
        // temporary report folder beside the report folder.
        List<Path> planted = List.of(dir.resolve(".tradestat-tmp-99999-indicators.csv"),
                dir.resolve(".tradestat-tmp-99999-tradestat-" + DATE + ".xlsx"),
                dir.resolve("charts/.tradestat-tmp-99999-turnover-over-time.png"),
                output.resolve(".tradestat-tmp-" + DATE + "-99999/indicators.csv"),
                output.resolve(".tradestat-tmp-" + DATE + "-99999/charts/turnover-over-time.png"));
        for (Path p : planted) {
            Files.createDirectories(p.getParent());
            Files.writeString(p, "half-writ");
        }
        assertThat(Harness.leftovers(output)).isNotEmpty();

        Harness.Result rerun = Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db"), "--rerun"));
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(Harness.leftovers(output)).as("temporary files left under the output folder").isEmpty();
        assertThat(dir.resolve("indicators.csv")).isNotEmptyFile();
    }

    /** Polls the output folder until a workbook is being written to a temporary name (not under logs/). */
    private static void awaitWorkbookBeingWritten(Harness.Child child, Path output, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (temporaryWorkbook(output).isPresent()) {
                return;
            }
            if (!child.isAlive()) {
                fail("the run ended before its workbook was seen being written:\n"
                        + child.await(Duration.ofSeconds(1)));
            }
            Thread.sleep(5);
        }
        child.kill();
        fail("no workbook was written within " + timeout);
    }

    private static Optional<Path> temporaryWorkbook(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> {
                String rel = output.relativize(p).toString();
                return rel.contains(Harness.TEMP_PREFIX) && rel.endsWith(".xlsx");
            }).findFirst();
        } catch (java.io.UncheckedIOException e) {
            return Optional.empty(); // a file vanished during the walk (renamed into place): look again
        }
    }
}
