package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * Two monthly UN Comtrade downloads of the same query a month apart, run as a nightly job would run them
 * (src/test/resources/comtrade-downloads/README.md): year to date and rolling twelve months from a monthly download,
 * and what the later download revised (README, "Revisions"; docs/indicators.md, "Year to date and rolling twelve
 * months").
 */
class ComtradeMonthlyEndToEndTest {

    static final String FIRST_RUN = "2024-02-29";
    static final String SECOND_RUN = "2024-03-31";

    @TempDir
    static Path temp;
    static Path output;

    @BeforeAll
    static void runTheJobOnBothDownloads() throws Exception {
        output = temp.resolve("reports");
        run(FIRST_RUN, "plus-kaz-kor-monthly-provisional.csv", "TradeData_3_15_2024 09_12_40.csv");
        run(SECOND_RUN, "plus-kaz-kor-monthly-final.csv", "TradeData_4_16_2024 10_41_23.csv");
    }

    /** Each download replaces the last in its own input folder, under the name Comtrade gave it. */
    private static void run(String date, String fixture, String downloadName) throws IOException {
        Path input = Files.createDirectories(temp.resolve("input-" + date));
        try (InputStream in = ComtradeMonthlyEndToEndTest.class.getResourceAsStream("/comtrade-downloads/" + fixture)) {
            Files.copy(in, input.resolve(downloadName));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TradestatApplication.run(new String[] {"--date", date, "--input", input.toString(), "--output",
                output.toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat")},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines(date, "rejects.csv")).containsExactly("file,line,reason,raw");
    }

    @Test
    void yearToDateAndRollingTwelveMonthsOfAMonthlyDownload() throws IOException {
        assertThat(lines(SECOND_RUN, "indicators.csv")).filteredOn(l -> l.startsWith("trade,KAZ,KOR,export,TOTAL,"))
                .filteredOn(l -> l.contains(",ytd") || l.contains(",r12")).containsExactly(
                        // 2023: the twelve months of the final download, December as revised: 61,234,567.25 +
                        // 58,120,450.5 + 70,456,890.75 + 66,789,012 + 72,345,678.5 + 69,876,543.25 + 74,567,890 +
                        // 71,234,567.75 + 68,901,234.5 + 73,456,789.25 + 75,678,901 + 80,623,456.5 = 843,285,981.25;
                        // no change on 2022, which the download does not hold
                        "trade,KAZ,KOR,export,TOTAL,2023-12,ytd,843285981.25,USD,2023-01,",
                        "trade,KAZ,KOR,export,TOTAL,2023-12,r12,843285981.25,USD,2023-01,",
                        // January-February 2024: 63,821,098.75 + 62,109,876.5 = 125,930,975.25, against
                        // 61,234,567.25 + 58,120,450.5 = 119,355,017.75 a year earlier: +6,575,957.5, +5.509578%
                        "trade,KAZ,KOR,export,TOTAL,2024-02,ytd,125930975.25,USD,2024-01,",
                        "trade,KAZ,KOR,export,TOTAL,2024-02,ytd_yoy_abs,6575957.5,USD,2023-02,",
                        "trade,KAZ,KOR,export,TOTAL,2024-02,ytd_yoy_pct,5.509578,percent,2023-02,",
                        // March 2023 to February 2024: 843,285,981.25 - 61,234,567.25 - 58,120,450.5 + 125,930,975.25
                        // = 849,861,938.75; its change would need March 2022 on: none
                        "trade,KAZ,KOR,export,TOTAL,2024-02,r12,849861938.75,USD,2023-03,");
    }

    @Test
    void theFinalDownloadRevisesTwoMonthsAndAddsFebruary() throws IOException {
        assertThat(lines(SECOND_RUN, "revisions.csv")).containsExactly(
                "dataset,reporter,partner,measure,commodity,period,previous_value,value,change,previous_run",
                "trade,KAZ,KOR,export,TOTAL,2023-12,80123456.5,80623456.5,500000,2024-02-29",
                "trade,KAZ,KOR,export,TOTAL,2024-01,64321098.75,63821098.75,-500000,2024-02-29",
                // February had ended by 2024-02-29, and the provisional download had no figure for it: new, the
                // largest first
                "trade,KAZ,KOR,import,TOTAL,2024-02,,149876543.5,,2024-02-29",
                "trade,KAZ,KOR,export,TOTAL,2024-02,,62109876.5,,2024-02-29");
        assertThat(lines(SECOND_RUN, "indicators.csv")).filteredOn(l -> l.contains(",level,"))
                .filteredOn(l -> l.endsWith(",revised")).containsExactly(
                        "trade,KAZ,KOR,export,TOTAL,2023-12,level,80623456.5,USD,,revised",
                        "trade,KAZ,KOR,export,TOTAL,2024-01,level,63821098.75,USD,,revised");
        assertThat(String.join("\n", cells(SECOND_RUN, "Cover"))).contains("2 figures revised since the run of "
                + FIRST_RUN + "; 2 new for the periods that run covered. The Revisions sheet lists them.");
        assertThat(lines(FIRST_RUN, "revisions.csv")).as("the first run has nothing to compare with")
                .containsExactly("dataset,reporter,partner,measure,commodity,period,previous_value,value,change,"
                        + "previous_run");
    }

    private static List<String> lines(String date, String file) throws IOException {
        return Files.readAllLines(output.resolve(date).resolve(file), StandardCharsets.UTF_8);
    }

    private static List<String> cells(String date, String sheet) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(output.resolve(date).resolve("tradestat-" + date + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet(sheet)) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }
}
