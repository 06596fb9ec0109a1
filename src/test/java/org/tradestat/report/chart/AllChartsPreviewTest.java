package org.tradestat.report.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tradestat.analysis.Indicator;
import org.tradestat.report.ChartImage;
import org.tradestat.report.model.ReportModel;

/**
 * Writes every chart for sample inputs, for a person to look at: run with
 * {@code -Dtradestat.chartPreview=/tmp/charts2-preview}, and with {@code -Dtradestat.chartPreviewCsv=<indicators.csv>}
 * also for a real run's indicators (no quoted fields). Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "tradestat.chartPreview", matches = ".+")
class AllChartsPreviewTest {

    @Test
    void writePreviews() throws Exception {
        Path root = Path.of(System.getProperty("tradestat.chartPreview"));
        write(root.resolve("shipped"), ReportChartData.shipped());
        List<Indicator> rich = new ArrayList<>(ReportChartData.yearlyWithForecast());
        rich.addAll(ReportChartData.centralAsiaShares());
        rich.addAll(ReportChartData.investment());
        rich.addAll(ReportChartData.engagement());
        rich.addAll(ReportChartData.shipped().stream()
                .filter(i -> i.series().dataset() == org.tradestat.figure.Dataset.COMPANIES).toList());
        write(root.resolve("rich"), rich);
        write(root.resolve("one-pair-forecast"), ReportChartData.onePairWithForecast());
        write(root.resolve("halves-forecast"), ReportChartData.halvesWithYearlyForecast());
        write(root.resolve("stress"), ReportChartData.stress());
        String csv = System.getProperty("tradestat.chartPreviewCsv", "");
        if (!csv.isBlank()) {
            // an indicators.csv of a real run (its header is skipped)
            String body = Files.readString(Path.of(csv));
            write(root.resolve("from-csv"), ReportChartData.parse(body.substring(body.indexOf('\n') + 1)));
        }
    }

    private static void write(Path dir, List<Indicator> indicators) throws Exception {
        Files.createDirectories(dir);
        Charts charts = new TradeCharts().writeAll(ReportModel.of(indicators), dir);
        for (ChartImage c : charts.drawn()) {
            System.out.println(c.png() + " " + c.widthPx() + "x" + c.heightPx() + "\n  " + c.altText());
        }
        for (String s : charts.notDrawn()) {
            System.out.println("NOT DRAWN " + dir.getFileName() + ": " + s);
        }
    }
}
