package org.tradestat.report.workbook;

import java.util.function.Consumer;

/**
 * One sheet of the workbook. {@link WorkbookWriter} writes the sheets in order, each on a {@link SheetBuilder} of its
 * own: the title in A1 (the spreadsheet guidance), what the sheet shows under it unless that is empty, then the
 * content.
 *
 * @param name    the name on the sheet's tab, which links to the sheet use too
 * @param holds   what the sheet holds, in a sentence for the Contents sheet
 * @param about   what the sheet shows, under its title; empty where the content says it in its own words
 * @param content writes the rest of the sheet top to bottom; the writer selects A1 and ends the sheet afterwards
 */
record WorkbookSheet(String name, String holds, String title, String about, Consumer<SheetBuilder> content) {

    /** A sheet titled by its name, which says under the title what it holds. */
    static WorkbookSheet of(String name, String holds, Consumer<SheetBuilder> content) {
        return new WorkbookSheet(name, holds, name, holds, content);
    }

    void write(SheetBuilder s) {
        content.accept(s);
    }
}
