package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.EngagementCorrelation;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.LevelAnalysis;
import org.tradestat.analysis.Remark;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;

/**
 * The sentences a manager reads, for small hand-made cases: amounts of US$ 1,000 million or more in billions,
 * countries and groups by name, periods in words, in the findings and in the remarks the analysis leaves.
 */
class ManagerSentencesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;

    @Test
    void aFindingOfUs8500MillionReadsUs85BillionWithCountriesAndMonthsInWords() {
        // KAZ–KOR July 2025 and July 2026: turnover 7,300 then 8,500 (US$ million), a deficit of 5,300 then 7,100
        List<Figure> figures = List.of(trade("export", "2025-07", "1000000000"), trade("import", "2025-07", "6300000000"),
                trade("export", "2026-07", "700000000"), trade("import", "2026-07", "7800000000"));
        List<Indicator> ind = TradeAnalysis.analyse(figures, AS_OF).indicators();
        assertEquals(List.of(
                "Trade turnover between Kazakhstan and South Korea was US$ 8.5 billion in July 2026, 16.4% more than "
                        + "in July 2025 (there are no figures for August 2026, so the latest period up to then is "
                        + "shown).",
                "Imports from South Korea made up 91.8% of the turnover between Kazakhstan and South Korea in July "
                        + "2026, a trade deficit of US$ 7.1 billion for Kazakhstan; the deficit widened by US$ 1.8 "
                        + "billion since July 2025."),
                SampleReport.findings(report(ind, List.of(), "2026-08")));
    }

    @Test
    void aChangeOfInvestmentOnAHalfYearSaysTheHalfInWords() {
        SeriesKey stock = new SeriesKey(Dataset.INVESTMENT, "KOR", "UZB", "stock", "");
        List<Figure> figures = List.of(
                new Figure(stock, Period.parse("2023-H1"), new BigDecimal("1000000000"), Qualifier.EXACT, null, "t"),
                new Figure(stock, Period.parse("2024-H1"), new BigDecimal("1250000000"), Qualifier.EXACT, null, "t"));
        List<Indicator> ind = LevelAnalysis.analyse(figures, AS_OF);
        assertEquals(List.of("The stock of investment from South Korea in Uzbekistan was US$ 1.3 billion at the end "
                        + "of the first half of 2024, 25.0% more than in the first half of 2023."),
                LevelFindings.levelSentences(AnalysisFacts.of(ind, List.of()), Dataset.INVESTMENT));
    }

    @Test
    void theRemarksOfTheAnalysisReadWithKazakhstanNotKaz() throws IOException {
        // two yearly inflows, too few for statistics; events in 2021–2024 and no turnover: no correlation
        SeriesKey inflow = new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "");
        List<Figure> figures = List.of(
                new Figure(inflow, Period.year(2023), new BigDecimal("400000000"), Qualifier.EXACT, null, "t"),
                new Figure(inflow, Period.year(2024), new BigDecimal("450000000"), Qualifier.EXACT, null, "t"));
        List<Indicator> ind = new ArrayList<>(LevelAnalysis.analyse(figures, AS_OF));
        SeriesKey events = new SeriesKey(Dataset.ENGAGEMENT, "KAZ", "KOR", "all", "");
        for (int year = 2021; year <= 2024; year++) {
            ind.add(new Indicator(events, Integer.toString(year), "level", BigDecimal.ONE, Unit.COUNT, "",
                    java.util.Set.of()));
        }
        List<Remark> remarks = new ArrayList<>();
        SeriesStatistics.analyse(ind).insufficient()
                .forEach(s -> remarks.add(new Remark("statistics", s.sentence())));
        EngagementCorrelation.analyse(ind).insufficient()
                .forEach(s -> remarks.add(new Remark("correlation", s.sentence())));

        String statistics = "KOR\u2013KAZ investment inflow: 2 yearly figures of investment inflows from South Korea "
                + "to Kazakhstan; trend, forecast, summary statistics and the outlier check need at least 5 yearly "
                + "figures, none of them a bound (\u2265 or \u2264).";
        String correlation = "KAZ\u2013KOR: no year with a turnover figure within the span of the engagement events "
                + "between Kazakhstan and South Korea (2021\u20132024); the correlation of engagement and turnover "
                + "needs at least 5, at least 3 of them with events.";
        assertEquals(List.of(new Remark("statistics", statistics),
                new Remark("correlation", correlation)), remarks);
        // the label stays in front, as the Statistics sheet reads it back: a table column, where codes are fine
        assertEquals(new StatisticsSheet.Remark("KOR\u2013KAZ investment inflow", "", statistics.substring(
                statistics.indexOf(": ") + 2)), StatisticsSheet.Remark.of(statistics));

        try (XSSFWorkbook wb = write(report(ind, remarks, "2024"))) {
            List<String> rows = new ArrayList<>(rows(wb, "Statistics"));
            rows.addAll(rows(wb, StatisticsSheet.CORRELATION));
            assertEquals(true, rows.contains("KOR\u2013KAZ investment inflow | [x] | Insufficient data: 2 yearly "
                    + "figures of investment inflows from South Korea to Kazakhstan; trend, forecast, summary statistics "
                    + "and the outlier check need at least 5 yearly figures, none of them a bound (\u2265 or \u2264)."),
                    String.join("\n", rows));
            assertEquals(true, rows.stream().anyMatch(r -> r.startsWith("KAZ\u2013KOR | [x] | Insufficient data: no "
                    + "year with a turnover figure within the span of the engagement events between Kazakhstan and "
                    + "South Korea (2021\u20132024); the correlation of engagement and turnover needs at least 5, at least 3 "
                    + "of them with events.")),
                    String.join("\n", rows));
            assertFalse(rows.stream().anyMatch(r -> r.contains(" KAZ ") || r.contains("KAZ and")),
                    String.join("\n", rows));
        }
    }

    private static Figure trade(String flow, String period, String usd) {
        return new Figure(SeriesKey.trade("KAZ", "KOR", flow, "TOTAL"), Period.parse(period), new BigDecimal(usd),
                Qualifier.EXACT, null, "test");
    }

    private static ReportData report(List<Indicator> indicators, List<Remark> remarks, String focus) {
        return new ReportData(new ReportData.RunInfo("job", 1, AS_OF, focus, Map.of()), List.of(), indicators,
                List.of(), List.of(), List.of(), List.of(), remarks, SampleReport.NO_REJECTS, List.of());
    }

    private XSSFWorkbook write(ReportData data) throws IOException {
        Path target = dir.resolve("words.xlsx");
        SampleReport.writeWorkbook(new WorkbookWriter(), data, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Each row of a sheet as its cells' text, joined by " | ". */
    private static List<String> rows(XSSFWorkbook book, String sheet) {
        DataFormatter format = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Row row : book.getSheet(sheet)) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(format.formatCellValue(cell));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }
}
