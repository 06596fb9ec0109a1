package org.tradestat.report.workbook;

import java.util.List;
import org.tradestat.analysis.Revision;
import org.tradestat.analysis.Revisions;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;

/**
 * The Revisions sheet: the figures that changed, went or appeared since the run this run was compared with, as
 * {@link Revisions} orders them (README, "Revisions"). A run can revise every figure it has, so the table lists the
 * first {@value #MAX_ROWS} and says how many more revisions.csv holds; a first run says there is nothing to compare.
 */
final class RevisionsSheet {

    static final String NAME = "Revisions";
    /** Revisions listed: a big run's workbook stays under 50,000 rows (README, "Reading the report"). */
    static final int MAX_ROWS = 1_000;

    /** The text of {@link Notes.Def#REVISIONS}. */
    static final String DEFINITION = "Every completed run keeps its figures. A run compares its figures with those of "
            + "the latest completed run of an earlier as-of date (or of the run an operator chose): a figure is "
            + "revised when its value changed, no longer given when this run does not have it, and new when that "
            + "run did not have it. Only periods that had ended by the earlier run's as-of date are compared: "
            + "figures of later periods are new data, not revisions. In a Notes column, [r] marks a figure whose "
            + "value was revised (the spreadsheet guidance's shorthand); figures computed from it, such as a "
            + "derived year or a balance, are not marked. The Revisions sheet lists the revised figures first, "
            + "largest change first, then those no longer given and the new ones, largest first, at most "
            + Texts.count(MAX_ROWS) + "; revisions.csv next to this workbook lists them all.";

    private RevisionsSheet() {
    }

    static WorkbookSheet sheet(Revisions revisions) {
        String marker = Notes.Def.REVISIONS.marker();
        String about = switch (revisions.basis()) {
            case FIRST_RUN, FIGURES_GONE -> "What changed since the previous run " + marker + ".";
            case COMPARED -> "The figures that changed, went or appeared since the run of "
                    + revisions.previousRun() + " " + marker + ", for the periods that had ended by then: values "
                    + "changed first, largest change first, then figures no longer given, then new ones, largest "
                    + "first.";
        };
        return new WorkbookSheet(NAME, "The figures revised, no longer given or new since the previous run.", NAME,
                about, s -> write(s, revisions));
    }

    /** The Cover's sentence: "27 figures revised since the run of 2026-08-31; ...", or why there is no comparison. */
    static String summary(Revisions revisions) {
        return switch (revisions.basis()) {
            case FIRST_RUN -> "First run: nothing to compare with.";
            case FIGURES_GONE -> figuresGone(revisions);
            case COMPARED -> {
                long changed = revisions.count(Revision.Kind.CHANGED);
                long gone = revisions.count(Revision.Kind.DISAPPEARED);
                long added = revisions.count(Revision.Kind.APPEARED);
                List<String> others = new java.util.ArrayList<>();
                if (gone > 0) {
                    others.add(figures(gone) + " no longer given");
                }
                if (added > 0) {
                    others.add(Texts.count(added) + " new");
                }
                yield figures(changed) + " revised since the run of " + revisions.previousRun()
                        + (others.isEmpty() ? "" : "; " + String.join(" and ", others) + " for the periods that run"
                        + " covered") + ". The Revisions sheet lists them.";
            }
        };
    }

    private static String figuresGone(Revisions revisions) {
        return "The figures of the run of " + revisions.previousRun() + " are no longer in the database: nothing to "
                + "compare with. The next run compares with this one.";
    }

    private static String figures(long n) {
        return Texts.count(n) + (n == 1 ? " figure" : " figures");
    }

    private static void write(SheetBuilder s, Revisions revisions) {
        s.widths(12, 10, 10, 14, 16, 10, 16, 16, 16, 16);
        List<Revision> all = revisions.figures();
        if (revisions.basis() != Revisions.Basis.COMPARED || all.isEmpty()) {
            // across the columns: wrapped in column A, "First run: nothing to compare with." took three lines
            s.paragraph(revisions.basis() == Revisions.Basis.COMPARED ? "No figure changed, went or appeared since the "
                    + "run of " + revisions.previousRun() + "." : summary(revisions), s.styles.text);
            return;
        }
        if (all.size() > MAX_ROWS) {
            s.paragraph(Texts.count(all.size()) + " figures differ from the run of " + revisions.previousRun() + ". The "
                    + "first " + Texts.count(MAX_ROWS) + " are listed here; revisions.csv next to this workbook lists them "
                    + "all.", s.styles.text);
        }
        Table t = s.table("tblRevisions", List.of("Dataset", "Reporter", "Partner", "Measure",
                "Commodity (classification and code)", "Period",
                "Previous value (US$ million; companies a count)", "Value (US$ million; companies a count)",
                "Change (US$ million; companies a count)", "What changed"));
        s.freezeHeader();
        t.rows(all, MAX_ROWS, RevisionsSheet::row);
        t.finish();
        s.signColours(t.column(8));
    }

    private static void row(RowWriter r, Revision revision) {
        SeriesKey k = revision.series();
        r.text(k.dataset().code()).text(k.reporter()).text(k.partner()).text(k.measure());
        if (k.dataset() == Dataset.TRADE) {
            r.text(Texts.commodity(k.commodity()));
        } else {
            r.z();
        }
        r.text(revision.period().label());
        boolean count = k.dataset() == Dataset.COMPANIES;
        level(r, revision.previous(), count);
        level(r, revision.value(), count);
        if (revision.change() == null) {
            r.z();
        } else if (count) {
            r.countChange(revision.change());
        } else {
            r.moneyChange(revision.change());
        }
        r.text(switch (revision.kind()) {
            case CHANGED -> "Revised [r]";
            case DISAPPEARED -> "No longer given";
            case APPEARED -> "New";
        });
    }

    private static void level(RowWriter r, java.math.BigDecimal value, boolean count) {
        if (count) {
            r.count(value, java.util.Set.of());
        } else {
            r.money(value, java.util.Set.of());
        }
    }
}
