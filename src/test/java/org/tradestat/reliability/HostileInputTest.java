package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradestat.ingest.CsvRecord;

/**
 * SPEC 3: "Nothing is lost silently. Every data line of every input file ends up in exactly one of: loaded, merged
 * as an exact duplicate, or rejected." The files of {@code src/test/resources/hostile/} (and a 1 MB line made here)
 * go through one run together, each with figures of its own country so that they do not meet as duplicates; each
 * file is a test case: it loads correctly or its lines are rejected with a reason, run.json's counts add up to its
 * lines ({@code lines = loaded + duplicates + rejected}) and match what the file holds. The run itself completes
 * with no stack trace for the user, and its workbook opens.
 */
class HostileInputTest {

    static final String DATE = "2024-12-31";

    static Path input;
    static Path report;
    static Harness.Result run;
    static Map<String, Map<String, Object>> inputs;
    static Map<String, Map<Long, String>> rejects;

    @BeforeAll
    static void runTheCorpus(@TempDir Path temp) throws IOException, URISyntaxException {
        runTheCorpus(temp, "jdbc:h2:file:" + temp.resolve("db").resolve("tradestat").toAbsolutePath());
    }

    /** Copies the corpus, adds the files made here, and runs the job on them with the given database. */
    static void runTheCorpus(Path temp, String db) throws IOException, URISyntaxException {
        input = Files.createDirectories(temp.resolve("input"));
        Path corpus = Path.of(HostileInputTest.class.getResource("/hostile").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        // Too big to keep in the repository: a 1 MB field (over the reader's 1,000,000-character limit), a 120,000-
        // character source (under it), then a plain line.
        Files.writeString(input.resolve("long-line.csv"),
                "reporter,partner,period,flow,value_usd,commodity,qualifier,source\n"
                        + "ESP,KOR,2020,export,100,TOTAL,," + "x".repeat(1 << 20) + "\n"
                        + "ESP,KOR,2021,export,200,TOTAL,," + "long source ".repeat(10_000) + "\n"
                        + "ESP,KOR,2022,export,300,TOTAL,,short\n", StandardCharsets.UTF_8);
        writeMadeHere(input);

        Path output = temp.resolve("reports");
        // --max-reject-rate 1: several files are meant to be all rejects.
        run = Harness.runInProcess(List.of("--date", DATE, "--input", input.toString(), "--output", output.toString(),
                "--db", db, "--max-reject-rate", "1"));
        report = output.resolve(DATE);
        inputs = new HashMap<>();
        if (Files.exists(report.resolve("run.json"))) {
            for (Map<String, Object> in : Harness.runJsonInputs(report.resolve("run.json"))) {
                inputs.put((String) in.get("file"), in);
            }
        }
        rejects = new HashMap<>();
        if (Files.exists(report.resolve("rejects.csv"))) {
            for (CsvRecord r : Harness.csv(report.resolve("rejects.csv"))) {
                rejects.computeIfAbsent(r.fields().get(0), f -> new LinkedHashMap<>())
                        .put(Long.parseLong(r.fields().get(1)), r.fields().get(2));
            }
        }
    }

    /** Hostile files too big or too odd to keep in the repository (issue 13's cases), made here. */
    static void writeMadeHere(Path input) throws IOException {
        String trade = "reporter,partner,period,flow,value_usd,commodity,qualifier,source\n";
        // a stray quote at line 901 of a 1,000-line file: that line alone is rejected
        StringBuilder stray = new StringBuilder(trade);
        for (int line = 2; line <= 1001; line++) { // one HS heading a line, so that no two lines share a key
            stray.append("NLD,KOR,2020,export,").append(line).append(',').append(1000 + line)
                    .append(line == 901 ? ",,\"stray\n" : ",,ok\n");
        }
        Files.writeString(input.resolve("stray-quote.csv"), stray, StandardCharsets.UTF_8);
        // a BOM, Cyrillic text and one byte that is not UTF-8 (in line 3)
        byte[] bom = ("\uFEFF" + trade + "NOR,KOR,2020,export,10,TOTAL,,\u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d\n"
                + "NOR,KOR,2021,export,20,TOTAL,,X\nNOR,KOR,2022,export,30,TOTAL,,ok\n").getBytes(StandardCharsets.UTF_8);
        int x = new String(bom, StandardCharsets.ISO_8859_1).indexOf(",X\n") + 1;
        bom[x] = (byte) 0xFF;
        Files.write(input.resolve("bad-byte-bom.csv"), bom);
        // lines of nothing but control characters are lines: counted and rejected
        Files.writeString(input.resolve("control-lines.csv"), trade + "POL,KOR,2020,export,1,TOTAL,,ok\n"
                + "\u001c\u001d\u001e\n\u000b\n\f\nPOL,KOR,2021,export,2,TOTAL,,ok\n", StandardCharsets.UTF_8);
        // look-alike letters: dotless i and long s upper-case to I and S
        Files.writeString(input.resolve("lookalike.csv"), trade + "\u0131rq,KOR,2020,export,1,TOTAL,,x\n"
                + "\u017fvn,KOR,2020,export,1,TOTAL,,x\nPRT,KOR,2020,export,1,TOTAL,,x\n", StandardCharsets.UTF_8);
        // values longer than their database columns: a 70-character measure label, a 50-character group code,
        // a 100,000-character value quoted in a reason
        Files.writeString(input.resolve("long-label.csv"), "origin,host,period,measure,count\n"
                + "KOR,ROU,2024,operating_" + "x".repeat(60) + ",3\nKOR,ROU,2024,operating,4\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("long-group.csv"), "group,member\n" + "G".repeat(50) + ",KAZ\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("long-value.csv"), trade + "SVK,KOR,2020,export," + "9".repeat(100_000)
                + ",TOTAL,,x\n", StandardCharsets.UTF_8);
        // headers: 10,000 extra columns (one with a 5,000-character name); 500 duplicate column names
        StringBuilder wide = new StringBuilder("reporter,partner,period,flow,value_usd");
        StringBuilder row = new StringBuilder("SVN,KOR,2020,export,5");
        for (int i = 0; i < 10_000; i++) {
            wide.append(",extra_").append(i).append(i == 0 ? "x".repeat(5_000) : "");
            row.append(",");
        }
        Files.writeString(input.resolve("wide-header.csv"), wide + "\n" + row + "\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("duplicate-header.csv"), "reporter,partner,period,flow,value_usd"
                + ",note".repeat(500) + "\nSWE,KOR,2020,export,5\n", StandardCharsets.UTF_8);
        // a symbolic link to nothing named *.csv: reported, never fatal
        Files.createSymbolicLink(input.resolve("zz-dangling.csv"), input.resolve("missing-target"));
    }

    /**
     * What a file must give. {@code lines} -1: not checked (random bytes). {@code rejectReasons}: the rejected lines
     * (editor line numbers) and a fragment of each reason; for a file of no known kind, line 1 and a fragment of why
     * it was skipped. {@code warning}: a fragment of a warning run.json must carry, or null.
     */
    record Expect(String file, String kind, String encoding, long lines, long loaded, long duplicates, long rejected,
                  Map<Long, String> rejectReasons, String warning) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Expect loads(String file, long lines) {
        return new Expect(file, "trade", "UTF-8", lines, lines, 0, 0, Map.of(), null);
    }

    static Map<Long, String> lines(Object... lineAndReason) {
        Map<Long, String> map = new LinkedHashMap<>();
        for (int i = 0; i < lineAndReason.length; i += 2) {
            map.put(((Number) lineAndReason[i]).longValue(), (String) lineAndReason[i + 1]);
        }
        return map;
    }

    static Map<Long, String> allLines(long from, long to, String reason) {
        Map<Long, String> map = new LinkedHashMap<>();
        for (long l = from; l <= to; l++) {
            map.put(l, reason);
        }
        return map;
    }

    static Expect skipped(String file, String encoding, long lines, String why) {
        return new Expect(file, "unknown", encoding, lines, 0, 0, lines, lines(1, why), null);
    }

    static Stream<Expect> corpus() {
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (long line : new long[] {2, 3, 4, 5, 6, 8, 9, 12, 13, 14, 16, 17, 18, 19, 20, 21}) {
            numbers.put(line, "value_usd");
        }
        return Stream.of(
                skipped("empty.csv", "UTF-8", 0, "empty file"),
                skipped("blank-lines-only.csv", "UTF-8", 0, "empty file"),
                loads("header-only.csv", 0),
                loads("bom.csv", 2),
                new Expect("crlf.csv", "trade", "UTF-8", 4, 3, 0, 1, lines(5, "malformed period '2023-13'"), null),
                loads("lone-cr.csv", 2),
                // a quoted record spanning lines 3-4 counts by its first line: the next record is line 5
                new Expect("quoted.csv", "trade", "UTF-8", 7, 3, 0, 4, lines(6, "malformed period", 7,
                        "malformed CSV", 8, "value_usd '1,000'", 9, "malformed CSV"), null),
                new Expect("binary-body.csv", "trade", "ISO-8859-1", 5, 1, 0, 4, lines(2, "wrong number of fields",
                        3, "wrong number of fields", 4, "wrong number of fields", 5, "unknown country code"),
                        "not valid UTF-8"),
                skipped("binary.csv", "ISO-8859-1", -1, "header matches no known kind"),
                new Expect("latin1.csv", "trade", "ISO-8859-1", 1, 1, 0, 0, Map.of(), "read as ISO-8859-1"),
                skipped("utf16.csv", "ISO-8859-1", -1, "header matches no known kind"),
                new Expect("truncated.csv", "trade", "UTF-8", 2, 1, 0, 1, lines(3, "wrong number of fields"), null),
                // the unclosed quote rejects its own line; the line after it is read again and loads
                new Expect("truncated-quote.csv", "trade", "UTF-8", 3, 2, 0, 1, lines(3, "not closed"), null),
                skipped("missing-column.csv", "UTF-8", 2, "header matches no known kind"),
                skipped("duplicate-columns.csv", "UTF-8", 1, "duplicate column names"),
                new Expect("extra-columns.csv", "trade", "UTF-8", 3, 1, 0, 2, lines(3, "wrong number of fields", 4,
                        "wrong number of fields"), "unknown columns ignored: note, comment"),
                new Expect("numbers.csv", "trade", "UTF-8", 20, 4, 0, 16, numbers, null),
                new Expect("periods.csv", "trade", "UTF-8", 16, 5, 0, 11, allLines(2, 12, "malformed period"), null),
                new Expect("lowercase-codes.csv", "trade", "UTF-8", 4, 2, 0, 2, lines(4, "unknown country code 'xxx'",
                        5, "reporter equals partner"), null),
                loads("whitespace.csv", 2),
                skipped("unknown-header.csv", "UTF-8", 2, "header matches no known kind"),
                skipped("semicolons.csv", "UTF-8", 1, "header matches no known kind"),
                new Expect("events.csv", "events", "UTF-8", 7, 2, 0, 5, lines(2, "no such day", 4, "unknown level",
                        5, "unknown category", 7, "count '0'", 8, "country_a equals country_b"), null),
                new Expect("long-line.csv", "trade", "UTF-8", 3, 2, 0, 1, lines(2, "longer than 1000000"), null),
                new Expect("stray-quote.csv", "trade", "UTF-8", 1000, 999, 0, 1, lines(901, "not closed"), null),
                new Expect("bad-byte-bom.csv", "trade", "UTF-8", 3, 2, 0, 1, lines(3, "invalid UTF-8"),
                        "not valid UTF-8 in 1 place"),
                new Expect("control-lines.csv", "trade", "UTF-8", 5, 2, 0, 3, lines(3, "wrong number of fields",
                        4, "wrong number of fields", 5, "wrong number of fields"), null),
                new Expect("lookalike.csv", "trade", "UTF-8", 3, 1, 0, 2, lines(2, "unknown country code",
                        3, "unknown country code"), null),
                new Expect("long-label.csv", "companies", "UTF-8", 2, 1, 0, 1, lines(2, "longer than 40"), null),
                new Expect("long-group.csv", "groups", "UTF-8", 1, 0, 0, 1, lines(2, "group code"), null),
                new Expect("long-value.csv", "trade", "UTF-8", 1, 0, 0, 1, lines(2, "is too large"), null),
                new Expect("wide-header.csv", "trade", "UTF-8", 1, 1, 0, 0, Map.of(), "and 9980 more"),
                skipped("duplicate-header.csv", "UTF-8", 1, "duplicate column names"),
                skipped("zz-dangling.csv", "UTF-8", 0, "symbolic link to nothing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileLoadsOrIsRejectedWithAReasonAndItsCountsAddUp(Expect expect) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Map<String, Object> in = inputs.get(expect.file());
        assertThat(in).as("run.json entry for %s", expect.file()).isNotNull();
        long lines = number(in, "lines");
        assertThat(lines).as("lines = loaded + duplicates + rejected in %s", in)
                .isEqualTo(number(in, "loaded") + number(in, "duplicates") + number(in, "rejected"));
        assertThat(in.get("kind")).as("kind").isEqualTo(expect.kind());
        assertThat(in.get("encoding")).as("encoding").isEqualTo(expect.encoding());
        if (expect.lines() >= 0) {
            assertThat(lines).as("lines").isEqualTo(expect.lines());
        }
        assertThat(number(in, "loaded")).as("loaded").isEqualTo(expect.loaded());
        assertThat(number(in, "duplicates")).as("duplicates").isEqualTo(expect.duplicates());
        if (expect.rejected() >= 0) {
            assertThat(number(in, "rejected")).as("rejected").isEqualTo(expect.rejected());
        }
        if (expect.warning() != null) {
            assertThat(in.get("warnings").toString()).contains(expect.warning());
        }

        Map<Long, String> reasons = rejects.getOrDefault(expect.file(), Map.of());
        assertThat(reasons.keySet()).as("lines of %s in rejects.csv", expect.file())
                .containsExactlyElementsOf(expect.rejectReasons().keySet());
        expect.rejectReasons().forEach((line, fragment) ->
                assertThat(reasons.get(line)).as("reason for %s line %d", expect.file(), line).contains(fragment));
    }

    @Test
    void theRunCompletesAndTellsTheUserNoStackTrace() {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Completed the run for " + DATE);
        Harness.assertNoStackTrace(run);
    }

    @Test
    void everyFileOfTheFolderIsInRunJsonAndHasAnExpectation() throws IOException {
        Set<String> folder;
        try (Stream<Path> files = Files.list(input)) {
            folder = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(inputs.keySet()).containsExactlyInAnyOrderElementsOf(folder);
        assertThat(corpus().map(Expect::file).toList()).containsExactlyInAnyOrderElementsOf(folder);
    }

    @Test
    void theFiguresOfHostileFilesAreReadAsMeant() throws IOException {
        Map<String, BigDecimal> levels = new HashMap<>();
        for (CsvRecord r : Harness.csv(report.resolve("indicators.csv"))) {
            List<String> f = r.fields();
            if (f.get(0).equals("trade") && f.get(6).equals("level") && f.get(4).equals("TOTAL")) {
                levels.put(f.get(1) + " " + f.get(2) + " " + f.get(3) + " " + f.get(5), new BigDecimal(f.get(7)));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("AUT KOR export 2020", "100"); // the BOM is not part of the first column's name
        expected.put("BEL KOR export 2021", "30"); // CRLF
        expected.put("CHE KOR export 2021", "20"); // lone CR
        expected.put("DNK KOR export 2021", "200"); // the record spanning two lines
        expected.put("DNK KOR export 2022", "300"); // every field quoted
        expected.put("FIN KOR export 2020", "100"); // the good line after the binary garbage
        expected.put("FRA KOR export 2020", "100");
        expected.put("ITA KOR export 2006", "0"); // -0
        expected.put("ITA KOR export 2009", "12.5");
        expected.put("ITA KOR export 2014", "42"); // " 42 "
        expected.put("JPN KOR export 2023-H1", "12"); // 2023-h1
        expected.put("LUX KOR export 2021", "110"); // Lux,Kor,EXPORT
        expected.put("MEX KOR export 2021", "200"); // tabs around fields
        expected.put("ESP KOR export 2021", "200"); // the 120,000-character source, cut
        expected.forEach((key, value) -> {
            assertThat(levels).as("level %s", key).containsKey(key);
            assertThat(levels.get(key)).as(key).isEqualByComparingTo(value);
        });
    }

    @Test
    void theWorkbookOpensAndShowsTheirSourcesAsText() throws IOException {
        List<Harness.CellText> cells = Harness.workbookCells(report.resolve("tradestat-" + DATE + ".xlsx"));
        String all = cells.stream().map(Harness.CellText::text).collect(Collectors.joining("\n"));
        assertThat(all).contains("Société Générale à Paris") // ISO-8859-1 decoded
                .contains("Ministry, Dept. of \"Trade\"") // quotes and a comma inside quotes
                .contains("A source spanning two lines"); // the line break inside the quotes became a space
    }

    @Test
    void noTextReachesAColumnLimitAndNulBytesAreStoredAsReplacementCharacters() throws IOException {
        for (CsvRecord r : Harness.csv(report.resolve("rejects.csv"))) {
            assertThat(r.fields().get(2).length()).as("reason of %s", r.fields()).isLessThanOrEqualTo(1000);
            assertThat(r.fields().get(3).length()).as("raw line of %s", r.fields().subList(0, 2))
                    .isLessThanOrEqualTo(2100);
            assertThat(r.fields().get(3)).doesNotContain("\u0000");
        }
        assertThat(Files.readString(report.resolve("run.json"))).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Test
    void reasonsHoldNoControlCharacters() {
        rejects.forEach((file, byLine) -> byLine.forEach((line, reason) ->
                assertThat(reason.chars().filter(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)).count())
                        .as("control characters in the reason for %s line %d: %s", file, line, reason).isZero()));
    }

    private static long number(Map<String, Object> in, String field) {
        return ((Number) in.get(field)).longValue();
    }
}
