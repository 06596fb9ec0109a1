package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;
import org.tradestat.ingest.CsvRecord;
import org.tradestat.ingest.CsvRecordReader;

/**
 * Runs the whole job once on nine UN Comtrade downloads shaped byte for byte like real ones (SPEC 2.6,
 * src/test/resources/comtrade-downloads and its README: made-up values, real layouts): quoted Comtrade Plus files
 * whose data lines end in a comma, an ISO-8859-1 file, a legacy file with {@code Trade Flow Code} 0 on every row,
 * one-product files, SITC beside HS, a services file, former countries and a commodity ranking that changes from
 * year to year. Each test checks the figures a statistician would work out by hand from one of them, and reports
 * every figure that is wrong, not only the first (soft assertions).
 */
@ExtendWith(SoftAssertionsExtension.class)
class ComtradeDownloadsEndToEndTest {

    private static final String DATE = "2024-12-31";
    private static final String DATA_QUALITY = "Data quality";
    private static final String RESOURCES = "/comtrade-downloads/";
    /** A sentence saying that there is no turnover ("... so no trade turnover or balance of the pair is given"). */
    private static final Pattern NO_TURNOVER = Pattern.compile("\\bno (trade )?turnover", Pattern.CASE_INSENSITIVE);
    static final List<String> FILES = List.of(
            "plus-kaz-2021-2023.csv",
            "legacy-flowcode0-kgz.csv",
            "plus-kor-8542-world.csv",
            "legacy-kaz-252310-871200.csv",
            "bulk-sitc-uzb.csv",
            "plus-uzb-hs84.csv",
            "plus-services-kor.csv",
            "bulk-former-countries.csv",
            "plus-kor-kgz-chapters-2015-2018.csv");

    @TempDir
    static Path temp;
    static Map<String, List<String>> indicators;
    static Map<String, List<String>> rejects;
    static String runJson;
    /** Each input file's entry of run.json (one line each), by file name. */
    static Map<String, String> inputs;
    /** The workbook: per sheet, its rows, each as the formatted text of its cells. */
    static Map<String, List<List<String>>> workbook;

    @InjectSoftAssertions
    SoftAssertions softly;

