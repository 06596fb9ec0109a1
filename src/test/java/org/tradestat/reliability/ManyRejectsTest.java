package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with a great many long rejected lines (within {@code --max-reject-rate}) completes in a small heap:
 * {@code rejects.csv} is written from the database as it is read, and the workbook's Rejected lines sheet shows the
 * first rejected lines with counts by file and reason, never every rejected line (README, "Reading the report").
 */
class ManyRejectsTest {

    static final String DATE = "2024-12-31";
    /**
     * Rejected lines per file: two files of about 30 MB each. Held as strings, as they were before, they ran a 96 MB
     * heap out of memory.
     */
    static final int REJECTS_PER_FILE = 15_000;
    static final int GOOD_LINES = 20;

    @TempDir
    Path temp;

    static final String FILLER = "x".repeat(1_900);

    @Test
    void aRunWithManyLongRejectedLinesCompletesInASmallHeapWithEveryRejectInRejectsCsv() throws Exception {
        Path input = writeInput();
        Path output = temp.resolve("reports");
        // 96 MB: what the run needs without the rejected lines, with room to spare; the embedded H2 database shares it
        runAndCheck(input, output, "-Xmx96m",
                Harness.args(DATE, input, output, temp.resolve("db"), "--max-reject-rate", "1"));
    }

    /**
     * The same on PostgreSQL, whose driver holds a whole result in memory unless it reads it through a cursor
     * (inside a transaction, with a fetch size). Runs when a server is reachable, as PostgresEndToEndTest does.
     */
    @Test
    void theSameOnPostgres() throws Exception {
        try (Pg pg = Pg.create("ManyRejectsTest on PostgreSQL")) {
            Path input = writeInput();
            Path output = temp.resolve("reports");
            // 64 MB: the rejected lines read without a cursor, all at once, would not fit; the load writes them as
            // they come, a few megabytes at a time (BulkRows), so a block of 10,000 long lines fits (56 MB did too)
            runAndCheck(input, output, "-Xmx64m", List.of("--date", DATE, "--input", input.toString(), "--output",
                    output.toString(), "--db", pg.url(), "--max-reject-rate", "1"));
        }
    }

    private Path writeInput() throws IOException {
        Path input = Files.createDirectories(temp.resolve("input"));
        // a value that is not a number: "value_usd 'n123' is not a number ..."; each line's reason differs
        writeFile(input.resolve("a-trade.csv"), "KAZ", i -> "KAZ,KOR,2019,export,n" + i + ",TOTAL,," + FILLER);
        // a reporter that is not a country: "unknown country code 'Q123' in reporter ..."
        writeFile(input.resolve("b-trade.csv"), "KGZ", i -> "Q" + i + ",KOR,2019,export,5,TOTAL,," + FILLER);
        return input;
    }

    private void runAndCheck(Path input, Path output, String heap, List<String> command) throws Exception {
        String filler = FILLER;
        Harness.Result run = Harness.Child.start(List.of(heap), command, temp.resolve("console"))
                .await(Duration.ofSeconds(120));
        assertThat(run.exitCode()).as(run + "\n--- log ---\n" + Harness.read(Harness.logFile(output, DATE))).isZero();
        Harness.assertNoStackTrace(run);

        Path dir = output.resolve(DATE);
        // rejects.csv: every rejected line, in file and line order, the raw line as it was (cut at 2,000 characters)
        Map<String, Integer> perFile = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("rejects.csv"), StandardCharsets.UTF_8)) {
            assertThat(reader.readLine()).isEqualTo("file,line,reason,raw");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String file = line.substring(0, line.indexOf(','));
                int n = perFile.merge(file, 1, Integer::sum);
                // each file's good lines come first: its first rejected line is line GOOD_LINES + 2
                assertThat(line).as("rejects.csv line of %s", file)
                        .startsWith(file + "," + (GOOD_LINES + 1 + n) + ",").endsWith(filler + "\"");
            }
        }
        assertThat(perFile).containsExactly(Map.entry("a-trade.csv", REJECTS_PER_FILE),
                Map.entry("b-trade.csv", REJECTS_PER_FILE));

        // the workbook: the counts, by file and by reason, and the first rejected lines
        try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("tradestat-" + DATE + ".xlsx").toFile())) {
            XSSFSheet rejected = workbook.getSheet("Rejected lines");
            List<String> texts = new ArrayList<>();
            rejected.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertThat(texts).contains("30,000 lines were rejected.", "The first 1,000 are listed here; the Reject"
                    + " reasons sheet counts them all by file and reason, and rejects.csv next to this workbook holds"
                    + " them all.");
            List<List<String>> reasons = tableRows(workbook.getSheet("Reject reasons"), "tblRejectReasons");
            assertThat(reasons).containsExactly(
                    List.of("a-trade.csv", "value_usd '…' is not a number in plain decimal notation (digits and an"
                            + " optional decimal point; no thousands separators, exponents or currency signs)",
                            "15000.0"),
                    List.of("b-trade.csv", "unknown country code '…' in reporter (expected ISO 3166-1 alpha-3 such"
                            + " as KOR)", "15000.0"));
            List<List<String>> first = tableRows(rejected, "tblRejects");
            assertThat(first).hasSize(1_000);
            assertThat(first.get(0).get(0)).isEqualTo("a-trade.csv");
            assertThat(first.get(0).get(1)).startsWith("value_usd 'n0' is not a number");
        }
    }

    /** The cells of a table's data rows as text (numbers as doubles), up to its first three columns. */
    private static List<List<String>> tableRows(XSSFSheet sheet, String name) {
        XSSFTable table = sheet.getTables().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
        AreaReference area = table.getArea();
        int firstRow = area.getFirstCell().getRow() + 1;
        int lastRow = area.getLastCell().getRow();
        int firstCol = area.getFirstCell().getCol();
        List<List<String>> rows = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = firstCol; c < firstCol + 3; c++) {
                var cell = row.getCell(c);
                cells.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    default -> cell.getStringCellValue();
                });
            }
            rows.add(cells);
        }
        return rows;
    }

    private static void writeFile(Path file, String reporter, java.util.function.IntFunction<String> rejected)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("reporter,partner,period,flow,value_usd,commodity,qualifier,source\n");
            for (int i = 0; i < GOOD_LINES; i++) {
                w.write(reporter + ",KOR," + (2000 + i) + ",export," + (100 + i) + ",TOTAL,,test\n");
            }
            for (int i = 0; i < REJECTS_PER_FILE; i++) {
                w.write(rejected.apply(i));
                w.write('\n');
            }
        }
    }
}
