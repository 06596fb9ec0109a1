package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * Two runs of a revised input on H2 (README, "Revisions"): a first run for 2024-06-30, then the input with two figures
 * revised, one added, one removed and a month after that run's date, run for 2024-07-31. {@link
 * RevisionsOnPostgresTest} runs the same on PostgreSQL.
 */
class RevisionsEndToEndTest {

    static final String FIRST = """
            reporter,partner,period,flow,value_usd
            KGZ,KOR,2024-01,export,1000000
            KGZ,KOR,2024-02,export,2000000
            KGZ,KOR,2024-03,export,3000000
            KGZ,KOR,2024-01,import,500000
            KGZ,KOR,2024-02,import,600000
            KAZ,KOR,2024-01,export,7000000
            KAZ,KOR,2024-02,export,8000000
            """;
    /** KGZ exports of February +0.5 M, KAZ exports of January -1 M, KGZ imports of January gone, of March new. */
    static final String SECOND = """
            reporter,partner,period,flow,value_usd
            KGZ,KOR,2024-01,export,1000000
            KGZ,KOR,2024-02,export,2500000
            KGZ,KOR,2024-03,export,3000000
            KGZ,KOR,2024-07,export,4000000
            KGZ,KOR,2024-02,import,600000
            KGZ,KOR,2024-03,import,700000
            KAZ,KOR,2024-01,export,6000000
            KAZ,KOR,2024-02,export,8000000
            """;
    static final String HEADER = "dataset,reporter,partner,measure,commodity,period,previous_value,value,change,previous_run";

