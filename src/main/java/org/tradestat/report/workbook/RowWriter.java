package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.tradestat.figure.Flag;

/** Fills one row of a {@link Table} left to right, a cell in the style its kind of figure or text has. */
final class RowWriter {

    private final SheetBuilder sheet;
    private final Styles styles;
    private final Row row;
    private final Table table;
    private int col;

    RowWriter(SheetBuilder sheet, Row row, Table table) {
        this.sheet = sheet;
        this.styles = sheet.styles;
        this.row = row;
        this.table = table;
    }

    Row poiRow() {
        return row;
    }

    Cell next() {
        return row.createCell(col++);
    }

    RowWriter text(String s) {
        table.sawText(col);
        sheet.setTableText(next(), s, styles.text);
        return this;
    }

    RowWriter wrap(String s) {
        table.sawText(col);
        sheet.setTableText(next(), s, styles.wrap);
        return this;
    }

    /** The notes of a row, wrapped; {@link SheetBuilder#NO_NOTE} when there are none. */
    RowWriter note(String s) {
        table.sawText(col);
        sheet.setTableText(next(), s == null || s.isBlank() ? SheetBuilder.NO_NOTE : s, styles.note);
        return this;
    }

    /** Text a character off the numbers right-aligned in the column before it (a Unit after a Value). */
    RowWriter indented(String s) {
        table.sawText(col);
        sheet.setTableText(next(), s, styles.note);
        return this;
    }

    /** Text aligned right, for figures given as text. */
    RowWriter textRight(String s) {
        sheet.setTableText(next(), s, styles.shorthand);
        return this;
    }

    /** Text, or [x] when there is none, aligned as the column's text (a right-aligned [x] would abut the next column). */
    RowWriter textOrX(String s) {
        return text(s == null || s.isBlank() ? "[x]" : s);
    }

    RowWriter link(String s, String address) {
        Cell cell = sheet.setTableText(next(), s, styles.link);
        sheet.link(cell, address);
        return this;
    }

    /** Not available. */
    RowWriter x() {
        sheet.setTableText(next(), "[x]", styles.shorthand);
        return this;
    }

    /** Not applicable. */
    RowWriter z() {
        sheet.setTableText(next(), "[z]", styles.shorthand);
        return this;
    }

    RowWriter number(double value, CellStyle style) {
        table.sawNumber(col);
        Cell cell = next();
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return this;
    }

    /** A money level with its qualifier symbol; [x] when missing. */
    RowWriter money(BigDecimal usd, Set<Flag> flags) {
        return usd == null ? x() : number(usd.doubleValue(), styles.money(flags));
    }

    RowWriter ratio(BigDecimal value, Set<Flag> flags) {
        return value == null ? x() : number(value.doubleValue(), styles.ratio(flags));
    }

    /** A change in US$ with its sign. */
    RowWriter moneyChange(BigDecimal usd) {
        return usd == null ? x() : number(usd.doubleValue(), styles.moneySigned);
    }

    /** A change given in percent (11.4), stored as a fraction (0.114) and shown with its sign. */
    RowWriter percentChange(BigDecimal pct) {
        return pct == null ? z() : number(pct.movePointLeft(2).doubleValue(), styles.percentSigned);
    }

    RowWriter count(long n) {
        return number(n, styles.count);
    }

    /** A count level with its qualifier symbol; [x] when missing. */
    RowWriter count(BigDecimal n, Set<Flag> flags) {
        return n == null ? x() : number(n.doubleValue(), styles.count(flags));
    }

    /** A change in a count, with its sign. */
    RowWriter countChange(BigDecimal n) {
        return n == null ? x() : number(n.doubleValue(), styles.countSigned);
    }

    /** A share given in percent (62.0), stored as a fraction and shown with its qualifier symbol. */
    RowWriter share(BigDecimal pct, Set<Flag> flags) {
        return pct == null ? x() : number(pct.movePointLeft(2).doubleValue(), styles.percent(flags));
    }

    /** A figure in the given style; [x] when missing. */
    RowWriter numberOrX(BigDecimal value, CellStyle style) {
        return value == null ? x() : number(value.doubleValue(), style);
    }

    /**
     * Where a figure would stand but too few data points exist: [x], not available, so that a number column holds
     * no words; the row's text says "insufficient data" and why.
     */
    RowWriter insufficient() {
        return x();
    }
}
