package org.tradestat.report.workbook;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one sheet top to bottom: rows stream out as they are written, so a sheet can be as long as Excel allows
 * without holding it in memory. Tables become real Excel tables (named, styled, with filters) on the sheet
 * underneath the stream.
 */
final class SheetBuilder {

    static final String TABLE_STYLE = "TableStyleLight1";
    /**
     * What a Notes cell holds when a row has no note: an en dash rather than a word such as "None", which reads as a
     * statement about the figure, and rather than a blank, since the tables have no blank cells (note 1 says so).
     */
    static final String NO_NOTE = "\u2013";
    /** Rows the workbook writes at most in one table, leaving room for the header and a closing sentence. */
    static final int MAX_TABLE_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 10;

    /** Height of one line of 11-point text, in points, and the most Excel allows for a row. */
    static final float LINE_POINTS = 15f;
    static final float MAX_ROW_POINTS = 409f;

    final SXSSFSheet sheet;
    final Styles styles;
    private final SXSSFWorkbook workbook;
    private final java.util.Map<CellStyle, Float> fontPoints = new java.util.IdentityHashMap<>();
    private int[] widths = new int[0];
    private int nextRow;
    private int firstTableRow = -1;

    SheetBuilder(SXSSFWorkbook workbook, Styles styles, String name) {
        this.workbook = workbook;
        this.styles = styles;
        this.sheet = workbook.createSheet(name);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
    }

    /** The workbook the sheet is in, where pictures are added. */
    SXSSFWorkbook workbook() {
        return workbook;
    }

    int nextRow() {
        return nextRow;
    }

    /** Column widths in characters, from column A. */
    SheetBuilder widths(int... chars) {
        widths = chars.clone();
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
        return this;
    }

    private int width(int col) {
        return col < widths.length ? widths[col] : 9;
    }

    /** Makes a column at least this many characters wide, now, so that the rows written next are sized for it. */
    void ensureWidth(int col, int chars) {
        if (chars <= width(col)) {
            return;
        }
        if (col >= widths.length) {
            int[] grown = java.util.Arrays.copyOf(widths, col + 1);
            for (int k = widths.length; k < col; k++) {
                grown[k] = 9;
            }
            widths = grown;
        }
        widths[col] = chars;
        sheet.setColumnWidth(col, Math.min(255, chars) * 256);
    }

    /**
     * Keeps the title and the table's header row visible when scrolling, and repeats the header row on every printed
     * page.
     */
    SheetBuilder freezeHeader() {
        if (firstTableRow >= 0) {
            sheet.createFreezePane(0, firstTableRow + 1);
            sheet.setRepeatingRows(CellRangeAddress.valueOf((firstTableRow + 1) + ":" + (firstTableRow + 1)));
        }
        return this;
    }

    /** The title in A1, then what the sheet shows, in a line of its own when there is something to say. */
    void title(String title, String about) {
        line(title, styles.title);
        if (!about.isEmpty()) {
            line(about, styles.text);
        }
    }

    void skipRow() {
        nextRow++;
    }

    /** A row of its own, for the caller to fill. */
    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** A one-cell row of text in column A. */
    Cell line(String text, CellStyle style) {
        Row row = newRow();
        return setText(row.createCell(0), text, style);
    }

    /** The widest text each column's table cells need to show without being cut, in characters. */
    private final java.util.Map<Integer, Integer> needed = new java.util.HashMap<>();
    /** Columns are not widened beyond this for one cell: longer texts belong in a wrapped Notes column. */
    private static final int MAX_FITTED_WIDTH = 40;

    /**
     * A table cell's text: as {@link #setText}, and its column made wide enough at the end of the sheet for text
     * that does not wrap (a date, a name, a code) and for the longest word of a header, which cannot wrap either.
     */
    Cell setTableText(Cell cell, String text, CellStyle style) {
        Cell set = setText(cell, text, style);
        String value = set.getStringCellValue();
        int chars = 0;
        if (style == styles.header || style.getWrapText()) {
            for (String word : value.split(" ")) {
                chars = Math.max(chars, word.length() + 2);
            }
        } else {
            chars = value.length() + 2;
        }
        needed.merge(cell.getColumnIndex(), Math.min(MAX_FITTED_WIDTH, chars), Math::max);
        return set;
    }