    @TempDir
    Path temp;
    Path input;
    Path output;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(temp.resolve("input"));
        output = temp.resolve("reports");
    }

    /** The database of the runs. */
    String db() {
        return "jdbc:h2:file:" + temp.resolve("db/tradestat");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(db(), "sa", "");
    }

    record Run(int exitCode, String out, String err) {
    }

    Run run(String trade, String... args) throws IOException {
        Files.writeString(input.resolve("trade.csv"), trade, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--input", input.toString(), "--output", output.toString(), "--db", db()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TradestatApplication.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run completed(String trade, String... args) throws IOException {
        Run run = run(trade, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    List<String> revisionsCsv(String date) throws IOException {
        return Files.readAllLines(output.resolve(date).resolve("revisions.csv"));
    }

    @Test
    void theSecondRunListsWhatChangedSinceTheFirst() throws Exception {
        completed(FIRST, "--date", "2024-06-30");
        assertThat(revisionsCsv("2024-06-30")).as("a first run: the header only").containsExactly(HEADER);
        assertThat(cover("2024-06-30")).contains("First run: nothing to compare with.");
        assertThat(sheetLines("2024-06-30", "Revisions")).contains("First run: nothing to compare with.");

        completed(SECOND, "--date", "2024-07-31");

        // changes by size: |6,000,000 - 7,000,000| = 1,000,000, then 2,500,000 - 2,000,000 = 500,000; then the import
        // of January that went, then that of March that is new; July (after 2024-06-30) is new data, not listed
        assertThat(revisionsCsv("2024-07-31")).containsExactly(HEADER,
                "trade,KAZ,KOR,export,TOTAL,2024-01,7000000,6000000,-1000000,2024-06-30",
                "trade,KGZ,KOR,export,TOTAL,2024-02,2000000,2500000,500000,2024-06-30",
                "trade,KGZ,KOR,import,TOTAL,2024-01,500000,,,2024-06-30",
                "trade,KGZ,KOR,import,TOTAL,2024-03,,700000,,2024-06-30");
        assertThat(cover("2024-07-31")).contains("2 figures revised since the run of 2024-06-30; 1 figure no longer"
                + " given and 1 new for the periods that run covered. The Revisions sheet lists them.");
        assertThat(Files.readString(output.resolve("2024-07-31/run.json"))).contains("\"revisions.csv\"");

        List<String> indicators = Files.readAllLines(output.resolve("2024-07-31/indicators.csv"));
        assertThat(indicators).contains("trade,KGZ,KOR,export,TOTAL,2024-02,level,2500000,USD,,revised",
                "trade,KAZ,KOR,export,TOTAL,2024-01,level,6000000,USD,,revised",
                "trade,KGZ,KOR,export,TOTAL,2024-01,level,1000000,USD,,",
                "trade,KGZ,KOR,import,TOTAL,2024-03,level,700000,USD,,");
        assertThat(indicators.stream().filter(l -> l.endsWith(",revised")).toList())
                .as("only the levels of the two revised figures").hasSize(2);

        revisionsSheet();
        assertThat(sheetLines("2024-07-31", "Trade")).anyMatch(l -> l.startsWith("Revised [r]: exports [note "));
        assertThat(sheetLines("2024-07-31", "Contents")).contains("Revisions");
    }

    /** The Revisions sheet as POI reads it back: title, the sentence naming the run, one table of the four figures. */
    private void revisionsSheet() throws IOException {
        try (InputStream in = Files.newInputStream(workbook("2024-07-31")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetIndex("Revisions")).as("after the Summary, before Trade")
                    .isGreaterThan(wb.getSheetIndex("Summary")).isLessThan(wb.getSheetIndex("Trade"));
            XSSFSheet sheet = wb.getSheet("Revisions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Revisions");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("The figures that changed, went or"
                    + " appeared since the run of 2024-06-30 [note ");
            List<XSSFTable> tables = sheet.getTables();
            assertThat(tables).hasSize(1);
            XSSFTable table = tables.get(0);
            assertThat(table.getEndRowIndex() - table.getStartRowIndex()).as("data rows").isEqualTo(4);
            int first = table.getStartRowIndex() + 1;
            assertThat(row(sheet.getRow(first))).containsExactly("trade", "KAZ", "KOR", "export", "All goods",
                    "2024-01", "7000000.0", "6000000.0", "-1000000.0", "Revised [r]");
            assertThat(row(sheet.getRow(first + 1))).containsExactly("trade", "KGZ", "KOR", "export", "All goods",
                    "2024-02", "2000000.0", "2500000.0", "500000.0", "Revised [r]");
            assertThat(row(sheet.getRow(first + 2))).containsExactly("trade", "KGZ", "KOR", "import", "All goods",
                    "2024-01", "500000.0", "[x]", "[z]", "No longer given");
            assertThat(row(sheet.getRow(first + 3))).containsExactly("trade", "KGZ", "KOR", "import", "All goods",
                    "2024-03", "[x]", "700000.0", "[z]", "New");
        }
    }

    @Test
    void compareWithChoosesAnOlderRunAndARerunComparesWithTheLatestEarlierDate() throws Exception {
        completed(FIRST, "--date", "2024-06-30");
        completed(SECOND, "--date", "2024-07-31");
        String third = SECOND.replace("KGZ,KOR,2024-03,export,3000000", "KGZ,KOR,2024-03,export,3300000");

        Run refused = run(third, "--date", "2024-08-31", "--compare-with", "2024-05-31");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("tradestat: --compare-with 2024-05-31: no run for that date has completed on"
                + " this database, so there is nothing to compare with; runs have completed for 2024-06-30, 2024-07-31.");

        completed(third, "--date", "2024-08-31", "--compare-with", "2024-06-30");
        // against the first run: its two changes, March's +300,000 of this run, the import gone and the new one
        assertThat(revisionsCsv("2024-08-31")).containsExactly(HEADER,
                "trade,KAZ,KOR,export,TOTAL,2024-01,7000000,6000000,-1000000,2024-06-30",
                "trade,KGZ,KOR,export,TOTAL,2024-02,2000000,2500000,500000,2024-06-30",
                "trade,KGZ,KOR,export,TOTAL,2024-03,3000000,3300000,300000,2024-06-30",
                "trade,KGZ,KOR,import,TOTAL,2024-01,500000,,,2024-06-30",
                "trade,KGZ,KOR,import,TOTAL,2024-03,,700000,,2024-06-30");

        // a fresh run of 2024-08-31, compared by default with the latest earlier date, 2024-07-31: March only
        completed(third, "--date", "2024-08-31", "--rerun");
        assertThat(revisionsCsv("2024-08-31")).containsExactly(HEADER,
                "trade,KGZ,KOR,export,TOTAL,2024-03,3000000,3300000,300000,2024-07-31");
    }

    @Test
    void aRunWhoseFiguresWereDeletedIsNamedAndTheNextRunComparesWithThisOne() throws Exception {
        completed(FIRST, "--date", "2024-06-30");
        // an operator deleted the first run's rows (README, "What the database holds"); the job repository keeps it
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM ts_figure WHERE run_id = (SELECT MIN(run_id) FROM ts_input_file)");
            s.execute("DELETE FROM ts_input_file WHERE run_id = (SELECT MIN(run_id) FROM ts_input_file)");
        }

        completed(SECOND, "--date", "2024-07-31");
        assertThat(revisionsCsv("2024-07-31")).containsExactly(HEADER);
        assertThat(cover("2024-07-31")).contains("The figures of the run of 2024-06-30 are no longer in the database:"
                + " nothing to compare with. The next run compares with this one.");

        completed(SECOND.replace("KAZ,KOR,2024-02,export,8000000", "KAZ,KOR,2024-02,export,8000001"),
                "--date", "2024-08-31");
        assertThat(revisionsCsv("2024-08-31")).containsExactly(HEADER,
                "trade,KAZ,KOR,export,TOTAL,2024-02,8000000,8000001,1,2024-07-31");
    }

    private Path workbook(String date) {
        return output.resolve(date).resolve("tradestat-" + date + ".xlsx");
    }

    private String cover(String date) throws IOException {
        return String.join("\n", sheetLines(date, "Cover"));
    }

    /** The cells of a sheet, formatted as a reader sees them, one a line. */
    private List<String> sheetLines(String date, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook(date)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheet(name)) {
                lines.addAll(row(r));
            }
        }
        return lines;
    }

    /** A row's cells: text as it is, numbers as they are stored (US$, not the millions shown). */
    private static List<String> row(Row row) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? Double.toString(c.getNumericCellValue()) : format.formatCellValue(c)));
        return cells;
    }
}
