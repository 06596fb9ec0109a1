package org.tradestat.report.workbook;

import java.util.List;

/** The Contents: every other sheet, in order, with a link to it and what it holds. */
final class ContentsSheet implements WorkbookSheet {

    static final String NAME = "Contents";

    private final List<WorkbookSheet> listed;

    /** Lists the given sheets, in their order. */
    ContentsSheet(List<WorkbookSheet> listed) {
        this.listed = List.copyOf(listed);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String holds() {
        return "This list of sheets, with a link to each.";
    }

    @Override
    public void write(SheetBuilder s) {
        s.widths(26, 110);
        Table t = s.table("tblContents", List.of("Sheet", "What it holds"));
        for (WorkbookSheet sheet : listed) {
            t.row().link(sheet.name(), SheetBuilder.address(sheet.name(), 0, 0)).wrap(sheet.holds());
        }
        t.finish();
        s.freezeHeader();
    }
}
