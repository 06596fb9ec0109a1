package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job started directly (not through scripts/run-report.sh, which sets a UTF-8 locale) under the C/POSIX locale of
 * cron or a bare container, where Java can name no file beyond ASCII: a folder it cannot name on the command line is a
 * bad parameter (exit 2, the reason), and an input file whose name it cannot read is skipped and reported, not fatal.
 */
class LocaleTest {

    static final String DATE = "2024-12-31";
    static final Map<String, String> C_LOCALE = Map.of("LANG", "C", "LC_ALL", "C");

    @TempDir
    Path temp;
    Path output;
    Path db;

    @BeforeEach
    void folders() {
        // The test's own JVM must be able to create the names; it runs in a UTF-8 locale unless told otherwise.
        org.junit.jupiter.api.Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM's locale is not UTF-8: it cannot create the test's file names, so this is not tested");
        output = temp.resolve("reports");
        db = temp.resolve("db");
    }

    List<String> args(Path input) {
        return ChildProcess.jobCommand(Harness.args(DATE, input, output, db));
    }

    @Test
    void anInputFolderNamedBeyondAsciiIsABadParameterWithTheReason() throws Exception {
        Path input = Files.createDirectories(temp.resolve("входные"));
        Files.writeString(input.resolve("trade.csv"), InputErrorsTest.goodLines("KAZ", 3), StandardCharsets.UTF_8);
        Harness.Result run = ChildProcess.run(args(input), C_LOCALE, temp.resolve("console"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).as(run.toString())
                .startsWith("tradestat: --input '").contains("locale", "not UTF-8", "LC_ALL=C.UTF-8");
        Harness.assertNoStackTrace(run);
        assertThat(output).doesNotExist();
    }

    @Test
    void anInputFileWhoseNameCannotBeReadIsSkippedAndReportedAndTheRunCompletes() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("a-trade.csv"), InputErrorsTest.goodLines("KAZ", 4), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("trade-Қырғыз-한국.csv"), InputErrorsTest.goodLines("KGZ", 3),
                StandardCharsets.UTF_8);
        Harness.Result run = ChildProcess.run(args(input), C_LOCALE, temp.resolve("console"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Harness.assertNoStackTrace(run);
        assertThat(run.err()).as(run.toString())
                .contains("Warning: input file 'trade-", ".csv' (3 lines): the file name cannot be read",
                        "LC_ALL=C.UTF-8", "file skipped");
        List<Map<String, Object>> inputs = Harness.runJsonInputs(output.resolve(DATE).resolve("run.json"));
        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(0)).containsEntry("file", "a-trade.csv").containsEntry("loaded", 4);
        assertThat(inputs.get(1)).containsEntry("kind", "unknown").containsEntry("lines", 3)
                .containsEntry("loaded", 0);
        assertThat((String) inputs.get(1).get("file")).startsWith("trade-").endsWith(".csv").doesNotContain("\uFFFD");
        assertThat(inputs.get(1).get("warnings").toString()).contains("the file name cannot be read");
    }

    @Test
    void aFileNameThatIsNotUtf8IsSkippedAndReportedInAUtf8LocaleToo() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("a-trade.csv"), InputErrorsTest.goodLines("KAZ", 4), StandardCharsets.UTF_8);
        // "café.csv" in ISO-8859-1: the byte E9 is not UTF-8. Made by the shell: a Java string always encodes validly.
        Process touch = new ProcessBuilder("bash", "-c", "printf '%s\\n' 'reporter,partner,period,flow,value_usd'"
                + " 'KGZ,KOR,2001,export,5' > \"$1\"/$'caf\\xe9.csv'", "touch", input.toString()).start();
        assertThat(touch.waitFor()).isZero();
        Harness.Result run = ChildProcess.run(args(input), Map.of("LC_ALL", "C.UTF-8"), temp.resolve("console"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString())
                .contains("Warning: input file 'caf?.csv' (1 line): the file name cannot be read (it is not UTF-8");
        List<Map<String, Object>> inputs = Harness.runJsonInputs(output.resolve(DATE).resolve("run.json"));
        assertThat(inputs).extracting(m -> m.get("file")).containsExactly("a-trade.csv", "caf?.csv");
    }
}
