package org.tradestat.report.workbook;

import java.util.List;

/** The Notes sheet: one row per note, numbered as the [note N] markers of the other sheets point to them. */
final class NotesSheet implements WorkbookSheet {

    static final String NAME = "Notes";

    private final List<Notes.Note> notes;

    NotesSheet(List<Notes.Note> notes) {
        this.notes = notes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String holds() {
        return "Definitions, shorthand, published figures, the sources of the figures, and the run.";
    }

    @Override
    public void write(SheetBuilder s) {
        s.widths(12, 28, 120);
        Table t = s.table("tblNotes", List.of("Note number", "Topic", "Note text"));
        for (Notes.Note n : notes) {
            t.row().text("note " + n.number()).wrap(n.topic()).wrap(n.text());
        }
        t.finish();
        s.freezeHeader();
    }
}
