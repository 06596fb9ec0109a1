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

    /** The sheet's title, which the writer puts in A1 above the content (the spreadsheet guidance). */
    default String title() {
        return name();
    }

    /** What the sheet shows, under its title; empty where the content says it in its own words. */
    default String about() {
        return holds();
    }

    /**
     * Writes the sheet's content top to bottom, below its title and what it shows; the writer selects A1 and ends
     * the sheet afterwards.
     */
    void write(SheetBuilder s);

    /** A sheet of the given name and description whose content the body writes. */
    static WorkbookSheet of(String name, String holds, java.util.function.Consumer<SheetBuilder> body) {
        return new WorkbookSheet() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String holds() {
                return holds;
            }

            @Override
            public void write(SheetBuilder s) {
                body.accept(s);
            }
        };
    }
}
