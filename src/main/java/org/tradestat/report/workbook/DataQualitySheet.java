package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.figure.ConflictLine;
import org.tradestat.figure.InputSummary;
import org.tradestat.figure.RejectLine;
import org.tradestat.report.ReportData;

/**
 * The Data quality sheet: what became of each input file's lines; and, each on a sheet of its own when there are
 * any, the rejected lines (with their count by file and reason when there are more than the sheet lists), the
 * conflicting figures and the consistency warnings. What has no rows is said on the Data quality sheet.
 */
final class DataQualitySheet {

    static final String NAME = "Data quality";
    static final String REJECTED = "Rejected lines";
    static final String REJECT_REASONS = "Reject reasons";
    static final String CONFLICTS = "Conflicts";
    static final String WARNINGS = "Warnings";

    /** Rejected lines listed in the workbook at most; rejects.csv holds them all. */
    static final int MAX_REJECT_ROWS = org.tradestat.report.RejectTally.FIRST;
    /** Files and kinds of reason the rejected lines are counted by, listed at most. */
    static final int MAX_REASON_ROWS = 200;
    /** Conflicts listed in the workbook at most (a sheet holds 1,048,576 rows); they are listed nowhere else. */
    static final int MAX_QUALITY_ROWS = 100_000;
    /**
     * Consistency warnings listed at most: a big run can raise thousands of the same check (mirror gaps of every
     * pair), which no reader goes through; the rest are counted by check under the table.
     */
    static final int MAX_WARNING_ROWS = 2_000;
    /** Characters of a rejected line shown in the workbook at most. */
    static final int MAX_RAW_CHARS = 1_000;

    private final ReportData data;

    private DataQualitySheet(ReportData data) {
        this.data = data;
    }

    /**
     * The Data quality sheet, then the sheets of the rejected lines, of their reasons, of the conflicts and of the
     * warnings, of those that have rows; at most the given numbers of conflicts and warnings are listed.
     */
    static List<WorkbookSheet> sheets(ReportData data, int maxQualityRows, int maxWarningRows) {
        List<WorkbookSheet> sheets = new ArrayList<>(List.of(WorkbookSheet.of(NAME, "What became of each input "
                + "file's lines: loaded, merged as duplicates, or rejected.", new DataQualitySheet(data)::write)));
        ReportData.RejectCounts counts = data.rejectCounts();
        int listed = Math.min(MAX_REJECT_ROWS, data.rejects().size());
        if (counts.total() > 0) {
            sheets.add(WorkbookSheet.of(REJECTED, "The lines of the input files that were rejected, and why "
                    + Notes.Def.QUALITY.marker() + ".", s -> {
                        s.widths(28, 62, 36, 12);
                        rejects(s, data.rejects().subList(0, listed), counts.total());
                    }));
        }
        if (counts.total() > listed) {
            sheets.add(WorkbookSheet.of(REJECT_REASONS, "The rejected lines counted by file and kind of reason "
                    + Notes.Def.QUALITY.marker() + ".", s -> {
                        s.widths(28, 62, 12);
                        rejectReasons(s, counts);
                    }));
        }
        if (!data.conflicts().isEmpty()) {
            sheets.add(WorkbookSheet.of(CONFLICTS, "Figures the input gives twice with different values, and the "
                    + "value used " + Notes.Def.QUALITY.marker() + ".", s -> {
                        s.widths(28, 62, 12, 18, 24, 12, 18, 24, 12);
                        conflicts(s, data.conflicts(), maxQualityRows);
                    }));
        }
        if (!data.warnings().isEmpty()) {
            sheets.add(WorkbookSheet.of(WARNINGS, "What the consistency checks of the run found.", s -> {
                s.widths(28, 100);
                warnings(s, data.warnings(), maxWarningRows);
            }));
        }
        return sheets;
    }

    private void write(SheetBuilder s) {
        s.widths(28, 62, 36, 12, 12, 12, 12, 12, 12, 12);
        if (data.inputs().isEmpty()) {
            s.line("No input files were read.", s.styles.text);
        } else {
            Table t = s.table("tblInputFiles", List.of("File", "What became of its lines",
                    "Warnings", "Kind", "Encoding", "Data lines", "Loaded", "Exact duplicates", "Conflicts",
                    "Rejected"));
            s.freezeHeader();
            for (InputSummary in : data.inputs()) {
                t.row().text(in.file()).wrap(linesSentence(in))
                        .note(in.warnings() == null ? "" : String.join(" ", in.warnings()))
                        .text(in.kind()).textOrX(in.encoding()).count(in.lines()).count(in.loaded())
                        .count(in.duplicates()).count(in.conflicts()).count(in.rejected());
            }
            t.finish();
            s.skipRow();
        }
        if (data.rejectCounts().total() == 0) {
            s.line("No lines were rejected.", s.styles.text);
        }
        if (data.conflicts().isEmpty()) {
            s.line("No figure was given twice with different values.", s.styles.text);
        }
        if (data.warnings().isEmpty()) {
            s.line("All consistency checks passed: no warnings.", s.styles.text);
        }
    }

