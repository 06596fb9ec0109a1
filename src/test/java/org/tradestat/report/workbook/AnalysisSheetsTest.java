package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradestat.report.workbook.SampleReport.writeWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.EngagementAnalysis;
import org.tradestat.analysis.EngagementCorrelation;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.LevelAnalysis;
import org.tradestat.analysis.Remark;
import org.tradestat.analysis.SeriesStatistics;
import org.tradestat.analysis.Shares;
import org.tradestat.analysis.TradeAnalysis;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;

/** The sheets beyond trade: read back with POI, from the sample report and from the shipped input's analysis. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisSheetsTest {

    private static final String GE = "\u2265";
    private static final DataFormatter FORMAT = new DataFormatter();

    private Path dir;
    private XSSFWorkbook sample;
    private XSSFWorkbook shipped;
    private ReportData shippedData;

    @BeforeAll
    void write(@TempDir Path tmp) throws IOException {
        dir = tmp;
        sample = write(SampleReport.data(), "sample.xlsx");
        shippedData = shippedInput();
        shipped = write(shippedData, "shipped.xlsx");
    }

    @AfterAll
    void close() throws IOException {
        sample.close();
        shipped.close();
    }

    private XSSFWorkbook write(ReportData data, String name) throws IOException {
        Path target = dir.resolve(name);
        writeWorkbook(new WorkbookWriter(), data, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    // ------------------------------------------------------------------------------------------ Sample report

    @Test
    void investmentShowsTheCumulativeLevelWithItsStartYearAndQualifier() {
        XSSFSheet inv = sample.getSheet("Investment");
        assertEquals(List.of("Investor", "Host", "Measure [note 17]", "Period", "Since (start year)",
                "Investment (US$ million)", "Qualifier", "Change on a year earlier (US$ million) [note 12]",
                "Change on a year earlier (%)", "Long-run comparison period", "Change since then (US$ million)",
                "Change since then (%)", "Annual growth since then (CAGR %)", "Notes"), text(row(inv, 0)));
        Row cumulative = row(inv, 1);
        assertEquals(List.of("KOR", "KAZ", "Cumulative", "2024", "1992"), text(cumulative).subList(0, 5));
        Cell level = cumulative.getCell(5);
        assertEquals(4_300_000_000d, level.getNumericCellValue());
        assertEquals("\"" + GE + "\"#,##0.0,,;\"" + GE + "\"-#,##0.0,,", level.getCellStyle().getDataFormatString());
        // POI's DataFormatter does not apply the thousands scaling after a quoted prefix; Excel and LibreOffice
        // show this cell as ≥4,300.0 (checked by rendering the workbook).
        assertEquals("At least (" + GE + ")", cumulative.getCell(6).getStringCellValue());
        assertEquals("Cumulative since 1992 [note 17]. At least [note 10].",
                cumulative.getCell(13).getStringCellValue());

        Row fall = row(inv, 4);
        assertEquals(List.of("KOR", "KAZ", "Inflow (during the period)", "2023", "[z]"), text(fall).subList(0, 5));
        assertEquals(-150_000_000d, fall.getCell(7).getNumericCellValue());
        assertEquals(Styles.MILLIONS_SIGNED, fall.getCell(7).getCellStyle().getDataFormatString());
        assertEquals("-25.0%", FORMAT.formatCellValue(fall.getCell(8)));
        assertEquals("[x]", fall.getCell(9).getStringCellValue());
        // Rises and falls have colours as well as signs.
        assertTrue(inv.getSheetConditionalFormatting().getNumConditionalFormattings() >= 2);
    }

    @Test
    void companiesAreCountsWithTheirQualifier() {
        XSSFSheet comp = sample.getSheet("Companies");
        Row kaz = row(comp, 1);
        assertEquals(List.of("KOR", "KAZ", "Operating", "2024"), text(kaz).subList(0, 4));
        assertEquals(370d, kaz.getCell(4).getNumericCellValue());
        assertEquals("\"" + GE + "\"#,##0;\"" + GE + "\"-#,##0", kaz.getCell(4).getCellStyle().getDataFormatString());
        assertEquals(GE + "370", FORMAT.formatCellValue(kaz.getCell(4)));
        Row kgz = row(comp, 2);
        assertEquals(List.of("KOR", "KGZ", "Joint venture", "2020", GE + "200", "At least (" + GE + ")"),
                text(kgz).subList(0, 6));
    }

    @Test
    void engagementCountsByCategoryByLevelAndTheTimeBetweenEvents() {
        XSSFSheet eng = sample.getSheet("Engagement");
        assertEquals(List.of("Country A", "Country B", "Year", "Visits (count)", "Agreements signed (count)",
                "Forums (count)", "Cultural events (count)", "Business events (count)", "Other events (count)",
                "All events (count) [note 19]", "Notes"), text(row(eng, 0)));
        assertEquals(List.of("KGZ", "KOR", "2022", "5", "0", "0", "5", "1", "0", "11"), text(row(eng, 4)).subList(0, 10));
        assertEquals(List.of("KGZ", "KOR", "2024", "1", "10", "0", "0", "0", "0", "11"), text(row(eng, 5)).subList(0, 10));
        assertEquals(Styles.COUNT, row(eng, 5).getCell(4).getCellStyle().getDataFormatString());
        XSSFSheet lvl = sample.getSheet(EngagementSheet.BY_LEVEL);
        XSSFTable byLevel = table(lvl, "tblEventsByLevel");
        Row header = lvl.getRow(byLevel.getStartRowIndex());
        assertEquals("Head of state (count)", header.getCell(3).getStringCellValue());
        Row y2024 = lvl.getRow(byLevel.getEndRowIndex());
        assertEquals(List.of("KGZ", "KOR", "2024", "11"), text(y2024).subList(0, 4));
        assertEquals("0", text(y2024).get(10), "no level given");
        Row y2022 = lvl.getRow(byLevel.getEndRowIndex() - 1);
        assertEquals("5", text(y2022).get(5), "minister");
        assertEquals("6", text(y2022).get(10), "the cultural events and the forum name no level");
        Row b = row(sample.getSheet(EngagementSheet.TIME_BETWEEN), 1);
        assertEquals(List.of("KGZ", "KOR", "Visits", "Minister", "1 June 2022", "15 March 2019", "3.2",
                SheetBuilder.NO_NOTE),
                text(b));
    }

    @Test
    void theTimeBetweenEventsIsGivenOnlyFromDatesKnownToTheDayOrMonth() throws IOException {
        // docs/statistics.md: an event known only by its year is never the previous one and gives no time
        List<EngagementEvent> events = List.of(
                event(LocalDate.of(2022, 3, 15), "2022", "visit", "minister", 1),
                event(null, "2022", "visit", "minister", 1),
                event(null, "2013", "visit", "head_of_state", 1),
                event(LocalDate.of(2024, 12, 3), "2024", "visit", "head_of_state", 1),
                event(null, "2022-09", "business", "expert", 1),
                event(LocalDate.of(2024, 12, 3), "2024", "business", "expert", 1));
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        ReportData data = new ReportData(new ReportData.RunInfo("tradestat", 1, asOf, "2024", Map.of()), List.of(),
                EngagementAnalysis.analyse(events, asOf), List.of(), List.of(), List.of(), List.of(), List.of(),
                SampleReport.NO_REJECTS, List.of());
        try (XSSFWorkbook wb = write(data, "year-only-events.xlsx")) {
            XSSFSheet between = wb.getSheet(EngagementSheet.TIME_BETWEEN);
            XSSFTable table = table(between, "tblTimeBetweenEvents");
            assertEquals(1, table.getEndRowIndex() - table.getStartRowIndex(), "one row: the business events");
            // 2022-09-01 to 2024-12-03: 731 + 29 + 31 + 30 + 2 = 823 days, 2.25 years
            List<String> business = text(row(between, 1));
            assertEquals(List.of("KGZ", "KOR", "Business events", "Expert", "3 December 2024", "September 2022", "2.3"),
                    business.subList(0, 7));
            assertTrue(business.get(7).startsWith("Approximate [u]: an event known only by its month"), business.get(7));
        }
    }

    @Test
    void sharesConcentrationAndMirrorGaps() {
        XSSFSheet sh = sample.getSheet(SharesSheet.NAME);
        Row kaz = row(sh, 1);
        assertEquals(List.of("KOR", "KAZ", "Central Asia", "2023"), text(kaz).subList(0, 4));
        assertEquals(0.625, kaz.getCell(4).getNumericCellValue(), 1e-12);
        assertEquals(GE + "62.5%", FORMAT.formatCellValue(kaz.getCell(4)));
        assertEquals("30.0%", FORMAT.formatCellValue(row(sh, 5).getCell(4)));
        String all = sheetText(sample, SharesSheet.NAME);
        assertTrue(all.contains(SampleReport.SHARES_REMARK));
        XSSFSheet hhi = sample.getSheet(SharesSheet.CONCENTRATION);
        Row partners = row(hhi, 2);
        assertEquals(List.of("KOR", "All 5 in the input", "Partner countries (all goods)", "2023", "0.49", "0.36",
                SheetBuilder.NO_NOTE),
                text(partners));
        Row commodities = row(hhi, 1);
        assertEquals(List.of("KAZ", "KOR", "Commodities (top-level codes)", "2022", "0.90", "0.80"),
                text(commodities).subList(0, 6));
        Row gap = row(sample.getSheet(SharesSheet.MIRROR_GAPS), 1);
        assertEquals(List.of("KAZ", "KOR", "A's exports to B", "2022", "All goods"), text(gap).subList(0, 5));
        assertEquals(700_000_000d, gap.getCell(5).getNumericCellValue());
        assertEquals(Styles.MILLIONS, gap.getCell(5).getCellStyle().getDataFormatString());
        assertEquals(List.of("[x]", "+12.5%"), text(gap).subList(6, 8));
        // The published share comes from the input: shown as published in its own note, pointed to from here.
        assertTrue(all.contains("A published share, for reference and not computed from the input: Share of Korea's "
                + "trade with Central Asia that is with Kazakhstan, more than 60% in 2024 [note "));
        String notes = sheetText(sample, "Notes");
        assertTrue(notes.contains("Share of Korea's trade with Central Asia that is with Kazakhstan, more than 60% in "
                + "2024, as published by KazISS seminar, 11 Nov 2024. Shown as published, not computed from the input"));
    }

    @Test
    void eachTablePrintsUnderItsOwnHeaderAndKeepsItInViewWhenScrolling() {
        int tables = 0;
        for (XSSFWorkbook wb : List.of(sample, shipped)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertTrue(sheet.getTables().size() <= 1, sheet.getSheetName() + ": one table to a sheet");
                if (sheet.getTables().isEmpty() || sheet.getSheetName().equals(SummarySheet.NAME)) {
                    continue;
                }
                tables++;
                int header = sheet.getTables().get(0).getStartRowIndex();
                assertEquals((header + 1) + ":" + (header + 1), sheet.getRepeatingRows().formatAsString(),
                        sheet.getSheetName());
                assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition(),
                        sheet.getSheetName() + ": the title and the header stay in view");
            }
        }
        assertTrue(tables >= 20, "tables checked: " + tables);
    }

    @Test
    void noPublishedFigureWhereTheInputHoldsNone() throws IOException {
        // The KAZ–KOR pair of the sample is there; without a published-figures line no published share may appear.
        ReportData d = SampleReport.data();
        XSSFWorkbook none = write(new ReportData(d.run(), d.inputs(), d.indicators(), d.rejects(), d.conflicts(),
                d.warnings(), d.sources(), d.remarks(), d.rejectCounts(), List.of()), "no-published.xlsx");
        for (String sheet : List.of(SharesSheet.NAME, "Notes", "Summary", "Cover")) {
            String text = sheetText(none, sheet);
            assertFalse(text.contains("published share"), sheet);
            assertFalse(text.contains("60%"), sheet);
            assertFalse(text.contains("Shown as published"), sheet);
        }
    }

    @Test
    void statisticsInWordsAsFiguresAndInsufficientData() {
        XSSFSheet st = sample.getSheet("Statistics");
        assertEquals(List.of("Series", "Years used", "What the figures say [note 24]"), text(row(st, 0)));
        // The sample's inflow has statistics from three yearly figures, as an analysis that did not refuse them would
        // give: too few to be put in words or figures.
        Row inflow = row(st, 1);
        assertEquals(List.of("KOR\u2013KAZ investment inflow", "2021\u20132023", "Insufficient data: only 3 yearly "
                + "figures over 2021\u20132023; a trend, forecast and summary statistics need at least 5 yearly "
                + "figures, "
                + "none of them a bound (\u2265 or \u2264) " + Notes.Def.SMALL_SAMPLES.marker() + ". 2 year-on-year "
                + "changes of investment inflows from South Korea to Kazakhstan; the outlier check needs at least 4."),
                text(inflow));
        Row insufficient = row(st, 2);
        assertEquals(List.of("KGZ\u2013KOR turnover", "[x]", "Insufficient data: 1 yearly figure of trade turnover "
                + "between Kyrgyzstan and South Korea; trend, forecast, summary statistics and the outlier check need "
                + "at least 5 yearly figures, none of them a bound (\u2265 or \u2264)."), text(insufficient));

        XSSFSheet fig = sample.getSheet(StatisticsSheet.FIGURES);
        XSSFTable figures = table(fig, "tblStatistics");
        int first = figures.getStartRowIndex();
        assertEquals(List.of("KOR\u2013KAZ investment inflow", "2021\u20132023",
                "Trend, forecast, summary statistics and outlier check", "[x]", "[z]",
                "Only 3 yearly figures over 2021\u20132023; a trend, forecast and summary statistics need at least 5 "
                        + "yearly figures, none of them a bound (\u2265 or \u2264) " + Notes.Def.SMALL_SAMPLES.marker()
                        + "."), text(fig.getRow(first + 1)));
        assertTrue(sheetText(sample, StatisticsSheet.FIGURES).lines().noneMatch(l -> l.contains("466.7") || l.contains("0.785")),
                "no forecast or p-value from three points");
        Row remark = fig.getRow(figures.getEndRowIndex());
        assertEquals(List.of("KGZ\u2013KOR turnover", "[x]", "Trend, forecast, summary statistics and outlier check: "
                + "1 yearly figure of trade turnover between Kyrgyzstan and South Korea; trend, forecast, summary "
                + "statistics and the outlier check need at least 5 yearly figures, none of them a bound (\u2265 or "
                + "\u2264).", "[x]", "[z]", "Too few figures " + Notes.Def.SMALL_SAMPLES.marker() + "."), text(remark));

        XSSFSheet cor = sample.getSheet(StatisticsSheet.CORRELATION);
        XSSFTable corr = table(cor, "tblCorrelation");
        Row r = cor.getRow(corr.getStartRowIndex() + 1);
        assertEquals(List.of("KAZ\u2013KOR", "2018\u20132023"), text(r).subList(0, 2));
        assertEquals(6d, r.getCell(3).getNumericCellValue());
        assertEquals("+0.72", FORMAT.formatCellValue(r.getCell(4)));
        assertEquals("0.106", FORMAT.formatCellValue(r.getCell(5)));
        Row none = cor.getRow(corr.getEndRowIndex());
        assertEquals("KGZ\u2013KOR", none.getCell(0).getStringCellValue());
        for (int c = 4; c <= 7; c++) {
            assertEquals("[x]", none.getCell(c).getStringCellValue());
        }
        assertTrue(sheetText(sample, "Statistics").contains("Small samples"));
    }

    @Test
    void statisticsOfSixYearlyFiguresAreWordsAndFiguresButNotWhenOneIsABound() throws IOException {
        try (XSSFWorkbook wb = write(inflowStatistics(false), "six-years.xlsx")) {
            XSSFSheet st = wb.getSheet("Statistics");
            String words = row(st, 1).getCell(2).getStringCellValue();
            assertTrue(words.startsWith("Investment inflows from South Korea to Kazakhstan grew by about US$ 22.0 "
                    + "million a year over "
                    + "2018\u20132023; the trend explains 99% of the variation (statistically significant, "
                    + "p < 0.001)."), words);
            assertTrue(words.contains("If the trend held, the figure for 2024 would be about US$ 232.0 million, with a "
                    + "95% prediction interval from US$ 215.0 million to US$ 249.0 million."), words);
            assertTrue(words.contains("Based on only 6 yearly figures: read the trend and the forecast as indicative."));
            XSSFSheet fig = wb.getSheet(StatisticsSheet.FIGURES);
            int first = table(fig, "tblStatistics").getStartRowIndex();
            Row slope = fig.getRow(first + 1);
            assertEquals(22_000_000d, slope.getCell(3).getNumericCellValue());
            assertEquals(Styles.MILLIONS_SIGNED, slope.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("US$ million a year", slope.getCell(4).getStringCellValue());
            assertEquals(Styles.P_VALUE, fig.getRow(first + 3).getCell(3).getCellStyle().getDataFormatString());
            Row forecast = fig.getRow(first + 4);
            assertTrue(forecast.getCell(2).getStringCellValue().startsWith("Forecast for 2024"));
            assertEquals(Styles.MILLIONS, forecast.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("215.0", FORMAT.formatCellValue(fig.getRow(first + 5).getCell(3)));
        }
        try (XSSFWorkbook wb = write(inflowStatistics(true), "six-years-one-bound.xlsx")) {
            XSSFSheet st = wb.getSheet("Statistics");
            assertEquals("Insufficient data: the figure of 2020 (\u2265) is only a bound; a trend, forecast and "
                    + "summary "
                    + "statistics need at least 5 yearly figures, none of them a bound (\u2265 or \u2264) "
                    + Notes.Def.SMALL_SAMPLES.marker() + ".", row(st, 1).getCell(2).getStringCellValue());
            Row figure = row(wb.getSheet(StatisticsSheet.FIGURES), 1);
            assertEquals("[x]", figure.getCell(3).getStringCellValue());
            assertFalse(sheetText(wb, "Statistics").contains("prediction interval from"));
            assertFalse(sheetText(wb, StatisticsSheet.FIGURES).contains("end of the 95% prediction interval"));
        }
    }

    /**
     * Yearly inflows 2018–2023 rising by about 22 million a year, with their statistics; with a bound, the 2020 figure
     * becomes a lower bound after the statistics were computed, as an analysis that does not refuse bounds gives them.
     */
    private static ReportData inflowStatistics(boolean bound2020) {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        long[] millions = {100, 120, 150, 160, 190, 210};
        List<Figure> figures = new ArrayList<>();
        for (int k = 0; k < millions.length; k++) {
            int year = 2018 + k;
            figures.add(new Figure(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", ""),
                    Period.year(year), BigDecimal.valueOf(millions[k] * 1_000_000), Qualifier.EXACT, null, "test"));
        }
        List<Indicator> ind = new ArrayList<>(LevelAnalysis.analyse(figures, asOf));
        SeriesStatistics.Result stats = SeriesStatistics.analyse(ind);
        List<Remark> remarks = new ArrayList<>();
        stats.insufficient().forEach(i -> remarks.add(new Remark("statistics", i.sentence())));
        List<Indicator> all = new ArrayList<>();
        for (Indicator i : stats.applyTo(ind)) {
            boolean level2020 = "level".equals(i.name()) && "2020".equals(i.period());
            all.add(bound2020 && level2020 ? new Indicator(i.series(), i.period(), i.name(), i.value(), i.unit(),
                    i.basis(), java.util.EnumSet.of(org.tradestat.figure.Flag.AT_LEAST)) : i);
        }
        return new ReportData(new ReportData.RunInfo("tradestat", 1, asOf, "2023", Map.of()), List.of(),
                all, List.of(), List.of(), List.of(), List.of(), remarks, SampleReport.NO_REJECTS, List.of());
    }

    @Test
    void notesDefineEveryNewIndicator() {
        String notes = sheetText(sample, "Notes");
        for (String topic : List.of("Share within a group", "Herfindahl-Hirschman index (HHI)", "Mirror gap",
                "Trend (ordinary least squares)", "R\u00b2", "p-value", "Forecast and 95% prediction interval",
                "Mean, median and standard deviation", "Coefficient of variation (CV)", "Outliers (robust z-score)",
                "Correlation (Pearson and Spearman)", "Small samples and insufficient data", "Investment",
                "Companies", "Engagement events", "Time between events", "Large tables")) {
            assertTrue(notes.contains(topic + "\n"), topic);
        }
        assertTrue(notes.contains("above 3.5"));
        assertTrue(notes.contains(SampleReport.INVESTMENT_SOURCE + " (investment: 1 figure)"));
        assertTrue(notes.contains("The Caspian Post, 3 Dec 2024 (engagement: 2 events)"));
        assertTrue(notes.contains("focus period 2022-H2"));
        assertTrue(notes.contains("only when it has at least 5 yearly figures, none of them a bound"), notes);
        assertTrue(notes.contains("The outlier check needs at least 4 year-on-year changes as well"), notes);
    }

    @Test
    void documentPropertiesDescribeTheWholeWorkbook() {
        POIXMLProperties.CoreProperties core = sample.getProperties().getCoreProperties();
        assertEquals("Tradestat", core.getCreator());
        assertTrue(core.getTitle().startsWith("Tradestat: trade and engagement statistics"));
        assertTrue(core.getSubject().startsWith("Trade, investment, company and engagement statistics"));
        for (String k : List.of("investment", "companies", "engagement", "KAZ", "KGZ", "KOR")) {
            assertTrue(core.getKeywords().contains(k), k);
        }
        assertTrue(core.getDescription().contains("run id 7"));
        assertEquals(Instant.parse("2023-12-31T00:00:00Z"), core.getCreated().toInstant());
    }

    @Test
    void noSheetHasAnEmptyOrBlankFirstRow() {
        for (XSSFWorkbook wb : List.of(sample, shipped)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertNotNull(s.getRow(0), s.getSheetName());
                assertFalse(text(s.getRow(0)).isEmpty(), s.getSheetName());
                assertEquals(0, s.getNumMergedRegions(), s.getSheetName());
            }
        }
    }

    @Test
    void aSentenceOutsideTheTablesIsNeverSplitAcrossCells() {
        for (XSSFWorkbook wb : List.of(sample, shipped)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                for (Row row : s) {
                    if (insideATable(s, row.getRowNum())) {
                        continue;
                    }
                    for (Cell cell : row) {
                        boolean heading = wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
                        if (cell.getCellType() != CellType.STRING || heading || cell.getHyperlink() != null) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        String where = s.getSheetName() + "!" + cell.getAddress() + ": " + text;
                        assertTrue(text.matches("(?s)[^a-z].*[.!?][)\\]\"]?"), where);
                    }
                }
            }
        }
        // The sentence that was cut between "[note" and "22]." on the Shares sheet of the shipped input.
        List<String> cells = new ArrayList<>();
        shipped.getSheet(SharesSheet.NAME).forEach(r -> cells.add(r.getCell(0).getStringCellValue()));
        assertTrue(cells.contains("No concentration index (HHI) could be computed: it needs a reporter's turnover with "
                + "at least two partner countries, or with a partner in at least two commodities, in the same period "
                + Notes.Def.HHI.marker() + "."), cells.toString());
    }

    private static boolean insideATable(XSSFSheet sheet, int row) {
        return sheet.getTables().stream().anyMatch(t -> row >= t.getStartRowIndex() && row <= t.getEndRowIndex());
    }

    // ------------------------------------------------------------------------------------------ Shipped input

    /** The shipped input/ files (SPEC 9) through the project's own analysis, as the job computes them. */
    private static ReportData shippedInput() {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        List<Indicator> ind = new ArrayList<>();
        ind.addAll(TradeAnalysis.analyse(List.of(
                trade("2017-H1", "57000000", Qualifier.APPROX),
                trade("2022-H1", "63500000", Qualifier.APPROX),
                trade("2022", "370000000", Qualifier.EXACT)), asOf).indicators());
        ind.addAll(LevelAnalysis.analyse(List.of(new Figure(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ",
                "cumulative", ""), Period.parse("2024"), new BigDecimal("4300000000"), Qualifier.AT_LEAST, 1992,
                "004")), asOf));
        ind.addAll(LevelAnalysis.analyse(List.of(company("KAZ", "operating", "2024", "370")), asOf));
        ind.addAll(LevelAnalysis.analyse(List.of(company("KGZ", "joint_venture", "2020", "200")), asOf));
        List<EngagementEvent> events = new ArrayList<>();
        events.add(event(LocalDate.of(2017, 9, 28), "2017", "forum", "expert", 1));
        events.add(event(null, "2019", "agreement", "expert", 1));
        events.add(event(null, "2019", "visit", "ambassador", 1));
        for (int i = 0; i < 5; i++) {
            events.add(event(null, "2022", "visit", "minister", 1));
            events.add(event(null, "2022", "cultural", "", 1));
        }
        events.add(event(null, "2022-09", "business", "", 1));
        events.add(new EngagementEvent(LocalDate.of(2024, 11, 11), Period.parse("2024"), "KAZ", "KOR", "forum",
                "expert", "KazISS seminar", 1, "004"));
        events.add(event(LocalDate.of(2024, 12, 3), "2024", "visit", "head_of_state", 1));
        events.add(event(LocalDate.of(2024, 12, 3), "2024", "agreement", "head_of_state", 10));
        ind.addAll(EngagementAnalysis.analyse(events, asOf));
        List<Remark> remarks = new ArrayList<>();
        List<Indicator> turnover = ind.stream().filter(i -> i.series().dataset() == Dataset.TRADE
                && "turnover".equals(i.series().measure())).toList();
        Shares.Result shares = Shares.analyse(turnover, Map.of("CENTRAL_ASIA", List.of("KAZ", "KGZ", "TJK", "TKM",
                "UZB")));
        ind.addAll(shares.indicators());
        shares.notComputed().forEach(s -> remarks.add(new Remark("shares", s)));
        SeriesStatistics.Result stats = SeriesStatistics.analyse(ind);
        List<Indicator> all = new ArrayList<>(stats.applyTo(ind));
        stats.insufficient().forEach(s -> remarks.add(new Remark("statistics", s.sentence())));
        EngagementCorrelation.Result corr = EngagementCorrelation.analyse(all);
        all.addAll(corr.added());
        corr.insufficient().forEach(s -> remarks.add(new Remark("correlation", s.sentence())));
        ReportData.RunInfo run = new ReportData.RunInfo("tradestat", 1, asOf, "2022", Map.of("runDate", "2024-12-31"));
        return new ReportData(run, List.of(), all, List.of(), List.of(), List.of(), List.of(), remarks,
                SampleReport.NO_REJECTS, List.of(SampleReport.PUBLISHED_SHARE));
    }

    private static Figure trade(String period, String usd, Qualifier q) {
        return new Figure(SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL"), Period.parse(period),
                new BigDecimal(usd), q, null, "seed");
    }

    private static Figure company(String host, String measure, String period, String count) {
        return new Figure(new SeriesKey(Dataset.COMPANIES, "KOR", host, measure, ""), Period.parse(period),
                new BigDecimal(count), Qualifier.AT_LEAST, null, "seed");
    }

    private static EngagementEvent event(LocalDate day, String period, String category, String level, int count) {
        return new EngagementEvent(day, Period.parse(period), "KGZ", "KOR", category, level, "event", count, "seed");
    }

    @Test
    void theShippedInputShowsTheFiguresOfTheSources() {
        Row inv = row(shipped.getSheet("Investment"), 1);
        assertEquals(List.of("KOR", "KAZ", "Cumulative", "2024", "1992"), text(inv).subList(0, 5));
        assertEquals("At least (" + GE + ")", inv.getCell(6).getStringCellValue());
        assertEquals(4_300_000_000d, inv.getCell(5).getNumericCellValue());
        assertEquals(Styles.qualified(Qualifier.AT_LEAST, Styles.MILLIONS),
                inv.getCell(5).getCellStyle().getDataFormatString());

        XSSFSheet comp = shipped.getSheet("Companies");
        assertEquals(List.of("KOR", "KAZ", "Operating", "2024", GE + "370"), text(row(comp, 1)).subList(0, 5));
        assertEquals(List.of("KOR", "KGZ", "Joint venture", "2020", GE + "200"), text(row(comp, 2)).subList(0, 5));

        XSSFSheet eng = shipped.getSheet("Engagement");
        List<String> kgz2022 = null;
        List<String> kgz2024 = null;
        XSSFTable byCategory = table(eng, "tblEventsByCategory");
        for (int r = byCategory.getStartRowIndex() + 1; r <= byCategory.getEndRowIndex(); r++) {
            List<String> row = text(eng.getRow(r));
            if (row.subList(0, 3).equals(List.of("KGZ", "KOR", "2022"))) {
                kgz2022 = row;
            } else if (row.subList(0, 3).equals(List.of("KGZ", "KOR", "2024"))) {
                kgz2024 = row;
            }
        }
        assertEquals(List.of("5", "0", "0", "5", "1", "0", "11"), kgz2022.subList(3, 10));
        assertEquals(List.of("1", "10", "0", "0", "0", "0", "11"), kgz2024.subList(3, 10));
        XSSFSheet lvl = shipped.getSheet(EngagementSheet.BY_LEVEL);
        List<String> level2024 = text(lvl.getRow(table(lvl, "tblEventsByLevel").getEndRowIndex()));
        assertEquals(List.of("KGZ", "KOR", "2024", "11"), level2024.subList(0, 4));
        assertTrue(sheetText(shipped, "Engagement").contains("No category and level has two events dated to the "
                + "day or month, one surely after the other"));

        // No yearly series has five points: the Statistics sheet says so where the figures would stand.
        XSSFSheet st = shipped.getSheet("Statistics");
        assertEquals("tblStatisticsInWords", st.getTables().get(0).getName());
        String stats = sheetText(shipped, "Statistics") + sheetText(shipped, StatisticsSheet.FIGURES);
        assertTrue(stats.contains("Insufficient data: 1 yearly figure of trade turnover between Kyrgyzstan and "
                + "South Korea; trend, forecast, summary statistics and the outlier check need at least 5 yearly "
                + "figures, none of them a bound (\u2265 or \u2264)."), stats);
        assertTrue(stats.contains("Trend, forecast, summary statistics and outlier check: 1 yearly figure of trade "
                + "turnover between Kyrgyzstan and South Korea;"), stats);
        assertFalse(stats.contains("Outlier check: 1 yearly figure"), stats);
        assertFalse(stats.contains("KGZ and KOR"), stats);
        assertTrue(stats.contains("[x]"));

        String shares = sheetText(shipped, SharesSheet.NAME);
        assertTrue(shares.contains("No shares within a group could be computed"));
        assertTrue(shares.contains("more than 60% in 2024"));

        List<String> findings = SampleReport.findings(shippedData);
        assertTrue(findings.contains("Investment from South Korea in Kazakhstan exceeded US$ 4.3 billion by 2024 "
                + "(cumulative since "
                + "1992)."), findings.toString());
        assertTrue(findings.contains("More than 370 companies from South Korea operated in Kazakhstan in 2024."));
        assertTrue(findings.contains("There were more than 200 joint ventures from South Korea in Kyrgyzstan in 2020."));
        assertTrue(findings.contains("10 agreements were signed between Kyrgyzstan and South Korea in 2024."));
        assertTrue(findings.contains("In 2022, 11 engagement events between Kyrgyzstan and South Korea were recorded: "
                + "5 visits, 5 "
                + "cultural events and 1 business event (5 at minister level and 6 with no level given)."));
        assertTrue(sheetText(shipped, "Summary").contains("10 agreements were signed between Kyrgyzstan and South Korea in 2024."));
    }

    // ------------------------------------------------------------------------------------------ Helpers

    private static XSSFTable table(XSSFSheet sheet, String name) {
        for (XSSFTable t : sheet.getTables()) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no table " + name + " on " + sheet.getSheetName());
    }

    /** Row n of the sheet's table: 0 its header, 1 its first data row. */
    private static Row row(XSSFSheet sheet, int n) {
        assertEquals(1, sheet.getTables().size(), sheet.getSheetName());
        return sheet.getRow(sheet.getTables().get(0).getStartRowIndex() + n);
    }

    private static List<String> text(Row row) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (Cell cell : row) {
            out.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : FORMAT.formatCellValue(cell));
        }
        return out;
    }

    private static String sheetText(XSSFWorkbook book, String sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : book.getSheet(sheet)) {
            for (Cell cell : row) {
                b.append(FORMAT.formatCellValue(cell)).append('\n');
            }
        }
        return b.toString();
    }
}
