package org.tradestat.report.workbook;

import java.util.List;

/** The Contents: every other sheet, in order, with a link to it and what it holds. */
final class ContentsSheet {

    static final String NAME = "Contents";

    private ContentsSheet() {
    }

    /** Lists the given sheets, in their order. */
    static WorkbookSheet sheet(List<WorkbookSheet> listed) {
        List<WorkbookSheet> others = List.copyOf(listed);
        return WorkbookSheet.of(NAME, "This list of sheets, with a link to each.", s -> write(s, others));
    }

    private static void write(SheetBuilder s, List<WorkbookSheet> listed) {
        s.widths(26, 110);
        Table t = s.table("tblContents", List.of("Sheet", "What it holds"));
        for (WorkbookSheet sheet : listed) {
            t.row().link(sheet.name(), SheetBuilder.address(sheet.name(), 0, 0)).wrap(sheet.holds());
        }
        t.finish();
        s.freezeHeader();
    }
}
