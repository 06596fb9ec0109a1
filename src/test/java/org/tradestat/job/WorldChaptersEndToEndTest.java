package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * Runs the whole job on a Comtrade Plus download of two reporters' exports to the World by twelve HS chapters
 * (src/test/resources/comtrade-downloads/plus-world-chapters-2023.csv, worked out in its README), more than the ten a
 * pair's table shows: the trade indices read every chapter, while the levels shown keep the ten largest and
 * {@code OTHER} (docs/indicators.md, "The World").
 */
class WorldChaptersEndToEndTest {

    private static final String DATE = "2024-12-31";

    @TempDir
    static Path temp;
    static List<String> indicatorLines;

    @BeforeAll
    static void runTheJobOnTwelveChapters() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        try (InputStream in = WorldChaptersEndToEndTest.class.getResourceAsStream(
                "/comtrade-downloads/plus-world-chapters-2023.csv")) {
            assertThat(in).isNotNull();
            Files.copy(in, input.resolve("plus-world-chapters-2023.csv"));
        }
        Path output = temp.resolve("reports");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TradestatApplication.run(new String[] {"--date", DATE, "--input", input.toString(),
                "--output", output.toString(), "--db", "jdbc:h2:file:" + temp.resolve("db/tradestat")},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        indicatorLines = Files.readAllLines(output.resolve(DATE).resolve("indicators.csv"));
    }

    private static List<String> lines(String reporter, Set<String> indicators) {
        return indicatorLines.stream().filter(line -> {
            String[] f = line.split(",", -1);
            return f[1].equals(reporter) && indicators.contains(f[6]);
        }).toList();
    }

    @Test
    void revealedComparativeAdvantageOfEveryChapter() {
        // World = KAZ + UZB: X_w = 1200 + 800 = 2000; x_w,01 = 650 + 250 = 900; x_w,k = 50 + 50 = 100 for 02 .. 12.
        // KAZ 01: (650 / 1200) / (900 / 2000) = 0.541667 / 0.45 = 1.203704; 02 .. 12: (50 / 1200) / 0.05 = 0.833333
        List<String> kaz = lines("KAZ", Set.of("rca"));
        assertThat(kaz).hasSize(12);
        assertThat(kaz).contains("trade,KAZ,WLD,export,01,2023,rca,1.203704,ratio,reporters:2,",
                "trade,KAZ,WLD,export,11,2023,rca,0.833333,ratio,reporters:2,",
                "trade,KAZ,WLD,export,12,2023,rca,0.833333,ratio,reporters:2,");
        // UZB 01: (250 / 800) / 0.45 = 0.694444; 02 .. 12: (50 / 800) / 0.05 = 1.25
        List<String> uzb = lines("UZB", Set.of("rca"));
        assertThat(uzb).hasSize(12);
        assertThat(uzb).contains("trade,UZB,WLD,export,01,2023,rca,0.694444,ratio,reporters:2,",
                "trade,UZB,WLD,export,12,2023,rca,1.25,ratio,reporters:2,");
    }

    @Test
    void exportDiversificationOverAllTwelveChapters() {
        // KAZ: HHI = (650² + 11 × 50²) / 1200² = 450,000 / 1,440,000 = 0.3125; normalized (0.3125 − 1/12) / (1 − 1/12)
        // = 0.25. UZB: (250² + 11 × 50²) / 800² = 90,000 / 640,000 = 0.140625; (0.140625 − 1/12) / (11/12) = 0.0625
        Set<String> diversification = Set.of("export_products", "hhi", "hhi_normalized");
        assertThat(lines("KAZ", diversification)).containsExactly(
                "trade,KAZ,WLD,export,*,2023,export_products,12,count,HS2,",
                "trade,KAZ,WLD,export,*,2023,hhi,0.3125,ratio,HS2,",
                "trade,KAZ,WLD,export,*,2023,hhi_normalized,0.25,ratio,HS2,");
        assertThat(lines("UZB", diversification)).containsExactly(
                "trade,UZB,WLD,export,*,2023,export_products,12,count,HS2,",
                "trade,UZB,WLD,export,*,2023,hhi,0.140625,ratio,HS2,",
                "trade,UZB,WLD,export,*,2023,hhi_normalized,0.0625,ratio,HS2,");
    }

    @Test
    void theLevelsShownKeepTheTenLargestAndOther() {
        // KAZ's ten largest: 01 (650), then 02 .. 10 (50 each, in code order); 11 and 12 make OTHER = 100, derived
        List<String> levels = indicatorLines.stream()
                .filter(l -> l.startsWith("trade,KAZ,WLD,export,") && l.contains(",2023,level,")
                        && !l.startsWith("trade,KAZ,WLD,export,TOTAL,"))
                .toList();
        assertThat(levels).hasSize(11);
        assertThat(levels).contains("trade,KAZ,WLD,export,OTHER,2023,level,100000000,USD,,derived");
        assertThat(levels).noneMatch(l -> l.startsWith("trade,KAZ,WLD,export,11,"));
    }
}
