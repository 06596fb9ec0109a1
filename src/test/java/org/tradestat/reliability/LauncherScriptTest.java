package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * The launcher, {@code scripts/start-archive.sh}, as {@code scripts/run-report.sh} uses it: sourced under
 * {@code set -euo pipefail}, {@code tradestat_prepare_launch} with the job's arguments, then {@code java} with the
 * options it chose. Here Java starts the job's classes from the test class path instead of the packaged jar (the jar
 * is built by run-report.sh, not by the tests) and without the start-up archive ({@code TRADESTAT_CDS=0}).
 */
class LauncherScriptTest {

    static final String DATE = "2024-12-31";
    static final String NAME = "trade-Қырғыз-한국.csv";

    /** run-report.sh's last lines, with the class path in place of the jar. */
    static final String DRIVER = """
            set -euo pipefail
            . "$TRADESTAT_PROJECT/scripts/start-archive.sh"
            tradestat_prepare_launch "$TRADESTAT_PROJECT/target/no-such.jar" "$TRADESTAT_PROJECT/target/no-such" "$@"
            exec "$TRADESTAT_JAVA" "${TRADESTAT_JVM_OPTS[@]}" -Xmx512m -XX:+UseSerialGC -cp "$TRADESTAT_CP" \\
                "$TRADESTAT_MAIN" "$@"
            """;

    @TempDir
    Path temp;

    Harness.Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", DRIVER, "launcher"));
        command.addAll(List.of(args));
        Map<String, String> environment = new HashMap<>(Map.of(
                "TRADESTAT_PROJECT", Path.of("").toAbsolutePath().toString(),
                "TRADESTAT_JAVA", ChildProcess.java(),
                "TRADESTAT_CP", System.getProperty("java.class.path"),
                "TRADESTAT_MAIN", TradestatApplication.class.getName(),
                "TRADESTAT_CDS", "0"));
        environment.putAll(env);
        return ChildProcess.run(command, environment, temp.resolve("console"));
    }

    @Test
    void aMissingInputFolderGetsTheJobsAnswerExitTwoAndTheReason() throws Exception {
        Path missing = temp.resolve("nonexistent");
        Harness.Result run = launch(Map.of(), "--date", DATE, "--input", missing.toString(), "--output",
                temp.resolve("reports").toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains("input directory '" + missing + "' does not exist");
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void underTheCLocaleOfCronNamesBeyondAsciiAreReadAsUtf8() throws Exception {
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM cannot create the test's file names (its locale is not UTF-8), so this is not tested");
        Path input = Files.createDirectories(temp.resolve("входные"));
        Files.writeString(input.resolve(NAME), InputErrorsTest.goodLines("KGZ", 3), StandardCharsets.UTF_8);
        Path output = temp.resolve("отчёты");
        Harness.Result run = launch(Map.of("LANG", "C", "LC_ALL", "C"), "--date", DATE, "--input", input.toString(),
                "--output", output.toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Harness.assertNoStackTrace(run);
        assertThat(run.out()).contains("report in " + output.resolve(DATE));
        List<Map<String, Object>> inputs = Harness.runJsonInputs(output.resolve(DATE).resolve("run.json"));
        assertThat(inputs).singleElement().satisfies(in -> {
            assertThat(in.get("file")).isEqualTo(NAME);
            assertThat(in.get("loaded")).isEqualTo(3);
        });
    }

    /** The JVM options the launcher chooses for an input folder, as run-report.sh would pass them. */
    static String jvmOptions(Path input, Map<String, String> env) throws IOException, InterruptedException {
        String script = """
                set -euo pipefail
                . "$TRADESTAT_PROJECT/scripts/start-archive.sh"
                tradestat_prepare_launch "$TRADESTAT_PROJECT/target/no-such.jar" "$TRADESTAT_PROJECT/target/no-such" "$@"
                echo "${TRADESTAT_JVM_OPTS[*]}"
                """;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script, "launcher", "--input", input.toString());
        builder.environment().putAll(env);
        builder.environment().put("TRADESTAT_PROJECT", Path.of("").toAbsolutePath().toString());
        builder.environment().put("TRADESTAT_CDS", "0");
        builder.redirectErrorStream(true);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void aBigInputGivenAsASymbolicLinkOrInUpperCaseRunsWithBothCompilers() throws Exception {
        Map<String, String> threshold = Map.of("TRADESTAT_SMALL_INPUT_BYTES", "1000");
        Path elsewhere = Files.createDirectories(temp.resolve("share"));
        Files.writeString(elsewhere.resolve("big.csv"), "x".repeat(5000));
        Path linked = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("trade.csv"), elsewhere.resolve("big.csv"));
        assertThat(jvmOptions(linked, threshold)).doesNotContain("TieredStopAtLevel");
        Path upper = Files.createDirectories(temp.resolve("upper"));
        Files.writeString(upper.resolve("TRADE.CSV"), "x".repeat(5000));
        assertThat(jvmOptions(upper, threshold)).doesNotContain("TieredStopAtLevel");
        Path small = Files.createDirectories(temp.resolve("small"));
        Files.writeString(small.resolve("trade.csv"), "x".repeat(10));
        assertThat(jvmOptions(small, threshold)).contains("-XX:TieredStopAtLevel=1");
    }
}
