package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;
import org.tradestat.ingest.CsvRecord;
import org.tradestat.ingest.CsvRecordReader;

/** Runs the whole job as the command line does, on fixture folders, and reads its outputs back. */
class TradestatJobEndToEndTest {

    @TempDir
    Path temp;
    Path input;
    Path output;
    String db;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(temp.resolve("input"));
        output = temp.resolve("reports");
        db = "jdbc:h2:file:" + temp.resolve("db/tradestat");
    }

    record Run(int exitCode, String out, String err) {
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--input", input.toString(), "--output", output.toString(), "--db", db));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TradestatApplication.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void write(String name, String content) throws IOException {
        Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Rows of a CSV output keyed by their first columns joined with '|' up to {@code keyColumns}. */
    static Map<String, List<String>> csv(Path file, int keyColumns) throws IOException {
        Map<String, List<String>> rows = new HashMap<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file))) {
            reader.next();
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                rows.put(String.join("|", r.fields().subList(0, keyColumns)), r.fields());
            }
        }
        return rows;
    }

    static BigDecimal value(Map<String, List<String>> indicators, String key) {
        assertThat(indicators).containsKey(key);
        return new BigDecimal(indicators.get(key).get(7));
    }

    @Test
    void seedFiguresGiveTheSpecChecks() throws IOException {
        write("trade.csv", """
                reporter,partner,period,flow,value_usd,commodity,qualifier,source
                KGZ,KOR,2017-H1,turnover,57000000,TOTAL,approx,NISI round table 2017
                KGZ,KOR,2022-H1,turnover,63500000,TOTAL,approx,Kabar interview 2023
                KGZ,KOR,2022,turnover,370000000,,,Kabar interview 2023
                """);
        Run run = run("--date", "2023-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path dir = output.resolve("2023-12-31");
        Map<String, List<String>> ind = csv(dir.resolve("indicators.csv"), 7);
        String h1 = "trade|KGZ|KOR|turnover|TOTAL|2022-H1|";
        String h2 = "trade|KGZ|KOR|turnover|TOTAL|2022-H2|";
        assertThat(value(ind, h1 + "long_abs")).isEqualByComparingTo("6500000");
        assertThat(value(ind, h1 + "long_pct")).isEqualByComparingTo("11.403509");
        assertThat(ind.get(h1 + "long_pct").get(9)).isEqualTo("2017-H1");
        assertThat(value(ind, h1 + "long_cagr_pct").doubleValue()).isCloseTo(
                (Math.pow(63.5 / 57.0, 1 / 5.0) - 1) * 100, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(value(ind, h2 + "level")).isEqualByComparingTo("306500000");
        assertThat(ind.get(h2 + "level").get(10)).isEqualTo("derived|approx");
        assertThat(value(ind, h2 + "seq_pct")).isEqualByComparingTo("382.677165");
        assertThat(Files.readAllLines(dir.resolve("indicators.csv")).get(0))
                .isEqualTo("dataset,reporter,partner,measure,commodity,period,indicator,value,unit,basis,flags");

        String json = Files.readString(dir.resolve("run.json"));
        assertThat(json).contains("\"status\": \"COMPLETED\"", "\"runDate\": \"2023-12-31\"",
                "\"lines\": 3, \"loaded\": 3, \"duplicates\": 0, \"conflicts\": 0, \"rejected\": 0");
    }

    @Test
    void badLinesAreRejectedWithFileLineAndReasonAndCountsAddUp() throws IOException {
        StringBuilder good = new StringBuilder("reporter,partner,period,flow,value_usd\n");
        for (int year = 2001; year <= 2020; year++) {
            good.append("KAZ,KOR,").append(year).append(",export,").append(year * 10).append('\n');
        }
        good.append("KAZ,KOR,2021,export,-1\n"); // line 22
        write("a-trade.csv", good.toString());
        write("b-trade.csv", """
                reporter,partner,period,flow,value_usd
                KAZ,KOR,2020,export,20200
                KAZ,KOR,2019,export,1
                """);
        Run run = run("--date", "2024-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path dir = output.resolve("2024-12-31");
        Map<String, List<String>> rejects = csv(dir.resolve("rejects.csv"), 2);
        assertThat(rejects).containsOnlyKeys("a-trade.csv|22");
        assertThat(rejects.get("a-trade.csv|22").get(2)).isEqualTo("value_usd '-1' is negative");
        String json = Files.readString(dir.resolve("run.json"));
        assertThat(json).contains("\"file\": \"a-trade.csv\"", "\"lines\": 21, \"loaded\": 20, \"duplicates\": 0,"
                + " \"conflicts\": 0, \"rejected\": 1");
        assertThat(json).contains("\"lines\": 2, \"loaded\": 1, \"duplicates\": 1, \"conflicts\": 1, \"rejected\": 0");
        Map<String, List<String>> ind = csv(dir.resolve("indicators.csv"), 7);
        // the later file wins the conflict: 2019 is 1, not 20190
        assertThat(value(ind, "trade|KAZ|KOR|export|TOTAL|2019|level")).isEqualByComparingTo("1");
        assertThat(value(ind, "trade|KAZ|KOR|export|TOTAL|2020|yoy_abs")).isEqualByComparingTo("20199");
    }

    @Test
    void publishedFiguresAreShownAsPublishedAfterDuplicatesAndOnlyUpToTheAsOfDate() throws IOException {
        write("a-published.csv", "subject,period,value,unit,qualifier,reporter,partner,source\r\n"
                + "Share of KOR's trade with Central Asia that is with KAZ,2022,55,percent,approx,KOR,KAZ,\"Speech, 2023\"\r\n"
                + "Share of KOR's trade with Central Asia that is with KAZ,2022,55,percent,approx,KOR,KAZ,\"Speech, 2023\"\r\n"
                + "Share of KOR's trade with Central Asia that is with KAZ,2024,60,percent,at_least,KOR,KAZ,Seminar 2024\r\n"
                + "Investment pledged at the summit,2023,2500000000,usd,,KOR,UZB,Press release\r\n"
                + "Share going to KAZ,2023,60,per cent,,,,\r\n");
        write("b-published.csv", """
                subject,value,period,unit,source,partner,reporter
                Share of KOR's trade with Central Asia that is with KAZ,57.5,2022,percent,Revised speech,KAZ,KOR
                """);
        write("trade.csv", """
                reporter,partner,period,flow,value_usd
                KOR,KAZ,2022,export,100
                """);
        Run run = run("--date", "2023-12-31", "--max-reject-rate", "0.5");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path dir = output.resolve("2023-12-31");
        Map<String, List<String>> rejects = csv(dir.resolve("rejects.csv"), 2);
        assertThat(rejects).containsOnlyKeys("a-published.csv|6");
        assertThat(rejects.get("a-published.csv|6").get(2)).startsWith("unknown unit 'per cent'");
        String json = Files.readString(dir.resolve("run.json"));
        assertThat(json).contains("\"lines\": 5, \"loaded\": 3, \"duplicates\": 1, \"conflicts\": 0, \"rejected\": 1",
                "\"lines\": 1, \"loaded\": 1, \"duplicates\": 0, \"conflicts\": 1, \"rejected\": 0");
        String workbook = WorkbookText.of(dir.resolve("tradestat-2023-12-31.xlsx"));
        // the later file wins (57.5, exact, not "about 55"); the 2024 figure is after the as-of date
        assertThat(workbook).contains("Share of KOR's trade with Central Asia that is with KAZ, 57.5% in 2022, as "
                + "published by Revised speech", "Investment pledged at the summit, US$ 2.5 billion in 2023");
        assertThat(workbook).doesNotContain("about 55", "60%", "Seminar 2024");
        // a published figure is never computed on: indicators.csv has only the trade line's level
        assertThat(Files.readString(dir.resolve("indicators.csv"))).doesNotContain("57.5", "2500000000");
    }

    @Test
    void tooManyRejectsFailsNamingTheFileAndWritesNoReport() throws IOException {
        write("bad.csv", """
                reporter,partner,period,flow,value_usd
                KAZ,KOR,2020,export,10
                KAZ,KOR,2020-H3,export,10
                """);
        Run run = run("--date", "2024-12-31");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv", "1 of 2 data lines rejected", "malformed period '2020-H3'");
        assertThat(output.resolve("2024-12-31")).doesNotExist();

        Run resumed = run("--date", "2024-12-31", "--max-reject-rate", "0.5");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Resuming");
        assertThat(output.resolve("2024-12-31/rejects.csv")).exists();
    }

    @Test
    void aCompletedDateSaysSoAndRerunMakesAFreshRun() throws IOException {
        write("t.csv", "reporter,partner,period,flow,value_usd\nKAZ,KOR,2020,export,10\n");
        assertThat(run("--date", "2024-12-31").exitCode()).isZero();
        Run again = run("--date", "2024-12-31");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already completed");
        Run rerun = run("--date", "2024-12-31", "--rerun");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("Completed");
        assertThat(Files.readString(output.resolve("2024-12-31/run.json"))).contains("\"rerun\": \"1\"");
    }

    @Test
    void statisticsFlagTheOutlierYearAndGiveATrend() throws IOException {
        // yearly changes of +2%, +3%, +2%, +4%, +3% and then +60%
        write("t.csv", """
                reporter,partner,period,flow,value_usd
                KAZ,KOR,2015,export,100000000
                KAZ,KOR,2016,export,102000000
                KAZ,KOR,2017,export,105060000
                KAZ,KOR,2018,export,107161200
                KAZ,KOR,2019,export,111447648
                KAZ,KOR,2020,export,114791077.44
                KAZ,KOR,2021,export,183665723.904
                """);
        Run run = run("--date", "2024-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, List<String>> ind = csv(output.resolve("2024-12-31/indicators.csv"), 7);
        assertThat(ind.get("trade|KAZ|KOR|export|TOTAL|2021|yoy_pct").get(10)).isEqualTo("outlier");
        assertThat(ind.get("trade|KAZ|KOR|export|TOTAL|2020|yoy_pct").get(10)).isEmpty();
        assertThat(value(ind, "trade|KAZ|KOR|export|TOTAL|2015/2021|mean"))
                .isEqualByComparingTo(new BigDecimal("824125649.344").divide(BigDecimal.valueOf(7), 2,
                        java.math.RoundingMode.HALF_EVEN));
        assertThat(ind).containsKey("trade|KAZ|KOR|export|TOTAL|2015/2021|trend_slope");
    }

    @Test
    void badParametersExitTwo() {
        assertThat(run("--date", "2024-02-30").exitCode()).isEqualTo(2);
        assertThat(run("--period", "2024-H3").exitCode()).isEqualTo(2);
        Run missing = TradestatJobEndToEndTest.this.runWithInput(temp.resolve("nope"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }

    private Run runWithInput(Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TradestatApplication.run(new String[] {"--input", dir.toString(), "--db", db},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, "", err.toString(StandardCharsets.UTF_8));
    }
}
