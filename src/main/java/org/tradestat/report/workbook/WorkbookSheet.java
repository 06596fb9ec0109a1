package org.tradestat.report.workbook;

/**
 * One sheet of the workbook: the name on its tab, what the Contents sheet says it holds, and its content.
 * {@link WorkbookWriter} writes the sheets in order, each on a {@link SheetBuilder} of its own; a sheet gets what it
 * is written from (the report data, the facts, the notes) through its constructor.
 */
interface WorkbookSheet {

    /** The name on the sheet's tab, which links to the sheet use too. */
    String name();

    /** What the sheet holds, in a sentence for the Contents sheet. */
    String holds();

    /** Writes the sheet's content top to bottom; the writer selects A1 and ends the sheet afterwards. */
    void write(SheetBuilder s);
}
