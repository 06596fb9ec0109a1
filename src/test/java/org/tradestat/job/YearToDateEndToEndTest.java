package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * Runs the whole job on a monthly trade file (KGZ–KOR, January 2024 to July 2026) and checks the year to date and
 * rolling twelve months in {@code indicators.csv} and on the Summary and Key figures sheets (docs/indicators.md,
 * "Year to date and rolling twelve months"). Exports and imports, US$ million a month:
 * <pre>
 *            exports  imports  turnover  balance
 *   2024       10        5        15        5
 *   2025       11        6        17        5
 *   2026       12        4        16        8
 * </pre>
 */
class YearToDateEndToEndTest {

    private static final String DATE = "2026-08-31";

    @TempDir
    static Path temp;
    static List<String> indicatorLines;
    static Path workbook;

    @BeforeAll
    static void runTheJobOnMonthlyTrade() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        StringBuilder csv = new StringBuilder("reporter,partner,period,flow,value_usd,commodity\n");
        int[][] millions = {{2024, 10, 5}, {2025, 11, 6}, {2026, 12, 4}};
        for (int[] year : millions) {
            for (int month = 1; month <= (year[0] == 2026 ? 7 : 12); month++) {
                String period = year[0] + "-" + (month < 10 ? "0" : "") + month;
                csv.append("KGZ,KOR,").append(period).append(",export,").append(year[1]).append("000000,TOTAL\n");
                csv.append("KGZ,KOR,").append(period).append(",import,").append(year[2]).append("000000,TOTAL\n");
            }
        }
        Files.writeString(input.resolve("trade-monthly.csv"), csv);
        Path output = temp.resolve("reports");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TradestatApplication.run(new String[] {"--date", DATE, "--input", input.toString(),
                "--output", output.toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat")},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        indicatorLines = Files.readAllLines(output.resolve(DATE).resolve("indicators.csv"));
        workbook = output.resolve(DATE).resolve("tradestat-" + DATE + ".xlsx");
    }

    private static List<String> lines(String measure, String indicatorPrefix) {
        return indicatorLines.stream().filter(l -> l.startsWith("trade,KGZ,KOR," + measure + ",TOTAL,")
                && l.split(",", -1)[6].startsWith(indicatorPrefix)).toList();
    }

    @Test
    void turnoverYearToDateAndRollingTwelveMonths() {
        assertThat(lines("turnover", "ytd")).containsExactly(
                // 2024: 12 × 15 = 180; no 2023 to compare with
                "trade,KGZ,KOR,turnover,TOTAL,2024-12,ytd,180000000,USD,2024-01,",
                // 2025: 12 × 17 = 204 against 180: +24, +13.333333%
                "trade,KGZ,KOR,turnover,TOTAL,2025-12,ytd,204000000,USD,2025-01,",
                "trade,KGZ,KOR,turnover,TOTAL,2025-12,ytd_yoy_abs,24000000,USD,2024-12,",
                "trade,KGZ,KOR,turnover,TOTAL,2025-12,ytd_yoy_pct,13.333333,percent,2024-12,",
                // January–July 2026: 7 × 16 = 112 against 7 × 17 = 119: -7, -5.882353%
                "trade,KGZ,KOR,turnover,TOTAL,2026-07,ytd,112000000,USD,2026-01,",
                "trade,KGZ,KOR,turnover,TOTAL,2026-07,ytd_yoy_abs,-7000000,USD,2025-07,",
                "trade,KGZ,KOR,turnover,TOTAL,2026-07,ytd_yoy_pct,-5.882353,percent,2025-07,");
        assertThat(lines("turnover", "r12")).containsExactly(
                "trade,KGZ,KOR,turnover,TOTAL,2024-12,r12,180000000,USD,2024-01,",
                "trade,KGZ,KOR,turnover,TOTAL,2025-12,r12,204000000,USD,2025-01,",
                "trade,KGZ,KOR,turnover,TOTAL,2025-12,r12_yoy_abs,24000000,USD,2024-12,",
                "trade,KGZ,KOR,turnover,TOTAL,2025-12,r12_yoy_pct,13.333333,percent,2024-12,",
                // August 2025–July 2026: 5 × 17 + 7 × 16 = 197; August 2024–July 2025: 5 × 15 + 7 × 17 = 194:
                // +3, +1.546392%
                "trade,KGZ,KOR,turnover,TOTAL,2026-07,r12,197000000,USD,2025-08,",
                "trade,KGZ,KOR,turnover,TOTAL,2026-07,r12_yoy_abs,3000000,USD,2025-07,",
                "trade,KGZ,KOR,turnover,TOTAL,2026-07,r12_yoy_pct,1.546392,percent,2025-07,");
    }

    @Test
    void exportsAndTheBalanceToo() {
        // exports January–July 2026: 7 × 12 = 84 against 7 × 11 = 77: +7, +9.090909%
        assertThat(lines("export", "ytd")).contains(
                "trade,KGZ,KOR,export,TOTAL,2026-07,ytd,84000000,USD,2026-01,",
                "trade,KGZ,KOR,export,TOTAL,2026-07,ytd_yoy_pct,9.090909,percent,2025-07,");
        // balance January–July 2026: 7 × 8 = 56 against 7 × 5 = 35: +21, +60%
        assertThat(lines("balance", "ytd")).contains(
                "trade,KGZ,KOR,balance,TOTAL,2026-07,ytd,56000000,USD,2026-01,",
                "trade,KGZ,KOR,balance,TOTAL,2026-07,ytd_yoy_abs,21000000,USD,2025-07,",
                "trade,KGZ,KOR,balance,TOTAL,2026-07,ytd_yoy_pct,60,percent,2025-07,");
        // a ratio is not summed
        assertThat(lines("coverage", "ytd")).isEmpty();
    }

    @Test
    void keyFiguresShowTheMonthYearToDateAndRollingTwelveMonthsSideBySide() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Key figures");
            int headerRow = 0;
            while (!"Reporter".equals(sheet.getRow(headerRow).getCell(0).getStringCellValue())) {
                headerRow++; // under the sheet's title and what it holds
            }
            List<String> headers = new ArrayList<>();
            sheet.getRow(headerRow).forEach(c -> headers.add(c.getStringCellValue()));
            Row kgz = sheet.getRow(headerRow + 1);
            assertThat(kgz.getCell(0).getStringCellValue()).isEqualTo("KGZ");
            assertThat(kgz.getCell(2).getStringCellValue()).isEqualTo("2026-07");
            int ytd = column(headers, "Turnover, year to date (US$ million)");
            int r12 = column(headers, "Turnover, rolling twelve months (US$ million)");
            // the month: 16; year to date 112, -7 (-5.9%); rolling twelve months 197, +3 (+1.5%)
            assertThat(number(kgz, column(headers, "Turnover (US$ million)"))).isEqualTo(16_000_000);
            assertThat(number(kgz, ytd)).isEqualTo(112_000_000);
            assertThat(headers.get(ytd + 1)).isEqualTo("Turnover year to date, change on a year earlier (US$ million)");
            assertThat(number(kgz, ytd + 1)).isEqualTo(-7_000_000);
            assertThat(number(kgz, ytd + 2)).isCloseTo(-0.05882353, org.assertj.core.data.Offset.offset(1e-8));
            assertThat(number(kgz, r12)).isEqualTo(197_000_000);
            assertThat(number(kgz, r12 + 1)).isEqualTo(3_000_000);
            assertThat(number(kgz, r12 + 2)).isCloseTo(0.01546392, org.assertj.core.data.Offset.offset(1e-8));

            List<String> summary = new ArrayList<>();
            wb.getSheet("Summary").forEach(row -> row.forEach(c -> summary.add(c.toString())));
            assertThat(summary).contains("Trade turnover between Kyrgyzstan and South Korea, January\u2013July 2026: "
                    + "US$ 112.0 million, -5.9% on January\u2013July 2025; over the twelve months to July 2026: "
                    + "US$ 197.0 million, +1.5% on a year earlier.");
        }
    }

    private static int column(List<String> headers, String start) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no column " + start + " in " + headers);
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getCellType()).as("column " + column).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
