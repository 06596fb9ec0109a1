package org.tradestat.report.workbook;

import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A table being written on a sheet ({@link SheetBuilder#table}): a header row, then data rows, closed by
 * {@link #finish()}, which makes them a real Excel table.
 */
final class Table {

    /** The width of a Notes or Warnings column, in characters. */
    static final int NOTES_WIDTH = 44;

    private final SheetBuilder sheet;
    private final String tableName;
    private final List<String> headers;
    private final int firstRow;
    private int rows;
    /** Columns holding a number in some row, and columns holding words (not the [x] and [z] markers). */
    private final java.util.BitSet numbers = new java.util.BitSet();
    private final java.util.BitSet words = new java.util.BitSet();

    /** Starts the table at the sheet's next row: writes its header row. */
    Table(SheetBuilder sheet, String tableName, List<String> headers) {
        this.sheet = sheet;
        this.tableName = tableName;
        this.headers = headers;
        this.firstRow = sheet.nextRow();
        sheet.tableStarted(firstRow);
        Row row = sheet.newRow();
        for (int i = 0; i < headers.size(); i++) {
            // sized before any row is written, so that the header's and the rows' heights are those of the width:
            // a header's words do not break, and notes read as a few lines rather than a narrow column of words
            String header = headers.get(i);
            int longestWord = 0;
            for (String word : header.split(" ")) {
                longestWord = Math.max(longestWord, word.length());
            }
            // and a short header takes at most two lines (a third was cut off by the row height)
            sheet.ensureWidth(i, Math.max(longestWord + 2, Math.min(16, (header.length() + 1) / 2 + 2)));
            if (header.equals("Notes") || header.equals("Warnings")) {
                sheet.ensureWidth(i, NOTES_WIDTH);
            }
            sheet.setTableText(row.createCell(i), header, sheet.styles.header);
        }
    }

    void sawNumber(int col) {
        numbers.set(col);
    }

    void sawText(int col) {
        words.set(col);
    }

    boolean isFull() {
        return firstRow + rows + 1 >= SheetBuilder.MAX_TABLE_ROWS;
    }

    RowWriter row() {
        rows++;
        return new RowWriter(sheet, sheet.newRow(), this);
    }

    /** A row for each item, as many as fit on the sheet and at most {@code max}; returns how many were written. */
    <T> int rows(List<T> items, int max, BiConsumer<RowWriter, T> writer) {
        int written = 0;
        for (T item : items) {
            if (isFull() || written >= max) {
                break;
            }
            writer.accept(row(), item);
            written++;
        }
        return written;
    }

    /**
     * Under a table that the sheet could not hold whole: how many of its rows it shows, and that indicators.csv holds
     * the rest.
     */
    void notAllFit(int written, int all, String what, String inCsv) {
        if (written < all) {
            sheet.skipRow();
            sheet.line("Only the first " + Texts.count(written) + " of " + Texts.count(all) + " " + what + " fit on "
                    + "this sheet; indicators.csv next to this workbook holds " + inCsv + " " + Notes.Def.LIMITS.marker()
                    + ".", sheet.styles.text);
        }
    }

    /** The range of one column's data cells. */
    CellRangeAddress column(int col) {
        return new CellRangeAddress(firstRow + 1, firstRow + Math.max(1, rows), col, col);
    }

    /** Makes the rows written so far an Excel table; a table needs at least one data row. */
    XSSFTable finish() {
        if (rows == 0) {
            throw new IllegalStateException("table " + tableName + " has no rows");
        }
        // the header of a column of numbers stands right-aligned over them, not over the next column's words (a
        // header row already written out of a long table keeps its alignment)
        Row header = sheet.sheet.getRow(firstRow);
        if (header != null) {
            for (int col = numbers.nextSetBit(0); col >= 0; col = numbers.nextSetBit(col + 1)) {
                if (!words.get(col) && header.getCell(col) != null) {
                    header.getCell(col).setCellStyle(sheet.styles.headerRight);
                }
            }
        }
        XSSFTable table = sheet.xssfSheet().createTable(null);
        CTTable ct = table.getCTTable();
        AreaReference area = new AreaReference(new CellReference(firstRow, 0),
                new CellReference(firstRow + rows, headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        String ref = area.formatAsString();
        ct.setRef(ref);
        ct.setName(tableName);
        ct.setDisplayName(tableName);
        ct.setHeaderRowCount(1);
        ct.setTotalsRowShown(false);
        (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(ref);
        CTTableColumns columns = ct.getTableColumns() != null ? ct.getTableColumns() : ct.addNewTableColumns();
        while (columns.sizeOfTableColumnArray() > 0) {
            columns.removeTableColumn(0);
        }
        for (int i = 0; i < headers.size(); i++) {
            CTTableColumn column = columns.addNewTableColumn();
            column.setId(i + 1);
            column.setName(CellTexts.cell(headers.get(i)));
        }
        columns.setCount(headers.size());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(SheetBuilder.TABLE_STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
        return table;
    }
}