    private static void rejects(SheetBuilder s, List<RejectLine> listed, long total) {
        if (total > listed.size()) {
            // a run can reject millions of lines: the first ones here (README, "Reading the report")
            s.paragraph(Texts.count(total) + " lines were rejected. The first " + Texts.count(listed.size())
                    + " are listed here; the " + REJECT_REASONS + " sheet counts them all by file and reason, and "
                    + "rejects.csv next to this workbook holds them all.", s.styles.text);
        }
        Table t = s.table("tblRejects", List.of("File", "Reason", "Raw line", "Line number"));
        s.freezeHeader();
        for (RejectLine rj : listed) {
            t.row().text(rj.file()).wrap(rj.reason())
                    .wrap(CellTexts.shorten(rj.raw(), MAX_RAW_CHARS, "rejects.csv holds the whole line"))
                    .number(rj.line(), s.styles.lineNumber);
        }
        t.finish();
    }

    private static void conflicts(SheetBuilder s, List<ConflictLine> conflicts, int maxRows) {
        Table t = s.table("tblConflicts", List.of("Figure", "What happened", "Dataset",
                "Earlier value (US$, or a count of companies or events)", "Earlier file", "Earlier line",
                "Later value, used (US$, or a count of companies or events)", "Later file",
                "Later line"));
        s.freezeHeader();
        int written = t.rows(conflicts, maxRows, (r, c) -> r.wrap(c.item())
                    .wrap(c.oldValue() + " (" + c.oldFile() + " line " + c.oldLine() + ") was replaced by "
                            + c.newValue() + " (" + c.newFile() + " line " + c.newLine() + ").")
                    .text(c.dataset()).textRight(readable(c.oldValue())).wrap(c.oldFile())
                    .number(c.oldLine(), s.styles.lineNumber).textRight(readable(c.newValue())).wrap(c.newFile())
                    .number(c.newLine(), s.styles.lineNumber));
        t.finish();
        cutNote(s, written, conflicts.size(), "conflicting figures", "run.json counts them per file");
    }

    private static void warnings(SheetBuilder s, List<QualityWarning> warnings, int maxRows) {
        Table t = s.table("tblWarnings", List.of("Check", "Message"));
        s.freezeHeader();
        int written = t.rows(warnings, maxRows, (r, w) -> r.wrap(w.check()).wrap(w.message()));
        t.finish();
        Map<String, Long> byCheck = new java.util.TreeMap<>();
        warnings.forEach(w -> byCheck.merge(w.check(), 1L, Long::sum));
        List<String> checkCounts = new ArrayList<>();
        byCheck.forEach((check, n) -> checkCounts.add(check + " " + Texts.count(n)));
        cutNote(s, written, warnings.size(), "warnings", "the rest are left out, to keep the sheet readable (all "
                + "warnings, by check: " + String.join(", ", checkCounts) + ")");
    }

    /** The rejected lines counted by file and kind of reason (the values a reason quotes left out). */
    private static void rejectReasons(SheetBuilder s, ReportData.RejectCounts counts) {
        Table t = s.table("tblRejectReasons", List.of("File", "Reason (quoted values left out)",
                "Rejected lines"));
        s.freezeHeader();
        int written = 0;
        long linesNotListed = counts.leftOut();
        for (ReportData.ReasonCount r : counts.byReason()) {
            if (written >= MAX_REASON_ROWS) {
                linesNotListed += r.lines();
                continue;
            }
            written++;
            t.row().text(r.file()).wrap(r.reason()).count(r.lines());
        }
        t.finish();
        if (linesNotListed > 0) {
            s.paragraph(Texts.count(linesNotListed) + " rejected lines of other files and reasons are not listed"
                    + " here; rejects.csv holds them.", s.styles.text);
        }
    }

    /** A value as the input gave it, grouped when it is a number ({@code 12,197,231,296}): exact, and readable. */
    private static String readable(String value) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(value.strip());
            return Texts.decimal(v, Math.max(0, v.stripTrailingZeros().scale()));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Under a table that was cut: how many rows it shows of how many, and where the rest is. */
    private static void cutNote(SheetBuilder s, int written, int all, String what, String rest) {
        if (written < all) {
            s.paragraph("The first " + Texts.count(written) + " of " + Texts.count(all) + " " + what + " are listed; "
                    + rest + " " + Notes.Def.LIMITS.marker() + ".", s.styles.text);
        }
    }

    /**
     * "36 data lines: 28 loaded, 1 exact duplicate merged, 7 rejected; 1 loaded line replaced an earlier value."
     * A UN Comtrade download's merged lines are mostly breakdowns of its totals, and are named so.
     */
    static String linesSentence(InputSummary in) {
        if ("unknown".equalsIgnoreCase(in.kind())) {
            return "Not read: its header matches no known kind of file.";
        }
        if ("comtrade_services".equalsIgnoreCase(in.kind())) {
            return "Not read: a UN Comtrade download of trade in services, not of goods; its "
                    + plural(in.lines(), "data line") + " count as rejected.";
        }
        // a UN Comtrade download repeats its totals in breakdowns and parts of flows, which are merged into them
        String merged = in.kind().startsWith("comtrade") ? plural(in.duplicates(), "line")
                + " merged (exact duplicates, or breakdowns and parts of a total given in another line)"
                : plural(in.duplicates(), "exact duplicate") + " merged";
        String s = plural(in.lines(), "data line") + ": " + Texts.count(in.loaded()) + " loaded, "
                + merged + ", " + Texts.count(in.rejected()) + " rejected";
        if (in.conflicts() > 0) {
            s += "; " + Texts.count(in.conflicts()) + (in.conflicts() == 1 ? " loaded line replaced an earlier value"
                    : " loaded lines replaced earlier values");
        }
        return s + ".";
    }

    private static String plural(long n, String word) {
        return Texts.count(n) + " " + word + (n == 1 ? "" : "s");
    }
}
