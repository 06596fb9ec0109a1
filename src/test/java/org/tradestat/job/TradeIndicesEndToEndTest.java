package org.tradestat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.TradestatApplication;

/**
 * Runs the whole job on one Comtrade Plus download of three reporters with the World
 * (src/test/resources/comtrade-downloads/plus-world-2023.csv) and checks the trade indices of {@code indicators.csv}
 * against the figures its README works out by hand (docs/indicators.md, "Trade indices").
 */
class TradeIndicesEndToEndTest {

    private static final String DATE = "2024-12-31";
    private static final Set<String> INDICES = Set.of("rca", "trade_intensity", "grubel_lloyd", "export_products",
            "complementarity");

    @TempDir
    static Path temp;
    static List<String> indicatorLines;
    static List<String> remarks;

    @BeforeAll
    static void runTheJobOnTheWorldDownload() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        try (InputStream in = TradeIndicesEndToEndTest.class.getResourceAsStream(
                "/comtrade-downloads/plus-world-2023.csv")) {
            assertThat(in).isNotNull();
            Files.copy(in, input.resolve("plus-world-2023.csv"));
        }
        Path output = temp.resolve("reports");
        String db = "jdbc:h2:file:" + temp.resolve("db/tradestat");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TradestatApplication.run(new String[] {"--date", DATE, "--input", input.toString(),
                "--output", output.toString(), "--db", db},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        indicatorLines = Files.readAllLines(output.resolve(DATE).resolve("indicators.csv"));
        remarks = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db, "sa", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT message FROM ts_remark WHERE topic = 'trade indices'"
                     + " ORDER BY remark_seq")) {
            while (rs.next()) {
                remarks.add(rs.getString(1));
            }
        }
    }

    /** The lines of the trade indices, and of the HHI of exports (the export diversification), in file order. */
    private static List<String> indexLines() {
        return indicatorLines.stream().filter(line -> {
            String[] f = line.split(",", -1);
            return INDICES.contains(f[6]) || (f[6].startsWith("hhi") && f[3].equals("export"));
        }).toList();
    }

    @Test
    void theIndicesAreTheFiguresWorkedOutByHand() {
        assertThat(indexLines()).containsExactlyInAnyOrder(
                "trade,KAZ,WLD,export,27,2023,rca,2.222222,ratio,reporters:3,",
                "trade,KAZ,WLD,export,52,2023,rca,0.3125,ratio,reporters:3,",
                "trade,KAZ,WLD,export,84,2023,rca,0.333333,ratio,reporters:3,",
                "trade,KOR,WLD,export,27,2023,rca,0.277778,ratio,reporters:3,",
                "trade,KOR,WLD,export,52,2023,rca,0.9375,ratio,reporters:3,",
                "trade,KOR,WLD,export,84,2023,rca,1.833333,ratio,reporters:3,",
                "trade,KOR,WLD,export,85,2023,rca,2.5,ratio,reporters:3,",
                "trade,UZB,WLD,export,52,2023,rca,2.5,ratio,reporters:3,",
                "trade,UZB,WLD,export,84,2023,rca,0.666667,ratio,reporters:3,",
                "trade,KOR,KAZ,export,TOTAL,2023,trade_intensity,1.5,ratio,reporters:3,",
                "trade,UZB,KAZ,export,TOTAL,2023,trade_intensity,2,ratio,reporters:3,",
                "trade,KAZ,WLD,turnover,*,2023,grubel_lloyd,0.3,ratio,HS2,",
                "trade,KAZ,WLD,turnover,27,2023,grubel_lloyd,0.4,ratio,,",
                "trade,KAZ,WLD,turnover,52,2023,grubel_lloyd,0,ratio,,",
                "trade,KAZ,WLD,turnover,84,2023,grubel_lloyd,0.307692,ratio,,",
                "trade,KAZ,WLD,turnover,85,2023,grubel_lloyd,0,ratio,,",
                "trade,KAZ,WLD,turnover,87,2023,grubel_lloyd,0,ratio,,",
                "trade,KOR,KAZ,turnover,*,2023,grubel_lloyd,0.222222,ratio,HS2,",
                "trade,KOR,KAZ,turnover,27,2023,grubel_lloyd,0,ratio,,",
                "trade,KOR,KAZ,turnover,84,2023,grubel_lloyd,0.666667,ratio,,",
                "trade,KOR,KAZ,turnover,85,2023,grubel_lloyd,0,ratio,,",
                "trade,KAZ,WLD,export,*,2023,export_products,3,count,HS2,",
                "trade,KAZ,WLD,export,*,2023,hhi,0.66,ratio,HS2,",
                "trade,KAZ,WLD,export,*,2023,hhi_normalized,0.49,ratio,HS2,",
                "trade,KOR,KAZ,export,*,2023,export_products,2,count,HS2,",
                "trade,KOR,KAZ,export,*,2023,hhi,0.555556,ratio,HS2,",
                "trade,KOR,KAZ,export,*,2023,hhi_normalized,0.111111,ratio,HS2,",
                "trade,KOR,WLD,export,*,2023,export_products,4,count,HS2,",
                "trade,KOR,WLD,export,*,2023,hhi,0.405,ratio,HS2,",
                "trade,KOR,WLD,export,*,2023,hhi_normalized,0.206667,ratio,HS2,",
                "trade,UZB,WLD,export,*,2023,export_products,2,count,HS2,",
                "trade,UZB,WLD,export,*,2023,hhi,0.68,ratio,HS2,",
                "trade,UZB,WLD,export,*,2023,hhi_normalized,0.36,ratio,HS2,",
                "trade,KOR,KAZ,export,*,2023,complementarity,70,percent,HS2,",
                "trade,UZB,KAZ,export,*,2023,complementarity,20,percent,HS2,");
    }

    @Test
    void aMissingFigureIsNamed() {
        assertThat(remarks).contains("Trade intensity of KOR's exports to UZB in 2023 not computed: the World's exports "
                + "to UZB (x_wj, the sum over the reporters that give their exports to the World) lack the exports to "
                + "UZB of KAZ.");
    }
}
