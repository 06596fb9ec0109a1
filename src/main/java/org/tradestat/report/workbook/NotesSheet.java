package org.tradestat.report.workbook;

import java.util.List;

/** The Notes sheet: one row per note, numbered as the [note N] markers of the other sheets point to them. */
final class NotesSheet {

    static final String NAME = "Notes";

    private NotesSheet() {
    }

    static WorkbookSheet sheet(List<Notes.Note> notes) {
        return WorkbookSheet.of(NAME, "Definitions, shorthand, published figures, the sources of the figures, and the "
                + "run.", s -> write(s, notes));
    }

    private static void write(SheetBuilder s, List<Notes.Note> notes) {
        s.widths(12, 28, 120);
        Table t = s.table("tblNotes", List.of("Note number", "Topic", "Note text"));
        for (Notes.Note n : notes) {
            t.row().text("note " + n.number()).wrap(n.topic()).wrap(n.text());
        }
        t.finish();
        s.freezeHeader();
    }
}
