package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradestat.report.workbook.SampleReport.writeWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.ConflictLine;
import org.tradestat.figure.InputSummary;
import org.tradestat.figure.RejectLine;
import org.tradestat.figure.SourceRef;
import org.tradestat.period.Period;
import org.tradestat.report.ChartImage;
import org.tradestat.report.RejectTally;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookWriterTest {

    private static final String TURNOVER_ALT = "Line chart of trade turnover per pair, in US$ million, by period.";
    private static final String NOT_DRAWN =
            "Exports vs imports: no pair has both export and import figures in the input.";

    private Path dir;

    private XSSFWorkbook wb;

    @BeforeAll
    void writeSample(@TempDir Path tmp) throws IOException {
        dir = tmp;
        wb = write(SampleReport.data());
    }

    @AfterAll
    void close() throws IOException {
        wb.close();
    }

    private XSSFWorkbook write(ReportData data) throws IOException {
        List<ChartImage> charts = List.of(
                SampleReport.chart(dir, "turnover", "Trade turnover per pair", TURNOVER_ALT, 400, 250),
                SampleReport.chart(dir, "exports-imports", "Exports and imports with the balance",
                        "Bar chart of KAZ exports and imports with KOR, 2021 and 2022.", 300, 200));
        Path target = dir.resolve("workbook-" + System.nanoTime() + ".xlsx.tmp");
        writeWorkbook(new WorkbookWriter(), data, new Charts(charts, List.of(NOT_DRAWN)), target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void sheetsComeInTheOrderOfTheSpec() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        // the order of the SPEC, each sheet of several tables followed by a sheet for each further table
        assertEquals(List.of("Cover", "Contents", "Summary", "Key figures", "Revisions", "Trade", "Comparisons", "Shares", "Concentration",
                "Mirror gaps", "Investment", "Companies", "Engagement", "Engagement by level", "Time between events",
                "Statistics", "Statistics figures", "Correlation", "Charts", "Data quality", "Rejected lines",
                "Conflicts", "Warnings", "Notes"), names);
        assertEquals(names.size(), new HashSet<>(names).size());
        names.forEach(n -> assertTrue(n.length() <= 31, n));
    }

    @Test
    void everyTableIsNamedStyledFilteredAndStandsUnderTheSheetTitle() {
        Map<String, String> areas = new HashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            List<XSSFTable> tables = sheet.getTables();
            // the Revisions sheet of a first run says there is nothing to compare with (RevisionsSheetTest: its table)
            if (List.of("Cover", "Summary").contains(sheet.getSheetName())
                    || sheet.getSheetName().equals("Revisions") && SampleReport.data().revisions().figures().isEmpty()) {
                assertTrue(tables.isEmpty(), "sentences only");
                continue;
            }
            assertFalse(tables.isEmpty(), sheet.getSheetName());
            tables.sort((a, b) -> Integer.compare(a.getStartRowIndex(), b.getStartRowIndex()));
            // the title in A1, then what the sheet shows, then the table (the spreadsheet guidance's order)
            assertEquals(1, tables.size(), sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith(sheet.getSheetName()));
            assertTrue(tables.get(0).getStartRowIndex() >= 1, sheet.getSheetName());
            for (XSSFTable t : tables) {
                areas.put(t.getName(), t.getArea().formatAsString());
                assertEquals(t.getName(), t.getDisplayName());
                assertEquals(1, t.getHeaderRowCount());
                assertEquals(0, t.getStartColIndex());
                assertEquals(SheetBuilder.TABLE_STYLE, t.getStyleName());
                assertEquals(t.getCTTable().getRef(), t.getCTTable().getAutoFilter().getRef());
                Row header = sheet.getRow(t.getStartRowIndex());
                for (int c = 0; c < t.getColumnCount(); c++) {
                    assertEquals(header.getCell(c).getStringCellValue(), t.getColumns().get(c).getName());
                }
                for (int r = t.getStartRowIndex(); r <= t.getEndRowIndex(); r++) {
                    Row row = sheet.getRow(r);
                    assertNotNull(row, t.getName() + " has a blank row " + (r + 1));
                    for (int c = 0; c <= t.getEndColIndex(); c++) {
                        Cell cell = row.getCell(c);
                        assertNotNull(cell, t.getName() + " has an empty cell at " + new CellAddress(r, c));
                        assertNotEquals(CellType.BLANK, cell.getCellType());
                        if (cell.getCellType() == CellType.STRING) {
                            assertFalse(cell.getStringCellValue().isBlank(), t.getName() + " " + cell.getAddress());
                            // "None" in a Notes cell reads as a statement about the figure; nothing to note is a dash
                            assertNotEquals("None", cell.getStringCellValue(), t.getName() + " " + cell.getAddress());
                        }
                    }
                }
            }
        }
        // a title in A1 and what the sheet shows in A2 above each table: the same rows as before, two rows down
        assertEquals("A3:B26", areas.get("tblContents"));
        assertEquals("A3:M5", areas.get("tblKeyFigures"));
        assertEquals(null, areas.get("tblFindings"), "the findings are sentences under the table, not a table");
        assertEquals("A3:L10", areas.get("tblTrade"));
        assertEquals("A3:M9", areas.get("tblComparisons"));
        assertEquals("A3:F8", areas.get("tblShares"));
        assertEquals("A3:G5", areas.get("tblConcentration"));
        assertEquals("A3:I4", areas.get("tblMirrorGaps"));
        assertEquals("A3:N7", areas.get("tblInvestment"));
        assertEquals("A3:M5", areas.get("tblCompanies"));
        assertEquals("A3:K8", areas.get("tblEventsByCategory"));
        assertEquals("A3:L8", areas.get("tblEventsByLevel"));
        assertEquals("A3:H4", areas.get("tblTimeBetweenEvents"));
        assertEquals("A3:C5", areas.get("tblStatisticsInWords"));
        assertEquals("A3:F5", areas.get("tblStatistics"));
        assertEquals("A3:H5", areas.get("tblCorrelation"));
        assertEquals("A3:E5", areas.get("tblCharts"));
        assertEquals("A3:J5", areas.get("tblInputFiles"));
        assertEquals("A3:D6", areas.get("tblRejects"));
        assertEquals("A3:I4", areas.get("tblConflicts"));
        assertEquals("A3:B4", areas.get("tblWarnings"));
        assertTrue(areas.get("tblNotes").startsWith("A3:C"));
        assertEquals(21, areas.size());
    }

    @Test
    void noMergedCellsNoFormulasAnywhere() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            assertEquals(0, sheet.getNumMergedRegions(), sheet.getSheetName());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + cell.getAddress());
                }
            }
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        assertTrue(sheetText("Cover").contains(SampleReport.FORMULA_LIKE_SOURCE));
        assertTrue(sheetText("Notes").contains(SampleReport.FORMULA_LIKE_SOURCE + " (trade: 4 figures)"));
        XSSFSheet rejected = wb.getSheet("Rejected lines");
        assertEquals("=1+2,KOR,2022,export,-5,,", row(rejected, 2).getCell(2).getStringCellValue());
        assertEquals(CellType.STRING, row(rejected, 2).getCell(2).getCellType());
    }

    @Test
    void theCoverSaysWhenABigRunShowsOnlyPartOfItsFigures() throws IOException {
        ReportData sample = SampleReport.data();
        String remark = "This run computed 2,291,531 figures; the workbook shows the 64,500 of years and half-years"
                + " for all goods. Monthly and quarterly figures, and those of single commodities, are in"
                + " indicators.csv.";
        List<Remark> remarks = new java.util.ArrayList<>(sample.remarks());
        remarks.add(new Remark("workbook", remark));
        ReportData big = new ReportData(sample.run(), sample.inputs(), sample.indicators(), sample.rejects(),
                sample.conflicts(), sample.warnings(), sample.sources(), remarks, sample.rejectCounts(), List.of());
        assertTrue(sheetText(write(big), "Cover").contains(remark));
        assertFalse(sheetText("Cover").contains("This run computed"));
    }

    @Test
    void longRejectedLinesAreShortenedAndTextLongerThanACellHoldsIsCut() throws IOException {
        String raw = row(wb.getSheet("Rejected lines"), 3).getCell(2).getStringCellValue();
        assertTrue(raw.startsWith("@SUM(A1:A9) xxx"));
        assertTrue(raw.endsWith("x [cut: the full text has 40,012 characters; rejects.csv holds the whole line]"));
        assertEquals(DataQualitySheet.MAX_RAW_CHARS + 1 + 76, raw.length());

        ReportData sample = SampleReport.data();
        String huge = "A source with a very long name " + "y".repeat(40_000);
        ReportData longSource = new ReportData(sample.run(), sample.inputs(), sample.indicators(),
                sample.rejects(), sample.conflicts(), sample.warnings(), List.of(new SourceRef("trade", huge, 1)),
                List.of(), sample.rejectCounts(), List.of());
        XSSFWorkbook read = write(longSource);
        XSSFSheet notes = read.getSheet("Notes");
        String cut = null;
        for (Row row : notes) {
            if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("Source")) {
                cut = row.getCell(2).getStringCellValue();
            }
        }
        assertNotNull(cut);
        assertEquals(CellTexts.MAX_CELL_CHARS, cut.length());
        assertTrue(cut.startsWith("A source with a very long name yyy"));
        int full = (huge + " (trade: 1 figure)").length();
        assertTrue(cut.endsWith("[cut: the full text has " + Texts.count(full) + " characters, more than a cell "
                + "holds]"));
        String cover = null;
        XSSFSheet coverSheet = read.getSheet("Cover");
        for (int r = 0; r < coverSheet.getLastRowNum(); r++) {
            if ("Sources".equals(coverSheet.getRow(r).getCell(0).getStringCellValue())) {
                cover = coverSheet.getRow(r + 1).getCell(0).getStringCellValue();
            }
        }
        assertNotNull(cover);
        assertEquals(CellTexts.MAX_CELL_CHARS, cover.length());
    }

    @Test
    void moneyCellsHoldExactDollarsShownInMillions() {
        XSSFSheet trade = wb.getSheet("Trade");
        assertEquals(List.of("Reporter", "Partner", "Commodity (classification and code)", "Period", "Period type",
                "Exports (US$ million)", "Imports (US$ million)", "Turnover (US$ million) [note 4]",
                "Balance (US$ million) [note 5]", "Coverage (ratio) [note 6]",
                "Normalized balance (ratio) [note 7]", "Notes"), rowText(row(trade, 0)));
        // Sorted by pair, commodity (all goods first), period.
        List<String> keys = new ArrayList<>();
        for (int r = 1; r <= 7; r++) {
            List<String> t = rowText(row(trade, r));
            keys.add(t.get(0) + " " + t.get(2) + " " + t.get(3));
        }
        assertEquals(List.of("KAZ All goods 2021", "KAZ All goods 2022", "KAZ HS 27 2022", "KGZ All goods 2017 H1",
                "KGZ All goods 2022", "KGZ All goods 2022 H1", "KGZ All goods 2022 H2"), keys);

        Row h1 = row(trade, 6);
        Cell turnover = h1.getCell(7);
        assertEquals(63_500_000d, turnover.getNumericCellValue());
        assertEquals("\"~\"#,##0.0,,;\"~\"-#,##0.0,,", turnover.getCellStyle().getDataFormatString());
        assertEquals("[x]", h1.getCell(5).getStringCellValue());
        assertEquals("Approximate [u]: turnover [note 9].", h1.getCell(11).getStringCellValue());

        Row h2 = row(trade, 7);
        assertEquals(306_500_000d, h2.getCell(7).getNumericCellValue());
        assertEquals("Derived [e]: turnover [note 8]. Approximate [u]: turnover [note 9].", h2.getCell(11).getStringCellValue());

        Row kaz = row(trade, 2);
        assertEquals(700_000_000d, kaz.getCell(5).getNumericCellValue());
        assertEquals("#,##0.0,,", kaz.getCell(5).getCellStyle().getDataFormatString());
        assertEquals(4_800_000_000d, kaz.getCell(7).getNumericCellValue());
        assertEquals(-3_400_000_000d, kaz.getCell(8).getNumericCellValue());
        assertEquals(0.170732, kaz.getCell(9).getNumericCellValue(), 1e-9);
        assertEquals("0.00", kaz.getCell(9).getCellStyle().getDataFormatString());
        assertEquals(SheetBuilder.NO_NOTE, kaz.getCell(11).getStringCellValue());

        Row hs27 = row(trade, 3);
        assertEquals("\"\u2265\"#,##0.0,,;\"\u2265\"-#,##0.0,,", hs27.getCell(5).getCellStyle().getDataFormatString());
        assertEquals("[x]", hs27.getCell(9).getStringCellValue());
    }

    @Test
    void comparisonsShowSignedPercentagesWithColourAsWell() {
        XSSFSheet cmp = wb.getSheet("Comparisons");
        Map<String, Row> byKey = new HashMap<>();
        for (int r = 1; r <= 6; r++) {
            List<String> t = rowText(row(cmp, r));
            byKey.put(t.get(0) + " " + t.get(3) + " " + t.get(4) + " " + t.get(5), row(cmp, r));
        }
        Row lng = byKey.get("KGZ Turnover 2022 H1 Long run");
        assertEquals("2017 H1", lng.getCell(6).getStringCellValue());
        assertEquals(63_500_000d, lng.getCell(7).getNumericCellValue());
        assertEquals(57_000_000d, lng.getCell(8).getNumericCellValue());
        assertEquals(6_500_000d, lng.getCell(9).getNumericCellValue());
        assertEquals(0.11403509, lng.getCell(10).getNumericCellValue(), 1e-12);
        assertEquals(0.021826, lng.getCell(11).getNumericCellValue(), 1e-12);
        assertEquals(Styles.PERCENT_SIGNED, lng.getCell(10).getCellStyle().getDataFormatString());
        assertEquals(Styles.MILLIONS_SIGNED, lng.getCell(9).getCellStyle().getDataFormatString());
        assertEquals("Approximate [u] [note 9].", lng.getCell(12).getStringCellValue());

        Row seq = byKey.get("KGZ Turnover 2022 H2 Previous period");
        assertEquals(3.82677165, seq.getCell(10).getNumericCellValue(), 1e-12);
        assertEquals("[z]", seq.getCell(11).getStringCellValue());

        // A deficit that widened from 2,800.0 to 3,400.0 (US$ million): the change and words, no percentage.
        Row deficit = byKey.get("KAZ Balance 2022 Year on year");
        assertEquals(-600_000_000d, deficit.getCell(9).getNumericCellValue());
        assertEquals("[z]", deficit.getCell(10).getStringCellValue());
        assertEquals("The deficit widened by US$ 600.0 million since 2021.", deficit.getCell(12).getStringCellValue());

        DataFormatter f = new DataFormatter();
        assertEquals("+11.4%", f.formatCellValue(lng.getCell(10)));
        assertEquals("+382.7%", f.formatCellValue(seq.getCell(10)));
        assertEquals("-600.0", f.formatCellValue(deficit.getCell(9)));

        var cf = cmp.getSheetConditionalFormatting();
        assertEquals(3, cf.getNumConditionalFormattings());
        for (int i = 0; i < 3; i++) {
            assertEquals(2, cf.getConditionalFormattingAt(i).getNumberOfRules());
        }
    }

    @Test
    void summaryShowsEachPairAndTheHeadlineFindings() {
        XSSFSheet sum = wb.getSheet("Key figures");
        assertEquals("Key figures: the second half of 2022", sum.getRow(0).getCell(0).getStringCellValue());
        int header = tableNamed(sum, "tblKeyFigures").getStartRowIndex();
        // the focus is a half-year: the change on the previous half-year has its columns (10 and 11); no row has a
        // long-run comparison, so no column stands empty for it
        assertEquals(List.of("Turnover change on the previous half-year (US$ million)",
                "Turnover change on the previous half-year (%)", "Notes"),
                rowText(sum.getRow(header)).subList(10, 13));
        List<String> kaz = rowText(sum.getRow(header + 1));
        assertEquals(List.of("KAZ", "KOR", "2022"), kaz.subList(0, 3));
        assertEquals(4_800_000_000d, sum.getRow(header + 1).getCell(3).getNumericCellValue());
        assertEquals(0.2, sum.getRow(header + 1).getCell(9).getNumericCellValue(), 1e-12);
        assertEquals(List.of("[x]", "[x]"), kaz.subList(10, 12));
        assertEquals("There are no figures for the second half of 2022, so the latest period up to then is shown.",
                kaz.get(12));
        List<String> kgz = rowText(sum.getRow(header + 2));
        assertEquals(List.of("KGZ", "KOR", "2022 H2"), kgz.subList(0, 3));
        assertEquals(306_500_000d, sum.getRow(header + 2).getCell(3).getNumericCellValue());
        assertEquals("[x]", kgz.get(4));
        // 2022 H2 (derived, 306.5) on 2022 H1 (63.5): +243.0 million, +382.7%
        assertEquals(243_000_000d, sum.getRow(header + 2).getCell(10).getNumericCellValue(), 1e-3);
        assertEquals(3.826772, sum.getRow(header + 2).getCell(11).getNumericCellValue(), 1e-6);
        assertTrue(kgz.get(12).startsWith("Derived [e]: turnover [note 8]. Approximate [u]: turnover [note 9]."), kgz.get(12));

        XSSFSheet summary = wb.getSheet("Summary");
        assertEquals("Summary: the second half of 2022", summary.getRow(0).getCell(0).getStringCellValue());
        assertTrue(summary.getTables().isEmpty(), "sentences only: a wide table made them unreadable in print");
        int findingsHeading = 0;
        while (summary.getRow(findingsHeading) == null
                || !"Headline findings".equals(summary.getRow(findingsHeading).getCell(0).getStringCellValue())) {
            findingsHeading++;
        }
        List<String> findings = new ArrayList<>();
        for (int r = findingsHeading + 1; r < summary.getLastRowNum() - 1; r++) {
            findings.add(summary.getRow(r).getCell(0).getStringCellValue());
        }
        assertTrue(summary.getRow(findingsHeading + 1).getCell(0).getCellStyle().getWrapText());
        assertEquals("'Key figures'!A1", summary.getRow(summary.getLastRowNum()).getCell(0).getHyperlink()
                .getAddress());
        assertEquals(SampleReport.findings(SampleReport.data()), findings);
        assertTrue(findings.contains("Trade turnover between Kyrgyzstan and South Korea was about US$ 63.5 million in "
                + "the first half of 2022, "
                + "11.4% more than in the first half of 2017 (2.2% a year)."));
        assertTrue(findings.contains("The derived trade turnover between Kyrgyzstan and South Korea in the second half "
                + "of 2022, about US$ 306.5 "
                + "million, was 382.7% more than in the first half of 2022."));
        assertTrue(findings.contains("Imports from South Korea made up 85.4% of the turnover between Kazakhstan and "
                + "South Korea in 2022, a trade deficit of US$ 3.4 billion for Kazakhstan; the deficit widened by US$ "
                + "600.0 million since 2021."));
    }

    @Test
    void contentsLinksToEverySheet() {
        XSSFSheet contents = wb.getSheet("Contents");
        Set<String> linked = new HashSet<>();
        for (int r = 1; r <= wb.getNumberOfSheets() - 1; r++) {
            Cell cell = row(contents, r).getCell(0);
            Hyperlink link = cell.getHyperlink();
            assertNotNull(link, cell.getStringCellValue());
            assertEquals(HyperlinkType.DOCUMENT, link.getType());
            assertEquals("'" + cell.getStringCellValue() + "'!A1", link.getAddress());
            assertNotNull(wb.getSheet(cell.getStringCellValue()));
            linked.add(cell.getStringCellValue());
        }
        Set<String> others = new HashSet<>();
        wb.forEach(sheet -> others.add(sheet.getSheetName()));
        others.remove("Contents");
        assertEquals(others, linked);
    }

    @Test
    void aHeaderStandsAlignedWithItsColumn() {
        XSSFSheet sum = wb.getSheet("Key figures");
        Row header = sum.getRow(tableNamed(sum, "tblKeyFigures").getStartRowIndex());
        // numbers (and [x]) are right-aligned, and so is their header; words are left-aligned under theirs
        assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT, header.getCell(3).getCellStyle()
                .getAlignment(), header.getCell(3).getStringCellValue());
        assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.GENERAL, header.getCell(1).getCellStyle()
                .getAlignment(), header.getCell(1).getStringCellValue());
    }

    @Test
    void noTableTextIsCutByItsColumn() {
        int checked = 0;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            for (XSSFTable t : sheet.getTables()) {
                for (int r = t.getStartRowIndex(); r <= t.getEndRowIndex(); r++) {
                    for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
                        Cell cell = sheet.getRow(r).getCell(c);
                        if (cell == null || cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        // a wrapped cell breaks between words, never inside one
                        int needed = cell.getCellStyle().getWrapText()
                                ? java.util.Arrays.stream(text.split(" ")).mapToInt(String::length).max().orElse(0)
                                : text.length();
                        int width = sheet.getColumnWidth(c) / 256;
                        assertTrue(width >= Math.min(needed, 38), sheet.getSheetName() + " " + cell.getAddress()
                                + ": '" + text + "' in a column " + width + " characters wide");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void aChartTallerThanAPrintedPageIsShownSmallerToFitOne() {
        // the exports-imports-balance chart of four pairs: 900 x 1,390 pixels at display size
        ChartImage tall = new ChartImage("exports-imports-balance", "Exports, imports and balance", "alt", null, null,
                900, 1390);
        // 1,000 / 1,390 of both sides: 647 x 1,000
        assertEquals(List.of(647, 1000), java.util.Arrays.stream(ChartsSheet.shownSize(tall)).boxed().toList());
        ChartImage usual = new ChartImage("turnover", "Turnover", "alt", null, null, 900, 500);
        assertEquals(List.of(900, 500), java.util.Arrays.stream(ChartsSheet.shownSize(usual)).boxed().toList());
    }

    @Test
    void chartsAreEmbeddedAtDisplaySizeWithAltText() {
        XSSFSheet charts = wb.getSheet("Charts");
        XSSFDrawing drawing = charts.getDrawingPatriarch();
        assertNotNull(drawing);
        List<XSSFPicture> pictures = new ArrayList<>();
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape instanceof XSSFPicture p) {
                pictures.add(p);
            }
        }
        assertEquals(2, pictures.size());
        assertEquals(TURNOVER_ALT, pictures.get(0).getCTPicture().getNvPicPr().getCNvPr().getDescr());
        assertEquals(2, drawing.getCTDrawing().sizeOfOneCellAnchorArray());
        CTOneCellAnchor first = drawing.getCTDrawing().getOneCellAnchorArray(0);
        assertEquals(400L * 9525, first.getExt().getCx());
        assertEquals(250L * 9525, first.getExt().getCy());
        assertEquals(2, wb.getAllPictures().size());

        // The table lists the charts and links each title to the row above its picture.
        assertEquals(List.of("Chart", "Title (link to the picture)", "PNG file", "SVG file",
                "Description (alt text)"), rowText(row(charts, 0)));
        Cell title = row(charts, 1).getCell(1);
        assertEquals("Trade turnover per pair", title.getStringCellValue());
        int titleRow = first.getFrom().getRow() - 1;
        assertEquals("'Charts'!A" + (titleRow + 1), title.getHyperlink().getAddress());
        assertEquals("Trade turnover per pair", charts.getRow(titleRow).getCell(0).getStringCellValue());
        assertEquals("turnover.png", row(charts, 1).getCell(2).getStringCellValue());
        assertTrue(sheetText("Charts").contains(NOT_DRAWN));
        // Each chart starts a printed page of its own.
        CTOneCellAnchor second = drawing.getCTDrawing().getOneCellAnchorArray(1);
        assertEquals(List.of(first.getFrom().getRow() - 2, second.getFrom().getRow() - 2),
                java.util.Arrays.stream(charts.getRowBreaks()).boxed().toList());
    }

    @Test
    void dataQualityWritesSentencesInsteadOfEmptyTables() throws IOException {
        XSSFWorkbook clean = write(SampleReport.data(List.of(), List.of(), List.of()));
        XSSFSheet quality = clean.getSheet("Data quality");
        assertEquals(1, quality.getTables().size());
        String text = sheetText(clean, "Data quality");
        assertTrue(text.contains("No lines were rejected."));
        assertTrue(text.contains("No figure was given twice with different values."));
        assertTrue(text.contains("All consistency checks passed: no warnings."));
    }

    @Test
    void documentPropertiesComeFromTheRun() {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        assertEquals("Tradestat: trade and engagement statistics, as of 2023-12-31", core.getTitle());
        assertEquals("Tradestat", core.getCreator());
        assertTrue(core.getSubject().contains("2022 H2"));
        assertTrue(core.getKeywords().contains("turnover"));
        assertTrue(core.getDescription().contains("Produced by Tradestat (automated)"));
        assertEquals(Instant.parse("2023-12-31T00:00:00Z"), core.getCreated().toInstant());
        assertEquals(Instant.parse("2023-12-31T00:00:00Z"), core.getModified().toInstant());
    }

    @Test
    void theCoverNamesTheContactTheOperatorGave() throws IOException {
        assertTrue(sheetText("Cover").contains("Produced by Tradestat (automated); no contact was named for this run."));
        ReportData sample = SampleReport.data();
        ReportData.RunInfo run = sample.run();
        ReportData named = new ReportData(new ReportData.RunInfo(run.job(), run.runId(), run.runDate(),
                run.focusPeriod(), run.parameters(), " Trade statistics unit, trade.stats@example.org "),
                sample.inputs(), sample.indicators(), sample.rejects(), sample.conflicts(), sample.warnings(),
                sample.sources(), sample.remarks(), sample.rejectCounts(), sample.published());
        XSSFWorkbook read = write(named);
        String cover = sheetText(read, "Cover");
        assertTrue(cover.contains("Contact\nTrade statistics unit, trade.stats@example.org\n"), cover);
        assertFalse(cover.contains("no contact was named"));
        assertTrue(read.getProperties().getCoreProperties().getDescription()
                .startsWith("Produced by Tradestat (automated) for Trade statistics unit, trade.stats@example.org:"));
    }

    @Test
    void coverIsActiveWithA1SelectedAndSaysWhatTheWorkbookIs() {
        assertEquals(0, wb.getActiveSheetIndex());
        XSSFSheet cover = wb.getSheetAt(0);
        assertTrue(cover.isSelected());
        for (int i = 1; i < wb.getNumberOfSheets(); i++) {
            assertFalse(wb.getSheetAt(i).isSelected(), wb.getSheetAt(i).getSheetName());
        }
        assertEquals(new CellAddress("A1"), cover.getActiveCell());
        assertEquals("Tradestat: trade and engagement statistics", cover.getRow(0).getCell(0).getStringCellValue());
        String text = sheetText("Cover");
        assertTrue(text.contains("31 December 2023"));
        assertTrue(text.contains("2022 H2"));
        assertTrue(text.contains(SampleReport.KGZ_SOURCE));
        assertTrue(text.contains("run id 7"));
        assertTrue(text.contains("Produced by Tradestat (automated)"));
        for (Row row : cover) {
            assertTrue(row.getLastCellNum() <= 1, "cover uses one column");
        }
    }

    @Test
    void printSetupIsLandscapeFitToWidthWithRepeatingHeader() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
            assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
            assertEquals(0, s.getPrintSetup().getFitHeight(), s.getSheetName());
            assertTrue(s.getFitToPage(), s.getSheetName());
            assertEquals(new CellAddress("A1"), s.getActiveCell(), s.getSheetName());
        }
        // Every sheet with a table keeps its title and header row in view and repeats the header on every printed
        // page; the Cover and the Summary have no table, and the Charts sheet's pictures would print under a
        // repeated header row.
        assertNull(wb.getSheet("Summary").getRepeatingRows());
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            if (s.getTables().isEmpty() || List.of("Summary", "Charts").contains(s.getSheetName())) {
                continue;
            }
            int header = s.getTables().get(0).getStartRowIndex() + 1;
            assertEquals(header + ":" + header, s.getRepeatingRows().formatAsString().replace("$", ""),
                    s.getSheetName());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals(header, s.getPaneInformation().getHorizontalSplitPosition());
            assertFalse(s.getIgnoredErrors().isEmpty(), "periods and HS codes are text on purpose");
        }
    }

    @Test
    void everyNoteMarkerPointsToANote() {
        Set<Integer> notes = new HashSet<>();
        XSSFSheet sheet = wb.getSheet("Notes");
        for (int r = 1; r <= sheet.getTables().get(0).getDataRowCount(); r++) {
            notes.add(Integer.parseInt(row(sheet, r).getCell(0).getStringCellValue().replace("note ", "")));
        }
        Pattern marker = Pattern.compile("\\[note (\\d+)]");
        int seen = 0;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    Matcher m = marker.matcher(cell.getStringCellValue());
                    while (m.find()) {
                        seen++;
                        assertTrue(notes.contains(Integer.parseInt(m.group(1))), m.group());
                    }
                }
            }
        }
        assertTrue(seen > 10);
        String text = sheetText("Notes");
        // the run's parameters (local folders among them) are in run.json, not in the published notes
        assertTrue(text.contains("as-of date 2023-12-31"));
        assertFalse(text.contains("runDate = "), text);
        assertTrue(text.contains(SampleReport.KGZ_SOURCE + " (trade: 2 figures)"));
    }

    @Test
    void sameInputSameBytes() throws IOException {
        Path first = dir.resolve("same-1.xlsx");
        Path second = dir.resolve("same-2.xlsx");
        List<ChartImage> charts = List.of(
                SampleReport.chart(dir, "turnover", "Trade turnover per pair", TURNOVER_ALT, 400, 250));
        writeWorkbook(new WorkbookWriter(), SampleReport.data(), new Charts(charts, List.of(NOT_DRAWN)), first);
        // A second write a moment later, as a second run of the same input and run date would.
        writeWorkbook(new WorkbookWriter(), SampleReport.data(), new Charts(charts, List.of(NOT_DRAWN)), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        // Every zip entry carries the run date, the content types come first, and nothing else is left behind.
        try (ZipFile zip = new ZipFile(first.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().forEach(e -> {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2023, 12, 31, 0, 0), e.getTimeLocal(), e.getName());
            });
            assertEquals("[Content_Types].xml", names.get(0));
            List<String> rest = new ArrayList<>(names.subList(1, names.size()));
            List<String> sorted = new ArrayList<>(rest);
            sorted.sort(null);
            assertEquals(sorted, rest);
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".poi-")));
        }
    }

    @Test
    void longDataQualityTablesAreCutWithASentenceSayingSo() throws IOException {
        ReportData sample = SampleReport.data();
        List<ConflictLine> conflicts = new ArrayList<>();
        List<org.tradestat.analysis.QualityWarning> warnings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            conflicts.add(new ConflictLine("trade", "KGZ,KOR," + (2000 + i) + ",turnover,TOTAL", "1",
                    "a.csv", i + 2, "2", "b.csv", i + 2));
            warnings.add(new org.tradestat.analysis.QualityWarning("jump", "warning " + i));
        }
        ReportData many = new ReportData(sample.run(), sample.inputs(), sample.indicators(), sample.rejects(),
                conflicts, warnings, sample.sources(), sample.remarks(), sample.rejectCounts(), List.of());
        Path target = dir.resolve("cut.xlsx");
        writeWorkbook(new WorkbookWriter(20), many, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            for (String sheet : List.of("Conflicts", "Warnings")) {
                assertEquals(20, read.getSheet(sheet).getTables().get(0).getDataRowCount(), sheet);
            }
            String text = sheetText(read, "Conflicts");
            assertTrue(text.contains("The first 20 of 30 conflicting figures are listed; run.json counts them per "
                    + "file [note 33]."), text);
            assertTrue(sheetText(read, "Warnings").contains("The first 20 of 30 warnings are listed"));
        }
    }

    @Test
    void manyRejectedLinesAreCountedByFileAndReasonAndTheFirstListed() throws IOException {
        ReportData sample = SampleReport.data();
        List<RejectLine> rejects = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rejects.add(new RejectLine("a.csv", i + 2, "value_usd '-" + i + "' is negative", "raw " + i));
        }
        for (int i = 0; i < 7; i++) {
            rejects.add(new RejectLine("b.csv", i + 2, "malformed period '2019-H" + (3 + i) + "'", "r"));
        }
        ReportData many = new ReportData(sample.run(), sample.inputs(), sample.indicators(), rejects,
                sample.conflicts(), sample.warnings(), sample.sources(), sample.remarks(),
                RejectTally.of(rejects).counts(), List.of());
        Path target = dir.resolve("rejects.xlsx");
        writeWorkbook(new WorkbookWriter(), many, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertEquals(1_000, read.getSheet("Rejected lines").getTables().get(0).getDataRowCount());
            assertEquals(2, read.getSheet("Reject reasons").getTables().get(0).getDataRowCount());
            String rejected = sheetText(read, "Rejected lines");
            assertTrue(rejected.contains("1,507 lines were rejected."), rejected);
            assertTrue(rejected.contains("The first 1,000 are listed here; the Reject reasons sheet counts them all by "
                    + "file and reason, and rejects.csv next to this workbook holds them all."), rejected);
            String text = sheetText(read, "Reject reasons");
            assertTrue(text.contains("value_usd '…' is negative"), text);
            assertTrue(text.contains("malformed period '…'"), text);
        }

        // a few rejected lines: all listed, without counts
        XSSFWorkbook few = write(sample);
        assertNull(few.getSheet("Reject reasons"));
    }

    @Test
    void sameInputSameContent() throws IOException {
        XSSFWorkbook again = write(SampleReport.data());
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            assertEquals(sheetText(wb, wb.getSheetAt(i).getSheetName()),
                    sheetText(again, again.getSheetAt(i).getSheetName()));
        }
        assertEquals(wb.getProperties().getCoreProperties().getModified(),
                again.getProperties().getCoreProperties().getModified());
    }

    @Test
    void figuresThatAllCameAfterTheAsOfDateAreNotCalledMissing() throws IOException {
        ReportData full = SampleReport.data();
        List<InputSummary> inputs = List.of(new InputSummary("events.csv", "events", "ef56",
                "UTF-8", 3, 3, 0, 0, 0, List.of()), new InputSummary("investment.csv", "investment",
                "ab78", "UTF-8", 1, 1, 0, 0, 0, List.of()));
        ReportData lateEvents = new ReportData(full.run(), inputs, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), SampleReport.NO_REJECTS, List.of());
        Path target = dir.resolve("late-events.xlsx");
        writeWorkbook(new WorkbookWriter(), lateEvents, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            String engagement = sheetText(read, "Engagement");
            assertTrue(engagement.contains("The input holds engagement events, but none in a year that had ended by "
                    + "the as-of date, so there are no counts per year"), engagement);
            assertFalse(engagement.contains("holds no engagement events"), engagement);
            assertTrue(sheetText(read, "Investment").contains("The input holds investment figures, but none for a "
                    + "period that had ended by the as-of date"));
            assertTrue(sheetText(read, "Companies").contains("No company counts in the input for this run."));
        }
    }

    @Test
    void writesAWorkbookWithoutAnyFigures() throws IOException {
        ReportData full = SampleReport.data();
        ReportData empty = new ReportData(full.run(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), SampleReport.NO_REJECTS, List.of());
        Path target = dir.resolve("empty.xlsx");
        writeWorkbook(new WorkbookWriter(), empty, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            assertEquals(15, read.getNumberOfSheets(), "no sheet of a further table that has no rows");
            assertTrue(sheetText(read, "Investment").contains("No investment figures in the input for this run."));
            assertTrue(sheetText(read, "Companies").contains("No company counts in the input for this run."));
            assertTrue(sheetText(read, "Engagement").contains("The input holds no engagement events."));
            assertTrue(sheetText(read, "Statistics").contains("No statistics: no yearly series"));
            assertTrue(sheetText(read, "Shares").contains("No shares within a group could be computed"));
            for (String name : List.of("Shares", "Investment", "Companies", "Engagement",
                    "Statistics")) {
                assertTrue(read.getSheet(name).getTables().isEmpty(), name);
                assertFalse(sheetText(read, name).isBlank(), name + " says why it is empty");
            }
            assertTrue(sheetText(read, "Trade").contains("No trade figures were loaded for this run."));
            assertTrue(sheetText(read, "Charts").contains("No charts were drawn for this run."));
            assertTrue(sheetText(read, "Summary").contains("No trade figures were loaded for this run, so there "
                    + "are no findings to report."));
            assertNull(read.getSheet("Trade").getDrawingPatriarch());
        }
    }

    @Test
    void aChartWhosePictureCannotBeReadIsListedAsNotDrawn() throws IOException {
        ChartImage ok = SampleReport.chart(dir, "ok", "A chart", "A picture of a chart.", 200, 100);
        ChartImage missing = new ChartImage("gone", "A missing chart", "Nothing.", dir.resolve("gone.png"),
                dir.resolve("gone.svg"), 200, 100);
        Path target = dir.resolve("missing-chart.xlsx");
        writeWorkbook(new WorkbookWriter(), SampleReport.data(), new Charts(List.of(ok, missing), List.of()), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            XSSFSheet charts = read.getSheet("Charts");
            assertEquals("A3:E4", charts.getTables().get(0).getArea().formatAsString());
            assertTrue(sheetText(read, "Charts").contains("A missing chart: the picture gone.png could not be read"));
            assertEquals(1, read.getAllPictures().size());
        }
    }

    @Test
    void thousandsOfRowsStreamIntoOneTable() throws IOException {
        List<Indicator> ind = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            String partner = "Q" + (char) ('A' + p / 26) + (char) ('A' + p % 26);
            Period month = Period.month(2015, 1);
            for (int m = 0; m < 80; m++, month = month.next()) {
                ind.add(SampleReport.level("KOR", partner, "turnover", "TOTAL", month.toString(),
                        Long.toString(1_000_000L * (p + 1) + m), Set.of()));
            }
        }
        ReportData sample = SampleReport.data();
        ReportData big = new ReportData(sample.run(), sample.inputs(), ind, List.of(), List.of(), List.of(),
                sample.sources(), List.of(), SampleReport.NO_REJECTS, List.of());
        Path target = dir.resolve("big.xlsx");
        writeWorkbook(new WorkbookWriter(), big, new Charts(List.of(), List.of()), target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook read = new XSSFWorkbook(in)) {
            XSSFSheet trade = read.getSheet("Trade");
            assertEquals("A3:L3203", trade.getTables().get(0).getArea().formatAsString());
            Row last = row(trade, 3200);
            assertEquals(List.of("KOR", "QBN", "All goods", "2021-08", "Month"), rowText(last).subList(0, 5));
            assertEquals(40_000_079d, last.getCell(7).getNumericCellValue());
            assertEquals(40, read.getSheet("Key figures").getTables().get(0).getDataRowCount());
            // Findings keep to the pairs with the largest figures.
            assertTrue(sheetText(read, "Summary").contains("the Key figures sheet lists all 40 pairs"));
        }
    }

    private String sheetText(String sheet) {
        return sheetText(wb, sheet);
    }

    private static String sheetText(XSSFWorkbook book, String sheet) {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter();
        for (Row row : book.getSheet(sheet)) {
            for (Cell cell : row) {
                b.append(f.formatCellValue(cell)).append('\n');
            }
        }
        return b.toString();
    }

    /** Row n of the sheet's table: 0 its header, 1 its first data row. */
    private static Row row(XSSFSheet sheet, int n) {
        assertEquals(1, sheet.getTables().size(), sheet.getSheetName());
        return sheet.getRow(sheet.getTables().get(0).getStartRowIndex() + n);
    }

    private static List<String> rowText(Row row) {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        for (Cell cell : row) {
            out.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : f.formatCellValue(cell));
        }
        return out;
    }

    private static XSSFTable tableNamed(XSSFSheet sheet, String name) {
        return sheet.getTables().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " on " + sheet.getSheetName()));
    }
}
