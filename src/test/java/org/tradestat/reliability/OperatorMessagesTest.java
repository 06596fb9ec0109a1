package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the operator is told in the cases that used to pass without a word or with a crash (README, Operations): a run
 * date or focus period out of range, {@code --output /}, a date that already completed under another
 * {@code --output} or whose report folder is gone, and an input folder with no CSV files.
 */
class OperatorMessagesTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;
    Path input;
    Path output;
    Path db;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(temp.resolve("input"));
        output = temp.resolve("reports");
        db = temp.resolve("db");
        Files.writeString(input.resolve("trade.csv"), InputErrorsTest.goodLines("KAZ", 5), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--date=9999-12-31", "--date=3000-01-01", "--date=1899-12-31", "--date=0001-01-01",
            "--period=3000", "--period=1899-H1"})
    void aDateOrPeriodOutOfRangeExitsTwoWithTheRangeAndWritesNothing(String bad) {
        List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output", output.toString(), "--db",
                "jdbc:h2:file:" + db.resolve("tradestat")));
        args.addAll(List.of(bad.split("=", 2)));
        Harness.Result run = Harness.runInProcess(args);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        String first = run.err().lines().findFirst().orElse("");
        assertThat(first).as(run.toString()).startsWith("tradestat: ").contains(bad.split("=", 2)[1])
                .contains("out of range", "1900", "2999");
        assertThat(run.err()).contains("Usage:", "years 1900 to 2999");
        Harness.assertNoStackTrace(run);
        assertThat(output).doesNotExist();
        assertThat(db).doesNotExist();
    }

    @Test
    void theLastDayOfTheRangeRuns() {
        Harness.Result run = Harness.runInProcess(Harness.args("2999-12-31", input, output, db));
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }
}
