package org.tradestat.report.workbook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tradestat.report.workbook.WorkbookRules.Rule;

/**
 * A three-sheet workbook (Contents, Figures, Notes) made by hand with POI that keeps every rule of
 * {@link WorkbookRules}, or breaks the rules asked for, each in one place; written and read back, so the checker
 * sees what a file holds.
 */
final class TinyWorkbook {

    static final String FIGURES = "Figures";

    private TinyWorkbook() {
    }

    /** The sheet on which a broken rule shows. */
    static String sheetBroken(Rule rule) {
        return switch (rule) {
            case DOCUMENT_PROPERTIES, DOCUMENT_LANGUAGE -> WorkbookRules.WORKBOOK;
            case TITLE_IN_A1, LISTED_ON_CONTENTS, ONE_TABLE_PER_SHEET, ONE_HEADER_ROW, NO_BLANK_CELLS_IN_TABLE,
                 NO_TEXT_IN_NUMERIC_COLUMN, NOTES_DEFINED, NO_MERGED_CELLS, ALT_TEXT -> FIGURES;
        };
    }

    static XSSFWorkbook write(Set<Rule> broken) throws IOException {
        return readBack(build(broken, false));
    }

    /** Keeps every rule but one: the Figures table starts in A1, with no title above it. */
    static XSSFWorkbook writeWithTableInA1() throws IOException {
        return readBack(build(Set.of(), true));
    }

    private static XSSFWorkbook build(Set<Rule> broken, boolean tableInA1) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet contents = wb.createSheet(WorkbookRules.CONTENTS);
        XSSFSheet figures = wb.createSheet(FIGURES);
        XSSFSheet notes = wb.createSheet(WorkbookRules.NOTES);

        text(contents, 0, "Contents");
        table(contents, 2, List.of(List.of("Sheet", "What it holds"), List.of(FIGURES, "Exports by partner"),
                List.of(WorkbookRules.NOTES, "Notes")), "tblContents");
        link(contents, 3, FIGURES, !broken.contains(Rule.LISTED_ON_CONTENTS));
        link(contents, 4, WorkbookRules.NOTES, true);

        int top = tableInA1 ? 0 : 2;
        if (!tableInA1 && !broken.contains(Rule.TITLE_IN_A1)) {
            text(figures, 0, "Exports of Korea by partner, 2024");
        }
        if (broken.contains(Rule.NO_MERGED_CELLS)) {
            figures.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        }
        String note = broken.contains(Rule.NOTES_DEFINED) ? "[note 2]" : "[note 1]";
        Object second = broken.contains(Rule.NO_TEXT_IN_NUMERIC_COLUMN) ? "insufficient data" : 80.1;
        String partner = broken.contains(Rule.NO_BLANK_CELLS_IN_TABLE) ? null : "USA";
        XSSFTable exports = table(figures, top, List.of(
                List.of("Partner", "Year", "Exports (US$ million) " + note),
                List.of("CHN", "2024", 100.5),
                java.util.Arrays.asList(partner, "2024", second),
                // the guidance's shorthand for "not available" may stand in a column of numbers
                List.of("KAZ", "2024", "[x]"),
                List.of("JPN", "2024", 55.0)), "tblExports");
        if (broken.contains(Rule.ONE_HEADER_ROW)) {
            exports.getCTTable().setHeaderRowCount(2);
        }
        if (broken.contains(Rule.ONE_TABLE_PER_SHEET)) {
            table(figures, top + 7, List.of(List.of("Partner", "Imports (US$ million)"), List.of("CHN", 90.2)),
                    "tblImports");
        }
        XSSFDrawing drawing = figures.createDrawingPatriarch();
        XSSFPicture picture = drawing.createPicture(new XSSFClientAnchor(0, 0, 0, 0, 5, 0, 9, 10),
                wb.addPicture(png(), Workbook.PICTURE_TYPE_PNG));
        XSSFChart chart = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 5, 11, 9, 21));
        // broken: the picture keeps the placeholder "Picture" POI gives it, the chart has no description at all
        if (!broken.contains(Rule.ALT_TEXT)) {
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr("Bar chart of exports by partner.");
            chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
                    .setDescr("Line chart of exports over time.");
        }

        text(notes, 0, "Notes");
        table(notes, 2, List.of(List.of("Note number", "Note text"), List.of("[note 1]", "Values at current prices.")),
                "tblNotes");

        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        if (!broken.contains(Rule.DOCUMENT_PROPERTIES)) {
            core.setTitle("Exports of Korea");
        }
        core.setSubjectProperty("Trade statistics");
        core.setCreator("Tradestat tests");
        if (!broken.contains(Rule.DOCUMENT_LANGUAGE)) {
            core.getUnderlyingProperties().setLanguageProperty("en-GB");
        }
        return wb;
    }

    private static void text(XSSFSheet sheet, int row, String text) {
        sheet.createRow(row).createCell(0).setCellValue(text);
    }

    /** A table from its rows, the first one the header: null leaves a cell out, a Double is a number. */
    private static XSSFTable table(XSSFSheet sheet, int firstRow, List<List<?>> rows, String name) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                } else if (value != null) {
                    row.createCell(c).setCellValue((String) value);
                }
            }
        }
        String area = new AreaReference(new org.apache.poi.ss.util.CellReference(firstRow, 0),
                new org.apache.poi.ss.util.CellReference(firstRow + rows.size() - 1, rows.get(0).size() - 1),
                SpreadsheetVersion.EXCEL2007).formatAsString();
        XSSFTable table = sheet.createTable(new AreaReference(area, SpreadsheetVersion.EXCEL2007));
        table.setName(name);
        table.setDisplayName(name);
        return table;
    }

    private static void link(XSSFSheet contents, int row, String sheet, boolean withLink) {
        if (withLink) {
            XSSFHyperlink link = contents.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheet + "'!A1");
            contents.getRow(row).getCell(0).setHyperlink(link);
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static XSSFWorkbook readBack(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (wb) {
            wb.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
