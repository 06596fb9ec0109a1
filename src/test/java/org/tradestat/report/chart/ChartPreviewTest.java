package org.tradestat.report.chart;

import static org.tradestat.report.chart.ChartTestData.level;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.report.ChartImage;
import org.tradestat.report.model.ReportModel;

/**
 * Writes sample charts for a person to look at: run with {@code -Dtradestat.chartPreview=/tmp/charts-preview}.
 * Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "tradestat.chartPreview", matches = ".+")
class ChartPreviewTest {

    @Test
    void writePreviews() throws Exception {
        Path root = Path.of(System.getProperty("tradestat.chartPreview"));
        write(root.resolve("seed"), ChartTestData.seedTurnover());
        write(root.resolve("split"), ChartTestData.split());
        write(root.resolve("many"), ChartTestData.many());
        write(root.resolve("deficit"), List.of(
                level("KGZ", "KOR", "export", "2021", 15e6), level("KGZ", "KOR", "import", "2021", 280e6),
                level("KGZ", "KOR", "export", "2022", 20e6, Flag.APPROX),
                level("KGZ", "KOR", "import", "2022", 350e6),
                level("KGZ", "KOR", "turnover", "2022", 370e6)));
    }

    private static void write(Path dir, List<Indicator> indicators) throws Exception {
        Files.createDirectories(dir);
        for (ChartImage c : new TradeCharts().writeAll(ReportModel.of(indicators), dir).drawn()) {
            System.out.println(c.png() + "\n  " + c.altText());
        }
    }
}