    @BeforeAll
    static void runTheJobOnTheDownloads() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        for (String name : FILES) {
            try (InputStream in = ComtradeDownloadsEndToEndTest.class.getResourceAsStream(RESOURCES + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, input.resolve(name));
            }
        }
        Path output = temp.resolve("reports");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TradestatApplication.run(new String[] {"--date", DATE, "--input", input.toString(),
                "--output", output.toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat")},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path dir = output.resolve(DATE);
        indicators = csv(dir.resolve("indicators.csv"), 7);
        rejects = csv(dir.resolve("rejects.csv"), 2);
        runJson = Files.readString(dir.resolve("run.json"));
        inputs = new HashMap<>();
        Matcher m = Pattern.compile("\\{\"file\": \"([^\"]+)\"[^\\n]*").matcher(runJson);
        while (m.find()) {
            inputs.put(m.group(1), m.group());
        }
        workbook = workbook(dir.resolve("tradestat-" + DATE + ".xlsx"));
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

    private static Map<String, List<List<String>>> workbook(Path file) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    /** Every cell's text, in every sheet. */
    private static Stream<String> cells() {
        return workbook.values().stream().flatMap(List::stream).flatMap(List::stream);
    }

    /** The rows of a sheet, each as its cells' texts joined with " | ". */
    private List<String> rowsOf(String sheet) {
        softly.assertThat(workbook.keySet()).as("sheets").contains(sheet);
        return workbook.getOrDefault(sheet, List.of()).stream().map(r -> String.join(" | ", r))
                .collect(Collectors.toList());
    }

    private static String level(String series, String period) {
        return "trade|" + series + "|" + period + "|level";
    }

    private void assertFigure(String key, String expected, String flags) {
        List<String> row = indicators.get(key);
        if (row == null) {
            softly.fail("indicators.csv has no " + key + " (expected " + expected
                    + (flags.isEmpty() ? "" : ", flags " + flags) + ")");
            return;
        }
        softly.assertThat(new BigDecimal(row.get(7))).as(key).isEqualByComparingTo(expected);
        softly.assertThat(row.get(10)).as(key + " flags").isEqualTo(flags);
    }

    /** Keys of the indicators of a pair (reporter|partner) with this commodity. */
    private static List<String> keysOf(String pair, String commodity) {
        return indicators.keySet().stream()
                .filter(k -> k.startsWith("trade|" + pair + "|") && k.split("\\|")[4].equals(commodity))
                .sorted().collect(Collectors.toList());
    }

    /** The run.json entry of a file: kind, encoding and counts. */
    private void assertInput(String file, String kind, String encoding, long lines, long loaded, long duplicates,
                             long rejected) {
        if (!inputs.containsKey(file)) {
            softly.fail("run.json lists no input " + file + " among " + inputs.keySet());
            return;
        }
        softly.assertThat(inputs.get(file)).as(file).contains(
                "\"kind\": \"" + kind + "\"",
                "\"encoding\": \"" + encoding + "\"",
                "\"lines\": " + lines + ", \"loaded\": " + loaded + ", \"duplicates\": " + duplicates
                        + ", \"conflicts\": 0, \"rejected\": " + rejected);
    }

    private void assertNoRejects(String file) {
        softly.assertThat(rejects.entrySet().stream().filter(e -> e.getKey().startsWith(file + "|"))
                .map(e -> "line " + e.getValue().get(1) + ": " + e.getValue().get(2)).sorted().limit(5))
                .as("rejected lines of " + file + " (the first five)").isEmpty();
    }

    /** The first ten of a list, for a short failure message. */
    private static List<String> first10(List<String> list) {
        return list.subList(0, Math.min(10, list.size()));
    }

    /** Keys of indicators.csv that start with this text (at most ten, for a short message). */
    private static List<String> keysStartingWith(String prefix) {
        return indicators.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().limit(10)
                .collect(Collectors.toList());
    }

    @Test
    void plusLayoutSubFlowsAndBreakdownsAreMergedNeverAdded() {
        // A real Comtrade Plus portal download: 47 quoted column names, every data line 47 quoted fields and a
        // trailing comma, CRLF, ISO-8859-1 ("Türkiye" as byte FC). Beside each total row it repeats parts of it:
        // DX (domestic exports) and FM (foreign imports) 2022, XOP and MIP (processing) 2023, and X 2022 by sea
        // (motCode 2100). Rule: only X and M rows with partner2 0, customs C00, mot 0 are figures; the rest is merged.
        // Export 2022: the X row only, not + DX 1,301,880,455.75 or the 902,114,300 by sea.
        assertFigure(level("KAZ|KOR|export|TOTAL", "2021"), "1180452310.5", "");
        assertFigure(level("KAZ|KOR|import|TOTAL", "2021"), "2204118962.25", "");
        assertFigure(level("KAZ|KOR|export|TOTAL", "2022"), "1356207845.75", "");
        // import 2022: the M row only, not + FM 2,998,114,502.5
        assertFigure(level("KAZ|KOR|import|TOTAL", "2022"), "3043580117.5", "");
        // 2023: not + XOP 86,450,120, not + MIP 402,316,774.25
        assertFigure(level("KAZ|KOR|export|TOTAL", "2023"), "1512996204", "");
        assertFigure(level("KAZ|KOR|import|TOTAL", "2023"), "4218700355.25", "");
        assertFigure(level("KAZ|KOR|turnover|TOTAL", "2021"), "3384571272.75", "");
        assertFigure(level("KAZ|KOR|turnover|TOTAL", "2022"), "4399787963.25", "");
        assertFigure(level("KAZ|KOR|turnover|TOTAL", "2023"), "5731696559.25", "");
        assertFigure("trade|KAZ|KOR|turnover|TOTAL|2022|yoy_abs", "1015216690.5", "");
        assertFigure("trade|KAZ|KOR|turnover|TOTAL|2022|yoy_pct", "29.99543", "");
        assertFigure("trade|KAZ|KOR|export|TOTAL|2023|yoy_abs", "156788358.25", "");
        assertFigure("trade|KAZ|KOR|export|TOTAL|2023|yoy_pct", "11.560791", "");
        assertFigure(level("KAZ|KOR|balance|TOTAL", "2022"), "-1687372271.75", "");
        // partnerDesc "Türkiye" in ISO-8859-1; partnerISO TUR
        assertFigure(level("KAZ|TUR|turnover|TOTAL", "2022"), "3089924904.25", "");
        // UZB 2023 has only a DX row (318,207,115): a part of exports whose total is not in the file. It is not
        // made into exports, and the Warnings sheet says so.
        softly.assertThat(keysStartingWith("trade|KAZ|UZB|")).as("figures of KAZ-UZB").isEmpty();
        softly.assertThat(rowsOf("Warnings").stream().anyMatch(r -> r.contains("UZB") && r.contains("DX")))
                .as("a row of the Warnings sheet naming the UZB DX-only key").isTrue();
        // 8 figures; DX, FM, XOP, MIP, the row by sea and the UZB DX merged; none rejected (the trailing comma is fine)
        assertInput("plus-kaz-2021-2023.csv", "comtrade", "ISO-8859-1", 14, 8, 6, 0);
        softly.assertThat(inputs.get("plus-kaz-2021-2023.csv")).contains("not valid UTF-8: read as ISO-8859-1");
        assertNoRejects("plus-kaz-2021-2023.csv");
    }

    @Test
    void legacyLayoutWithTradeFlowCodeZeroOnEveryRow() {
        // A real legacy (35-column) export where Trade Flow Code is 0 on every row and Trade Flow holds the flow,
        // as a code or in words, mixed: Export, Import (2021), X, M, Re-Export, RM, DX (2022). UTF-8, LF.
        // Rule: the flow is read from the column that holds a known flow; re-flows only where no plain flow;
        // DX is a part of exports, merged. Today every line is rejected "unknown flow '0'".
        assertFigure(level("KGZ|KOR|export|TOTAL", "2021"), "21384519", "");
        assertFigure(level("KGZ|KOR|import|TOTAL", "2021"), "287600412", "");
        // 2022: X only, not + Re-Export 1,204,330 or DX 30,741,552; M only, not + RM 655,100
        assertFigure(level("KGZ|KOR|export|TOTAL", "2022"), "31945882", "");
        assertFigure(level("KGZ|KOR|import|TOTAL", "2022"), "415218037", "");
        assertFigure(level("KGZ|KOR|turnover|TOTAL", "2021"), "308984931", "");
        assertFigure(level("KGZ|KOR|turnover|TOTAL", "2022"), "447163919", "");
        assertFigure("trade|KGZ|KOR|turnover|TOTAL|2022|yoy_abs", "138178988", "");
        assertFigure("trade|KGZ|KOR|turnover|TOTAL|2022|yoy_pct", "44.7203", "");
        assertInput("legacy-flowcode0-kgz.csv", "comtrade_legacy", "UTF-8", 7, 6, 1, 0);
        assertNoRejects("legacy-flowcode0-kgz.csv");
    }

    @Test
    void oneHeadingFromTheWorldGivesCommodityFiguresOnly() {
        // A real Comtrade Plus download of one heading: KOR with the World (partnerCode 0, W00), cmdCode 8542
        // (integrated circuits, aggrLevel 4) only, M and X 2020-2023, quoted with a trailing comma, UTF-8, CRLF.
        // Rule: a 4-digit code is never summed into an all-goods figure; the figures are named as HS 8542.
        assertFigure(level("KOR|WLD|import|8542", "2020"), "46203115087", "");
        assertFigure(level("KOR|WLD|export|8542", "2020"), "85472318904.5", "");
        assertFigure(level("KOR|WLD|import|8542", "2023"), "58117380644", "");
        assertFigure(level("KOR|WLD|export|8542", "2023"), "86154902117.75", "");
        softly.assertThat(first10(keysOf("KOR|WLD", "TOTAL"))).as("all-goods figures of KOR-WLD").isEmpty();
        softly.assertThat(cells().anyMatch(c -> c.contains("HS 8542"))).as("a workbook cell naming HS 8542").isTrue();
        // no "KOR–WLD turnover", "trade turnover between KOR and WLD", chart of turnover "for ... KOR–WLD", ...;
        // a sentence saying that no turnover of the pair is given is fine
        softly.assertThat(cells().filter(c -> c.contains("KOR") && (c.contains("WLD") || c.contains("World"))
                        && c.toLowerCase(Locale.ROOT).contains("turnover") && !NO_TURNOVER.matcher(c).find())
                        .distinct().limit(5))
                .as("workbook cells calling HS 8542 the KOR-WLD turnover (the first five)").isEmpty();
        assertInput("plus-kor-8542-world.csv", "comtrade", "UTF-8", 8, 8, 0, 0);
        assertNoRejects("plus-kor-8542-world.csv");
    }

    @Test
    void legacySubheadingsAreNeverSummedIntoATotal() {
        // A real legacy 22-column download (Classification ... Partner ISO, Commodity Code, Commodity, Qty Unit Code,
        // Qty Unit, Qty, Netweight (kg), Trade Value (US$), Flag), CRLF: KAZ with RUS, H4, two 6-digit subheadings
        // (252310 cement clinkers, 871200 bicycles, Aggregate Level 6), export and import 2022-2023, no TOTAL.
        // Rule: never a total from 6-digit codes; commodity levels only.
        assertFigure(level("KAZ|RUS|export|252310", "2022"), "18402115", "");
        assertFigure(level("KAZ|RUS|export|252310", "2023"), "21733640", "");
        assertFigure(level("KAZ|RUS|import|252310", "2023"), "2450917", "");
        assertFigure(level("KAZ|RUS|export|871200", "2023"), "188906", "");
        assertFigure(level("KAZ|RUS|import|871200", "2022"), "9805332", "");
        assertFigure(level("KAZ|RUS|import|871200", "2023"), "12114078", "");
        softly.assertThat(first10(keysOf("KAZ|RUS", "TOTAL"))).as("all-goods figures of KAZ-RUS").isEmpty();
        assertInput("legacy-kaz-252310-871200.csv", "comtrade_legacy", "UTF-8", 8, 8, 0, 0);
        assertNoRejects("legacy-kaz-252310-871200.csv");
    }

    @Test
    void sitcAndHsAreNeverMergedSummedOrCompared() {
        // Two real downloads for the same pair and years: a legacy bulk file in SITC Rev. 3 (Classification S3,
        // divisions 84 apparel and 65 textile yarn) and a Comtrade Plus file in HS (H6, chapters 84 machinery and
        // 52 cotton; unquoted, trailing comma). Rule: SITC codes carry their family (SITC:84), never merged with
        // HS 84 (no conflict), and the derived all-goods export comes from one family: the HS chapters.
        assertFigure(level("UZB|KOR|export|SITC:84", "2022"), "12406733", "");
        assertFigure(level("UZB|KOR|export|SITC:84", "2023"), "15118402", "");
        assertFigure(level("UZB|KOR|export|SITC:65", "2022"), "48215390", "");
        assertFigure(level("UZB|KOR|export|SITC:65", "2023"), "53904271", "");
        assertFigure(level("UZB|KOR|export|84", "2022"), "3402118.5", "");
        assertFigure(level("UZB|KOR|export|84", "2023"), "5913442.25", "");
        assertFigure(level("UZB|KOR|export|52", "2022"), "41877260", "");
        assertFigure(level("UZB|KOR|export|52", "2023"), "36204915", "");
        // HS 84 + HS 52; never + SITC 84 or SITC 65
        assertFigure(level("UZB|KOR|export|TOTAL", "2022"), "45279378.5", "derived");
        assertFigure(level("UZB|KOR|export|TOTAL", "2023"), "42118357.25", "derived");
        assertFigure("trade|UZB|KOR|export|TOTAL|2023|yoy_abs", "-3161021.25", "derived");
        assertFigure("trade|UZB|KOR|export|TOTAL|2023|yoy_pct", "-6.98115", "derived");
        softly.assertThat(cells().anyMatch(c -> c.contains("SITC 84"))).as("a workbook cell naming SITC 84").isTrue();
        softly.assertThat(cells().filter(c -> c.contains("HS SITC"))).as("SITC codes labelled HS").isEmpty();
        assertInput("bulk-sitc-uzb.csv", "comtrade_bulk", "UTF-8", 4, 4, 0, 0);
        assertInput("plus-uzb-hs84.csv", "comtrade", "UTF-8", 4, 4, 0, 0);
    }

    @Test
    void servicesDownloadIsSkippedAndReported() {
        // A real Comtrade Plus services download has the same 47 columns as goods, with typeCode S, classification
        // EB (EBOPS 2010) and codes S, SC, SD. Rule: not goods trade; the file is skipped and reported like a file
        // of unknown kind, exempt from the reject rate, and the run completes (exit 0, asserted before the tests).
        assertInput("plus-services-kor.csv", "comtrade_services", "UTF-8", 6, 0, 0, 6);
        Matcher warnings = Pattern.compile("\"warnings\": \\[(.*)]")
                .matcher(inputs.getOrDefault("plus-services-kor.csv", ""));
        softly.assertThat(warnings.find() ? warnings.group(1).replace("plus-services-kor.csv", "") : "")
                .as("run.json warnings of the services file, without its name").containsIgnoringCase("service");
        softly.assertThat(rowsOf(DATA_QUALITY).stream().anyMatch(r -> r.contains("plus-services-kor.csv")
                        && r.replace("plus-services-kor.csv", "").toLowerCase(Locale.ROOT).contains("service")))
                .as("a row of the Data quality sheet naming the services file and why it was not read").isTrue();
        softly.assertThat(keysStartingWith("trade|KOR|KAZ|")).as("figures of KOR-KAZ").isEmpty();
    }

    @Test
    void formerCountriesAndTerritoryBreaks() {
        // A real legacy bulk file (numeric codes only, H0) going back to 1989: reporters 280 (Fed. Rep. of Germany)
        // then 276 (Germany) from 1991, 58 (Belgium-Luxembourg) then 56 (Belgium) from 1999; KOR's partners 810
        // USSR, 200 Czechoslovakia, 890 Yugoslavia, 891 Serbia and Montenegro, 530 Netherlands Antilles, 278 GDR.
        // Rule: former countries load under their ISO 3166-3 codes; one ISO code over two M49 codes is a break.
        assertFigure(level("DEU|KOR|export|TOTAL", "1989"), "2481377000", "");
        assertFigure(level("DEU|KOR|export|TOTAL", "1990"), "2906412000", "");
        assertFigure("trade|DEU|KOR|export|TOTAL|1990|yoy_abs", "425035000", "");
        assertFigure(level("DEU|KOR|export|TOTAL", "1991"), "3519204000", "break");
        assertFigure("trade|DEU|KOR|export|TOTAL|1991|yoy_abs", "612792000", "break");
        assertFigure("trade|DEU|KOR|export|TOTAL|1991|yoy_pct", "21.084141", "break");
        assertFigure("trade|DEU|KOR|export|TOTAL|1991|long_abs", "1037827000", "break"); // vs 1989
        assertFigure(level("DEU|KOR|export|TOTAL", "1992"), "3330118000", "");
        assertFigure("trade|DEU|KOR|export|TOTAL|1992|yoy_abs", "-189086000", ""); // 1992 vs 1991: both Germany (276)
        assertFigure("trade|DEU|KOR|export|TOTAL|1992|long_abs", "848741000", "break"); // vs 1989, across the change
        assertFigure(level("BEL|KOR|export|TOTAL", "1997"), "612408000", "");
        assertFigure(level("BEL|KOR|export|TOTAL", "1998"), "401955000", "");
        assertFigure("trade|BEL|KOR|export|TOTAL|1998|yoy_abs", "-210453000", "");
        assertFigure(level("BEL|KOR|export|TOTAL", "1999"), "498117000", "break");
        assertFigure("trade|BEL|KOR|export|TOTAL|1999|yoy_abs", "96162000", "break");
        assertFigure("trade|BEL|KOR|export|TOTAL|1999|yoy_pct", "23.923574", "break");
        assertFigure(level("BEL|KOR|export|TOTAL", "2000"), "575340000", "");
        assertFigure("trade|BEL|KOR|export|TOTAL|2000|yoy_abs", "77223000", "");
        assertFigure(level("KOR|SUN|export|TOTAL", "1990"), "519150000", "");
        assertFigure(level("KOR|CSK|export|TOTAL", "1991"), "68402000", "");
        assertFigure(level("KOR|YUG|export|TOTAL", "1991"), "41880000", "");
        assertFigure(level("KOR|SCG|export|TOTAL", "2005"), "23715000", "");
        assertFigure(level("KOR|ANT|export|TOTAL", "2009"), "14206000", "");
        assertFigure(level("KOR|DDR|export|TOTAL", "1989"), "9870000", "");
        softly.assertThat(indicators.keySet().stream().filter(k -> k.contains("M49_")).sorted().limit(10))
                .as("areas with no ISO code").isEmpty();
        assertInput("bulk-former-countries.csv", "comtrade_bulk", "UTF-8", 14, 14, 0, 0);
        assertNoRejects("bulk-former-countries.csv");
    }

    @Test
    void theTenCommoditiesAreChosenOnceOverTheWholeSpan() {
        // A real Comtrade Plus download of KOR's exports to KGZ, 2015-2018 (H4, then H5 from 2017): the TOTAL row
        // and 12 HS chapters per year. Over the span chapter 61 (knitted apparel) is the 10th largest, 94 and 48 the
        // smallest; in 2016 alone 94 beats 61. Rule: the ten kept are chosen once, by the sum over all years, so
        // every kept chapter has a complete series; 94 and 48 make OTHER in every year; OTHER gets levels only.
        assertFigure(level("KOR|KGZ|export|61", "2015"), "2204330", "");
        assertFigure(level("KOR|KGZ|export|61", "2016"), "1305118", "");
        assertFigure(level("KOR|KGZ|export|61", "2017"), "2418906", "");
        assertFigure(level("KOR|KGZ|export|61", "2018"), "2650412", "");
        for (String chapter : List.of("87", "84", "85", "39", "33", "30", "40", "73", "21", "61")) {
            for (String year : List.of("2015", "2016", "2017", "2018")) {
                String key = level("KOR|KGZ|export|" + chapter, year);
                softly.assertThat(indicators.containsKey(key)).as("indicators.csv has " + key).isTrue();
            }
        }
        softly.assertThat(first10(keysOf("KOR|KGZ", "94"))).as("chapter 94, folded into OTHER").isEmpty();
        softly.assertThat(first10(keysOf("KOR|KGZ", "48"))).as("chapter 48, folded into OTHER").isEmpty();
        // OTHER = 94 + 48 in every year
        assertFigure(level("KOR|KGZ|export|OTHER", "2015"), "2607994", "derived");
        assertFigure(level("KOR|KGZ|export|OTHER", "2016"), "2827035", "derived");
        assertFigure(level("KOR|KGZ|export|OTHER", "2017"), "2884520", "derived");
        assertFigure(level("KOR|KGZ|export|OTHER", "2018"), "3127331", "derived");
        Set<String> otherIndicators = keysOf("KOR|KGZ", "OTHER").stream().map(k -> k.split("\\|")[6])
                .collect(Collectors.toCollection(TreeSet::new));
        softly.assertThat(otherIndicators).as("indicators of OTHER (no yoy, trend, forecast or outlier)")
                .containsExactly("level");
        // the all-goods figure is the TOTAL row, not the sum of the 12 chapters (128,519,700 in 2016)
        assertFigure(level("KOR|KGZ|export|TOTAL", "2016"), "155220866.25", "");
        assertFigure(level("KOR|KGZ|export|TOTAL", "2018"), "240871040.75", "");
        assertInput("plus-kor-kgz-chapters-2015-2018.csv", "comtrade", "UTF-8", 52, 52, 0, 0);
        assertNoRejects("plus-kor-kgz-chapters-2015-2018.csv");
    }

    @Test
    void runJsonCountsEveryLineOfEveryFileOnce() {
        // SPEC 3 and 6: for every file lines = loaded + duplicates + rejected; only the services file has lines not
        // loaded, and no goods line is rejected.
        softly.assertThat(runJson).contains("\"status\": \"COMPLETED\"");
        softly.assertThat(inputs.keySet()).containsExactlyInAnyOrderElementsOf(FILES);
        Pattern counts = Pattern.compile("\"lines\": (\\d+), \"loaded\": (\\d+), \"duplicates\": (\\d+),"
                + " \"conflicts\": \\d+, \"rejected\": (\\d+)");
        for (String file : FILES) {
            Matcher m = counts.matcher(inputs.getOrDefault(file, ""));
            if (!m.find()) {
                softly.fail("run.json has no counts for " + file);
                continue;
            }
            softly.assertThat(Long.parseLong(m.group(1))).as(file + ": lines = loaded + duplicates + rejected")
                    .isEqualTo(Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4)));
        }
        softly.assertThat(rejects.keySet().stream().filter(k -> !k.startsWith("plus-services-kor.csv|")).sorted()
                .limit(10)).as("rejected goods lines (the first ten)").isEmpty();
    }
}
