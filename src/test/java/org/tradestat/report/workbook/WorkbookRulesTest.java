package org.tradestat.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradestat.report.workbook.WorkbookRules.Rule.TITLE_IN_A1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradestat.TradestatApplication;
import org.tradestat.ingest.CsvRecord;
import org.tradestat.ingest.CsvRecordReader;
import org.tradestat.report.workbook.WorkbookRules.Rule;
import org.tradestat.report.workbook.WorkbookRules.Violation;

/**
 * Runs the whole job on each input of {@code src/test/resources/workbooks/} (its README says what each imitates) and
 * checks the workbook against the spreadsheet rules of {@link WorkbookRules}: it breaks none of them.
 */
class WorkbookRulesTest {

    /** One input folder, how the job is run on it, and the lines it must reject. */
    record Input(String name, List<String> args, Set<String> rejectedLines) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Input> inputs() {
        return Stream.of(
                new Input("small", List.of("--date", "2025-03-31"),
                        Set.of("trade-central-asia-kor.csv:7")),
                new Input("monthly", List.of("--date", "2026-08-31", "--period", "2026-07"),
                        Set.of("kcs-kor-2023-01-2026-07.csv:23", "kcs-kor-2023-01-2026-07.csv:96",
                                "kcs-kor-2023-01-2026-07.csv:453", "kcs-kor-2023-01-2026-07.csv:943",
                                "kcs-kor-2023-01-2026-07.csv:1299")),
                new Input("partners", List.of("--date", "2025-06-30"),
                        Set.of("kita-kor-by-country-2015-2024.csv:47", "kita-kor-by-country-2015-2024.csv:97",
                                "kita-kor-by-country-2015-2024.csv:111")),
                new Input("events", List.of("--date", "2025-06-30"),
                        Set.of("events-kor-central-asia-2017-2024.csv:76", "events-kor-central-asia-2017-2024.csv:98",
                                "events-kor-central-asia-2017-2024.csv:110")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theWorkbookBreaksNoRule(Input input, @TempDir Path temp) throws IOException {
        Path output = temp.resolve("reports");
        List<String> args = new ArrayList<>(input.args());
        args.addAll(List.of("--input", resource("workbooks/" + input.name()).toString(), "--output", output.toString(),
                "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TradestatApplication.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("exit code; stderr:\n%s", err.toString(StandardCharsets.UTF_8)).isZero();

        String date = input.args().get(input.args().indexOf("--date") + 1);
        Path report = output.resolve(date);
        assertThat(rejectedLines(report.resolve("rejects.csv")))
                .as("the lines the input's README says are rejected").isEqualTo(new TreeSet<>(input.rejectedLines()));

        List<Violation> found;
        try (InputStream in = Files.newInputStream(report.resolve("tradestat-" + date + ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            found = WorkbookRules.check(wb);
        }
        assertThat(found).as("input %s", input.name()).isEmpty();
    }

    private static Set<String> rejectedLines(Path rejectsCsv) throws IOException {
        Set<String> lines = new TreeSet<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(rejectsCsv))) {
            reader.next();
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                lines.add(r.fields().get(0) + ":" + r.fields().get(1));
            }
        }
        return lines;
    }

    private static Path resource(String name) {
        URL url = WorkbookRulesTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every rule can fail: a tiny workbook that keeps them all, and the same with one rule broken. */
    @Nested
    class Checker {

        @Test
        void aWorkbookThatKeepsEveryRuleHasNoViolation() throws IOException {
            try (XSSFWorkbook wb = TinyWorkbook.write(EnumSet.noneOf(Rule.class))) {
                assertThat(WorkbookRules.check(wb)).isEmpty();
            }
        }

        @ParameterizedTest
        @EnumSource(Rule.class)
        void eachBrokenRuleIsFoundOnItsSheetAndNoOtherRuleIs(Rule rule) throws IOException {
            try (XSSFWorkbook wb = TinyWorkbook.write(EnumSet.of(rule))) {
                List<Violation> found = WorkbookRules.check(wb);
                assertThat(found).as(found.toString()).hasSize(1);
                assertThat(found.get(0).rule()).isEqualTo(rule);
                assertThat(found.get(0).sheet()).isEqualTo(TinyWorkbook.sheetBroken(rule));
            }
        }

        @Test
        void aTableStartingInA1HasNoTitle() throws IOException {
            try (XSSFWorkbook wb = TinyWorkbook.writeWithTableInA1()) {
                assertThat(WorkbookRules.check(wb)).extracting(Violation::sheet, Violation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(TinyWorkbook.FIGURES, TITLE_IN_A1));
            }
        }

        @Test
        void everyBrokenRuleAtOnceIsFound() throws IOException {
            try (XSSFWorkbook wb = TinyWorkbook.write(EnumSet.allOf(Rule.class))) {
                assertThat(WorkbookRules.check(wb)).extracting(Violation::rule)
                        .containsExactlyInAnyOrder(Rule.values());
            }
        }

        @Test
        void picturesAndChartsBothNeedAltText() throws IOException {
            try (XSSFWorkbook wb = TinyWorkbook.write(EnumSet.of(Rule.ALT_TEXT))) {
                assertThat(WorkbookRules.check(wb).get(0).detail()).startsWith("2 pictures or charts without alt text");
            }
        }

        @Test
        void linksWithinTheWorkbookNameTheirSheet() {
            assertThat(WorkbookRules.linkedSheet("'Data quality'!A1")).isEqualTo("Data quality");
            assertThat(WorkbookRules.linkedSheet("Notes!A1")).isEqualTo("Notes");
            assertThat(WorkbookRules.linkedSheet("#'Bob''s sheet'!B2")).isEqualTo("Bob's sheet");
        }
    }
}