    /**
     * Text is always a string cell, never a formula, whatever it starts with. Wrapped text makes its row tall
     * enough for it: the row height is set, as neither Excel nor LibreOffice reliably fits rows on opening.
     */
    Cell setText(Cell cell, String text, CellStyle style) {
        String value = CellTexts.cell(text);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        float linePoints = Math.max(LINE_POINTS, fontPoints(style) * 1.4f); // a title's line is taller
        int lines = style.getWrapText()
                ? CellTexts.wrappedLines(value, width(cell.getColumnIndex()), style == styles.header) : 1;
        if (lines > 1 || linePoints > LINE_POINTS) {
            Row row = cell.getRow();
            float height = Math.min(MAX_ROW_POINTS, lines * linePoints);
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }
        return cell;
    }

    /** Remembered per style: setText runs for every cell, and POI reads the size from the style's XML each time. */
    private float fontPoints(CellStyle style) {
        return fontPoints.computeIfAbsent(style, s -> (float) workbook.getFontAt(s.getFontIndex()).getFontHeightInPoints());
    }

    /**
     * Sentences under a table, in column A without wrapping, so they read across the columns. Text longer than the
     * table is wide goes on as many rows as it needs, so that it neither runs off the printed page nor needs merged
     * cells; it is broken only between sentences, as a sentence split over two cells no longer reads as one (a
     * filter, a screen reader or a copied cell gets half of it). A single sentence wider than the table stays whole
     * in its cell.
     */
    void paragraph(String text, CellStyle style) {
        int chars = 0;
        for (int i = 0; i < widths.length; i++) {
            chars += widths[i];
        }
        int capacity = Math.max(60, (int) (chars * 1.05));
        StringBuilder row = new StringBuilder();
        for (String sentence : CellTexts.sentences(CellTexts.cell(text))) {
            if (!row.isEmpty() && row.length() + 1 + sentence.length() > capacity) {
                line(row.toString(), style);
                row.setLength(0);
            }
            row.append(row.isEmpty() ? "" : " ").append(sentence);
        }
        if (!row.isEmpty()) {
            line(row.toString(), style);
        }
    }

    /** A one-cell row with a link to a place in the workbook, such as {@code 'Data quality'!A1}. */
    Cell linkLine(String text, String address) {
        Cell cell = line(text, styles.link);
        link(cell, address);
        return cell;
    }

    void link(Cell cell, String address) {
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(address);
        cell.setHyperlink(link);
    }

    static String address(String sheetName, int row, int col) {
        return "'" + sheetName.replace("'", "''") + "'!" + new CellReference(row, col).formatAsString(false);
    }

    /** Starts a table at the next row: writes its header row. */
    Table table(String tableName, List<String> headers) {
        return new Table(this, tableName, headers);
    }

    /** Called by a new table with its header row. */
    void tableStarted(int headerRow) {
        if (firstTableRow < 0) {
            firstTableRow = headerRow;
        }
    }

    /** Green text for a rise and red for a fall on numbers in the range; the number format shows the sign too. */
    void signColours(CellRangeAddress range) {
        signColours(List.of(range));
    }

    /**
     * The same for several ranges, as one rule: a sheet with thousands of separate rules (one per row) is slow to
     * write, since POI counts the existing rules for each new one. The formula is relative to the first range's
     * first cell, and Excel shifts it for every cell of every range.
     */
    void signColours(List<CellRangeAddress> ranges) {
        if (ranges.isEmpty()) {
            return;
        }
        CellRangeAddress range = ranges.get(0);
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        String first = new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString(false);
        ConditionalFormattingRule rise = cf.createConditionalFormattingRule(
                "AND(ISNUMBER(" + first + ")," + first + ">0)");
        colour(rise.createFontFormatting(), Styles.RISE_COLOUR);
        ConditionalFormattingRule fall = cf.createConditionalFormattingRule(
                "AND(ISNUMBER(" + first + ")," + first + "<0)");
        colour(fall.createFontFormatting(), Styles.FALL_COLOUR);
        cf.addConditionalFormatting(ranges.toArray(new CellRangeAddress[0]), rise, fall);
    }

    private static void colour(FontFormatting font, byte[] rgb) {
        ((XSSFFontFormatting) font).setFontColor(new XSSFColor(rgb, null));
    }

    /** The sheet under the stream, where tables, drawings and links live. */
    XSSFSheet xssfSheet() {
        return workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /**
     * Ends the sheet: periods such as 2022 and HS codes such as 0101 are text on purpose, so Excel is told not to
     * flag them as numbers stored as text.
     */
    void done() {
        needed.forEach((col, chars) -> {
            if (chars > width(col)) {
                sheet.setColumnWidth(col, chars * 256);
            }
        });
        if (nextRow > 0) {
            xssfSheet().addIgnoredErrors(new CellRangeAddress(0, nextRow - 1, 0, Math.max(0, widths.length - 1)),
                    IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
    }

    void selectA1() {
        sheet.setActiveCell(new CellAddress(0, 0));
    }
}
