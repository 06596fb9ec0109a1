package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;
import org.tradestat.ingest.CsvRecord;
import org.tradestat.ingest.CsvRecordReader;

/**
 * Runs the whole job on the three hand-written UN Comtrade downloads of src/test/resources/comtrade (SPEC 2.6), copied
 * unedited (byte for byte) into the input folder, and checks the totals they were written to give: every row that
 * would count a figure twice if a rule were missed is there, next to the row that holds the figure.
 */
class ComtradeEndToEndTest {

    @TempDir
    static Path temp;
    static Map<String, List<String>> indicators;
    static Map<String, List<String>> rejects;
    static String runJson;

    @BeforeAll
    static void runTheJobOnTheDownloads() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        for (String name : List.of("a-comtrade-plus.csv", "b-comtrade-legacy.csv", "c-comtrade-bulk.csv")) {
            try (var in = ComtradeEndToEndTest.class.getResourceAsStream("/comtrade/" + name)) {
                Files.copy(in, input.resolve(name));
            }
        }
        Path output = temp.resolve("reports");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TradestatApplication.run(new String[] {"--date", "2023-12-31", "--input", input.toString(),
                "--output", output.toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat")},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path dir = output.resolve("2023-12-31");
        indicators = csv(dir.resolve("indicators.csv"), 7);
        rejects = csv(dir.resolve("rejects.csv"), 2);
        runJson = Files.readString(dir.resolve("run.json"));
    }

    /** Rows of a CSV output keyed by their first {@code keyColumns} columns joined with '|'. */
    private static Map<String, List<String>> csv(Path file, int keyColumns) throws IOException {
        Map<String, List<String>> rows = new HashMap<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file))) {
            reader.next();
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                rows.put(String.join("|", r.fields().subList(0, keyColumns)), r.fields());
            }
        }
        return rows;
    }

    private static String level(String series, String period) {
        return "trade|" + series + "|" + period + "|level";
    }

    private static void assertFigure(String key, String expected, String flags) {
        assertThat(indicators).containsKey(key);
        assertThat(new BigDecimal(indicators.get(key).get(7))).as(key).isEqualByComparingTo(expected);
        assertThat(indicators.get(key).get(10)).as(key + " flags").isEqualTo(flags);
    }

    @Test
    void currentLayoutKoreasTradeWithKyrgyzstan() {
        // export 2022: the total row only; not + the rows by mode of transport, customs procedure, second partner
        // (200 + 250 + 100 M), the domestic exports (280 M), the chapters (40 + 30 M) or the re-export (7 M)
        assertFigure(level("KOR|KGZ|export|TOTAL", "2022"), "300000000", "");
        assertFigure("trade|KOR|KGZ|export|TOTAL|2022|yoy_abs", "50000000", "");
        // import 2022: no TOTAL row, so chapters 27 + 84 (5 + 3 M); heading 2701 (4 M) is inside 27, not added
        assertFigure(level("KOR|KGZ|import|TOTAL", "2022"), "8000000", "derived");
        assertFigure(level("KOR|KGZ|turnover|TOTAL", "2021"), "260000000", "");
        assertFigure(level("KOR|KGZ|turnover|TOTAL", "2022"), "308000000", "derived");
        assertFigure("trade|KOR|KGZ|turnover|TOTAL|2022|yoy_abs", "48000000", "derived");
        assertFigure("trade|KOR|KGZ|turnover|TOTAL|2022|yoy_pct", "18.461538", "derived");
        assertFigure(level("KOR|KGZ|export|27", "2022"), "40000000", "");
        // commodity detail is kept at the top level present: heading 2701 is inside chapter 27
        assertThat(indicators).doesNotContainKey(level("KOR|KGZ|export|2701", "2022"));
    }

    @Test
    void currentLayoutReImportsPartnersAndMonths() {
        // Uzbekistan 2022 has only a re-import, which stands in for the import
        assertFigure(level("KOR|UZB|import|TOTAL", "2022"), "2000000", "derived");
        assertFigure(level("KOR|UZB|turnover|TOTAL", "2022"), "52000000", "derived");
        assertFigure("trade|KOR|UZB|turnover|TOTAL|2022|yoy_pct", "26.829268", "derived"); // 52 M on 41 M
        // World and "Areas, nes" are partners of their own
        assertFigure(level("KOR|WLD|export|TOTAL", "2022"), "600000000", "");
        assertFigure(level("KOR|M49_899|export|TOTAL", "2022"), "1000000", "");
        // partnerISO empty: code 398 is Kazakhstan; the import has no primaryValue, its CIF value 1.5E7 is used
        assertFigure(level("KOR|KAZ|turnover|TOTAL", "2022"), "35000000", "");
        // months: 202201 is 2022-01; the annual row of -5 was rejected
        assertFigure("trade|KOR|TJK|export|TOTAL|2022-01|yoy_pct", "25", "");
        assertThat(indicators).doesNotContainKey(level("KOR|TJK|export|TOTAL", "2022"));
        assertThat(rejects).containsOnlyKeys("a-comtrade-plus.csv|25");
        assertThat(rejects.get("a-comtrade-plus.csv|25").get(2)).isEqualTo("trade value '-5' is negative");
    }

    @Test
    void legacyLayoutKazakhstanReadAsIso88591() {
        // 500 M, not + the chapter 27 and heading 2709 rows, the breakdown by second partner or the re-export
        assertFigure(level("KAZ|KOR|export|TOTAL", "2022"), "500000000", "");
        // 700 M, not + the rows by mode of transport and customs procedure or the re-import
        assertFigure(level("KAZ|KOR|import|TOTAL", "2022"), "700000000", "");
        assertFigure(level("KAZ|KOR|turnover|TOTAL", "2022"), "1200000000", "");
        assertFigure("trade|KAZ|KOR|turnover|TOTAL|2022|yoy_pct", "20", "");
        assertFigure(level("KAZ|KOR|balance|TOTAL", "2022"), "-200000000", "");
        // Côte d'Ivoire; its 2022 import is given by the flow text only
        assertFigure("trade|KAZ|CIV|export|TOTAL|2022|yoy_pct", "50", "");
        assertFigure(level("KAZ|CIV|turnover|TOTAL", "2022"), "4000000", "");
        assertFigure(level("KAZ|WLD|export|TOTAL", "2022"), "80000000000", "");
    }

    @Test
    void bulkLayoutNumericCodesOnly() {
        // reporter 842 (Comtrade's code for the USA); 1.2E8, not + the re-export of 5.0E6
        assertFigure(level("USA|KGZ|export|TOTAL", "2022"), "120000000", "");
        assertFigure(level("USA|KGZ|turnover|TOTAL", "2022"), "180000000", "");
        assertFigure("trade|USA|KGZ|turnover|TOTAL|2022|yoy_pct", "20", "");
        // no TOTAL: chapters 87 + 84; headings 8703 and 8704 are inside 87, not added
        assertFigure(level("USA|KAZ|export|TOTAL", "2021"), "15000000", "derived");
        assertFigure(level("USA|KAZ|export|TOTAL", "2022"), "30000000", "derived");
        assertFigure("trade|USA|KAZ|export|TOTAL|2022|yoy_pct", "100", "derived");
        assertFigure(level("USA|WLD|export|TOTAL", "2022"), "2000000000000", "");
        assertFigure(level("USA|M49_490|export|TOTAL", "2022"), "3000000000", ""); // Other Asia, nes
        assertFigure(level("USA|M49_097|export|TOTAL", "2022"), "250000000000", ""); // Comtrade's EU
        assertFigure(level("USA|IND|export|TOTAL", "2022"), "10000000", ""); // India by Comtrade's code 699
    }

    @Test
    void runJsonCountsEveryLineOnceAndSaysTheEncoding() {
        // summarised breakdowns count as duplicates (merged into their total); lines = loaded + duplicates + rejected
        assertThat(runJson).contains(
                "{\"file\": \"a-comtrade-plus.csv\", \"kind\": \"comtrade\"",
                "\"encoding\": \"UTF-8\", \"lines\": 24, \"loaded\": 19, \"duplicates\": 4, \"conflicts\": 0,"
                        + " \"rejected\": 1",
                "{\"file\": \"b-comtrade-legacy.csv\", \"kind\": \"comtrade_legacy\"",
                "\"encoding\": \"ISO-8859-1\", \"lines\": 15, \"loaded\": 12, \"duplicates\": 3, \"conflicts\": 0,"
                        + " \"rejected\": 0, \"warnings\": [\"not valid UTF-8: read as ISO-8859-1\"]",
                "{\"file\": \"c-comtrade-bulk.csv\", \"kind\": \"comtrade_bulk\"",
                "\"encoding\": \"UTF-8\", \"lines\": 15, \"loaded\": 15, \"duplicates\": 0, \"conflicts\": 0,"
                        + " \"rejected\": 0");
        Matcher m = Pattern.compile("\"lines\": (\\d+), \"loaded\": (\\d+), \"duplicates\": (\\d+), \"conflicts\": \\d+,"
                + " \"rejected\": (\\d+)").matcher(runJson);
        int files = 0;
        while (m.find()) {
            files++;
            assertThat(Long.parseLong(m.group(1))).isEqualTo(
                    Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)));
        }
        assertThat(files).isEqualTo(3);
    }
}
