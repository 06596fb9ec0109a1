package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tradestat.TradestatApplication;
import org.tradestat.ingest.CsvRecord;
import org.tradestat.ingest.CsvRecordReader;

/**
 * What the reliability tests share: running the job as a user does (in this JVM through
 * {@link TradestatApplication#run}, or as a separate {@code java} process that can be killed), generating inputs,
 * and reading the outputs back.
 */
final class Harness {

    static final String TEMP_PREFIX = ".tradestat-tmp-";

    private Harness() {
    }

    /** A finished run: its exit code and what it printed. */
    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Runs the command line in this JVM, as the existing end-to-end test does. */
    static Result runInProcess(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TradestatApplication.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The usual arguments of a run. */
    static List<String> args(String date, Path input, Path output, Path dbFolder, String... more) {
        List<String> args = new ArrayList<>(List.of("--date", date, "--input", input.toString(), "--output",
                output.toString(), "--db", "jdbc:h2:file:" + dbFolder.resolve("tradestat").toAbsolutePath()));
        args.addAll(List.of(more));
        return args;
    }

    /** The job in a JVM of its own, started as {@code java -cp <this classpath> org.tradestat.TradestatApplication}. */
    static final class Child {
        final Process process;
        final Path stdout;
        final Path stderr;

        private Child(Process process, Path stdout, Path stderr) {
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        static Child start(List<String> args, Path consoleDir) throws IOException {
            return start(List.of(), args, consoleDir, Map.of());
        }

        /** With JVM options after the usual ones (a later {@code -Xmx} wins), e.g. a small heap. */
        static Child start(List<String> jvmOptions, List<String> args, Path consoleDir) throws IOException {
            return start(jvmOptions, args, consoleDir, Map.of());
        }

        /** The same, with these environment variables set (TRADESTAT_DB_URL, say). */
        static Child start(List<String> args, Path consoleDir, Map<String, String> env) throws IOException {
            return start(List.of(), args, consoleDir, env);
        }

        static Child start(List<String> jvmOptions, List<String> args, Path consoleDir, Map<String, String> env)
                throws IOException {
            Files.createDirectories(consoleDir);
            Path stdout = Files.createTempFile(consoleDir, "stdout-", ".txt");
            Path stderr = Files.createTempFile(consoleDir, "stderr-", ".txt");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // C1 only: these short runs finish in half the CPU time without the C2 compiler's threads
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
            command.addAll(jvmOptions);
            // under surefire this may be a manifest-only booter jar: -cp honours its Class-Path
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), TradestatApplication.class.getName()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            Process process = builder
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            return new Child(process, stdout, stderr);
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** SIGKILL: no shutdown hook, no finally block runs. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
        }

        Result await(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("the run did not end within " + timeout + "\n" + result(-1));
            }
            return result(process.exitValue());
        }

        private Result result(int code) {
            return new Result(code, read(stdout), read(stderr));
        }
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** The text a file gained after {@code offset}. */
    static String readFrom(Path file, long offset) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] all = Files.readAllBytes(file);
        return offset >= all.length ? "" : new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }

    /** The per-run log file the command line writes. */
    static Path logFile(Path output, String date) {
        return output.resolve("logs").resolve("tradestat-" + date + ".log");
    }

    /**
     * Waits until the log shows, after {@code offset}, that Spring Batch started the step; fails if the process ends
     * first.
     */
    static void awaitStep(Child child, Path log, long offset, String step, Duration timeout) throws Exception {
        String marker = "Executing step: [" + step + "]";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (readFrom(log, offset).contains(marker)) {
                return;
            }
            if (!child.isAlive()) {
                fail("the run ended before step " + step + " started\n" + child.result(child.process.exitValue())
                        + "\n--- log ---\n" + readFrom(log, offset));
            }
            Thread.sleep(10);
        }
        child.kill();
        fail("step " + step + " did not start within " + timeout);
    }

    // ---- inputs ----

    static final List<String> SYNTHETIC_COUNTRIES = List.of("KAZ", "KGZ", "UZB", "TJK", "KOR");

    /**
     * A synthetic trade file: every ordered pair of {@code countries}, exports and imports, all goods plus
     * {@code commodities - 1} HS chapters, one figure a year from {@code firstYear} to 2023, each line written
     * {@code repeats} times (exact duplicates: they make the load long without making the report bigger).
     * Returns the number of data lines.
     */
    static long writeTradeFile(Path file, List<String> countries, int commodities, int firstYear, int repeats, long seed)
            throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (String reporter : countries) {
            for (String partner : countries) {
                if (reporter.equals(partner)) {
                    continue;
                }
                for (int c = 0; c < commodities; c++) {
                    String commodity = c == 0 ? "TOTAL" : String.format("%02d", c);
                    for (String flow : List.of("export", "import")) {
                        for (int year = firstYear; year <= 2023; year++) {
                            long value = 1_000_000L + random.nextInt(900_000_000);
                            lines.add(reporter + "," + partner + "," + year + "," + flow + "," + value + "," + commodity
                                    + ",,synthetic test data");
                        }
                    }
                }
            }
        }
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("reporter,partner,period,flow,value_usd,commodity,qualifier,source\n");
            for (int r = 0; r < repeats; r++) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        return (long) lines.size() * repeats;
    }

    /** A groups file and a few engagement events, so that every dataset of the job has something to do. */
    static void writeSideFiles(Path input) throws IOException {
        Files.writeString(input.resolve("groups.csv"), """
                group,member,name
                CENTRAL_ASIA,KAZ,Central Asia
                CENTRAL_ASIA,KGZ,Central Asia
                CENTRAL_ASIA,TJK,Central Asia
                CENTRAL_ASIA,TKM,Central Asia
                CENTRAL_ASIA,UZB,Central Asia
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("events.csv"), """
                date,country_a,country_b,category,level,title,count,source
                2013-05-10,KGZ,KOR,visit,head_of_state,Visit,1,synthetic
                2019-09-28,KOR,KGZ,agreement,minister,MOU,2,synthetic
                2022,KGZ,KOR,cultural,other,Festival,5,synthetic
                2024-12-03,KGZ,KOR,visit,head_of_state,Summit,1,synthetic
                """, StandardCharsets.UTF_8);
    }

    // ---- outputs ----

    /** Every file under a folder, by relative path, with its SHA-256. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Paths under a folder that look like temporary files: Tradestat's prefix, or a hidden {@code .tmp} file. */
    static List<String> leftovers(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p).toString())
                    .filter(rel -> {
                        String name = Path.of(rel).getFileName().toString();
                        return rel.contains(TEMP_PREFIX) || (name.startsWith(".") && name.endsWith(".tmp"));
                    })
                    .toList();
        }
    }

    static List<CsvRecord> csv(Path file) throws IOException {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            reader.next(); // header
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The {@code inputs} of run.json, one map per file. */
    static List<Map<String, Object>> runJsonInputs(Path runJson) throws IOException {
        return JsonPath.read(Files.readString(runJson, StandardCharsets.UTF_8), "$.inputs[*]");
    }

    /** A cell of a workbook as read back with POI: where it is, its type and its text (a formula's text for FORMULA). */
    record CellText(String sheet, String ref, org.apache.poi.ss.usermodel.CellType type, String text) {
    }

    /** Every non-blank cell of every sheet of a workbook, read back with POI. */
    static List<CellText> workbookCells(Path xlsx) throws IOException {
        List<CellText> cells = new ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        String ref = cell.getAddress().formatAsString();
                        switch (cell.getCellType()) {
                            case STRING -> cells.add(new CellText(sheet.getSheetName(), ref, cell.getCellType(),
                                    cell.getStringCellValue()));
                            case FORMULA -> cells.add(new CellText(sheet.getSheetName(), ref, cell.getCellType(),
                                    cell.getCellFormula()));
                            case NUMERIC -> cells.add(new CellText(sheet.getSheetName(), ref, cell.getCellType(),
                                    Double.toString(cell.getNumericCellValue())));
                            case BOOLEAN -> cells.add(new CellText(sheet.getSheetName(), ref, cell.getCellType(),
                                    Boolean.toString(cell.getBooleanCellValue())));
                            default -> {
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** Fails when console output shows a Java stack trace or exception class name: the user gets sentences. */
    static void assertNoStackTrace(Result result) {
        assertThat(result.all()).as("console output of the run\n%s", result)
                .doesNotContain("\tat ", "Exception", "Caused by", "org.h2.", "org.springframework.");
    }
}
