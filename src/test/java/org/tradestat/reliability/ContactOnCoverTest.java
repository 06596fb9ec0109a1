package org.tradestat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README, "Reading the report": the contact an operator names in TRADESTAT_CONTACT is the Cover's contact. */
class ContactOnCoverTest {

    static final String DATE = "2024-12-31";

    @TempDir
    Path temp;

    @Test
    void theContactNamedInTheEnvironmentIsOnTheCover() throws Exception {
        Path input = temp.resolve("input");
        Harness.writeTradeFile(input.resolve("trade.csv"), List.of("KAZ", "KOR"), 1, 2018, 1, 5);
        Path output = temp.resolve("reports");
        String contact = "Trade statistics unit, trade.stats@example.org";

        Harness.Result run = Harness.Child.start(Harness.args(DATE, input, output, temp.resolve("db")),
                temp.resolve("console"), Map.of("TRADESTAT_CONTACT", contact)).await(Duration.ofSeconds(120));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(coverTexts(output.resolve(DATE).resolve("tradestat-" + DATE + ".xlsx"))).contains(contact)
                .doesNotContain("Produced by Tradestat (automated); no contact was named for this run.");
    }

    private static List<String> coverTexts(Path workbook) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            for (Row row : wb.getSheet("Cover")) {
                for (Cell cell : row) {
                    texts.add(cell.toString());
                }
            }
        }
        return texts;
    }
}
