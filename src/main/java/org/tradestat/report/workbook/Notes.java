package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.figure.Flag;
import org.tradestat.report.ReportData;

/**
 * The numbered notes of the Notes sheet. The definitions come first with fixed numbers, so that a
 * {@code [note N]} marker anywhere in the workbook points to the same note in every run; the sources and the
 * run parameters follow.
 */
final class Notes {

    /** A note: its number, a short topic, and the text. */
    record Note(int number, String topic, String text) {
        String marker() {
            return "[note " + number + "]";
        }
    }

    /** The fixed notes, in number order (note 1 is the first). */
    enum Def {
        SHORTHAND("Shorthand", "[x] means not available: the input has no figure for this cell. [z] means not "
                + "applicable: the figure does not exist by definition, such as an annual growth rate for a one-year "
                + "comparison, a percentage change from a base of zero, or a coverage ratio when imports are zero. "
                + "Blank cells are not used in the tables."),
        MONEY("Money", "Values are in US dollars at current prices, as the sources give them. The tables show them in "
                + "US$ million with one decimal; each cell holds the exact dollar value, so formulas and a wider "
                + "number format show the full figure."),
        PAIRS("Reporter and partner", "Exports are the reporter's exports to the partner, imports the reporter's "
                + "imports from the partner. The partner WLD is the World and a group code is a group of countries: "
                + "such rows are aggregates, shown on their own and never added to their members. Commodity is an HS "
                + "code; All goods is the total of all goods (TOTAL in the input)."),
        TURNOVER("Turnover", "Turnover is exports plus imports when both are known for the period; where a source gives "
                + "only the total, the reported turnover is used."),
        BALANCE("Balance", "Balance is exports minus imports. A negative balance is a trade deficit of the reporter "
                + "with the partner, a positive one a surplus."),
        COVERAGE("Coverage ratio", "Coverage ratio is exports divided by imports. Above 1, exports exceed imports; "
                + "below 1, imports exceed exports."),
        NORMALIZED("Normalized balance", "Normalized balance is (exports minus imports) divided by (exports plus "
                + "imports). It lies between -1 (imports only) and +1 (exports only); 0 means balanced trade."),
        DERIVED("Derived figures", "A derived figure was not given by a source but computed from figures that were: a "
                + "year from its two halves, four quarters or twelve months; a half from its quarters or months; or a "
                + "missing half from the year minus the other half (for example 2022 H2 = 2022 minus 2022 H1). A "
                + "reported figure always takes precedence over a derived one."),
        APPROX("Approximate (~)", "The source gives the figure as approximate (\"about\"). Tables show it with ~ "
                + "before the number; anything computed from it is approximate too."),
        AT_LEAST("At least (\u2265)", "The source gives the figure as a lower bound (\"more than\", \"exceeded\"). "
                + "Tables show it with \u2265 before the number."),
        AT_MOST("At most (\u2264)", "The source gives the figure as an upper bound (\"less than\", \"up to\"). Tables "
                + "show it with \u2264 before the number."),
        COMPARISONS("Comparisons", "Year on year (yoy) compares a period with the same period one year earlier "
                + "(2022 H1 with 2021 H1). Previous period (seq) compares it with the period of the same length just "
                + "before it (2022 H2 with 2022 H1); years are compared year on year only. Long run (long) compares it "
                + "with the earliest period of the same kind at least two years before it (2022 H1 with 2017 H1), "
                + "and gives the compound annual growth rate (CAGR): the steady yearly growth that leads from the "
                + "earlier figure to the later one, (later / earlier)^(1 / years) - 1."),
        CHANGES("Changes and percentages", "A change is the later figure minus the earlier one; the percentage "
                + "change divides it by the earlier figure. Percentages are shown with one decimal. A rise shows a "
                + "+ sign and green text, a fall a - sign and red text, so the sign alone tells the direction."),
        PERIODS("Periods", "Periods are years (2022), halves (2022 H1, 2022 H2), quarters (2022 Q1) or months "
                + "(2022-07). Only periods that ended on or before the as-of date are used."),
        QUALITY("Data quality", "Every data line of every input file is loaded, merged as an exact duplicate, or "
                + "rejected with a reason. When the same figure is given twice with different values, the value from "
                + "the later file (in file-name order), then the later line, is used; both are listed on the Data "
                + "quality sheet."),
        CHARTS("Charts", "Each chart is also saved as a PNG and an SVG file in the charts folder next to this "
                + "workbook.");

        private final String topic;
        private final String text;

        Def(String topic, String text) {
            this.topic = topic;
            this.text = text;
        }

        int number() {
            return ordinal() + 1;
        }

        String marker() {
            return "[note " + number() + "]";
        }

        Note note() {
            return new Note(number(), topic, text);
        }
    }

    private Notes() {
    }

    /** Every note of the report: the definitions, then one per source, then the run and its parameters. */
    static List<Note> all(ReportData data) {
        List<Note> notes = new ArrayList<>();
        for (Def d : Def.values()) {
            notes.add(d.note());
        }
        int n = notes.size();
        for (ReportData.SourceRef s : data.sources()) {
            String count = s.figures() == 1 ? "1 figure" : Texts.count(s.figures()) + " figures";
            notes.add(new Note(++n, "Source", s.source() + " (" + s.dataset() + ": " + count + ")"));
        }
        ReportData.RunInfo run = data.run();
        notes.add(new Note(++n, "Run", "Job " + run.job() + ", run id " + run.runId() + ", as-of date "
                + run.runDate() + ", focus period " + blankAsNone(run.focusPeriod()) + "."));
        Map<String, String> params = new TreeMap<>(run.parameters() == null ? Map.of() : run.parameters());
        for (var e : params.entrySet()) {
            notes.add(new Note(++n, "Run parameter", e.getKey() + " = " + e.getValue()));
        }
        return notes;
    }

    private static String blankAsNone(String s) {
        return s == null || s.isBlank() ? "none" : s;
    }

    /**
     * The Notes-column text for figures with flags, e.g. "Derived: turnover [note 8]. Approximate: export,
     * turnover [note 9]."
     */
    static String flagNotes(Map<String, Set<Flag>> flagsByMeasure) {
        StringBuilder b = new StringBuilder();
        appendFlag(b, flagsByMeasure, Flag.DERIVED, "Derived", Def.DERIVED);
        appendFlag(b, flagsByMeasure, Flag.APPROX, "Approximate", Def.APPROX);
        appendFlag(b, flagsByMeasure, Flag.AT_LEAST, "At least", Def.AT_LEAST);
        appendFlag(b, flagsByMeasure, Flag.AT_MOST, "At most", Def.AT_MOST);
        return b.toString();
    }

    private static void appendFlag(StringBuilder b, Map<String, Set<Flag>> flagsByMeasure, Flag flag, String word,
                                   Def def) {
        List<String> measures = new ArrayList<>();
        for (var e : flagsByMeasure.entrySet()) {
            if (e.getValue().contains(flag)) {
                measures.add(e.getKey());
            }
        }
        if (measures.isEmpty()) {
            return;
        }
        if (!b.isEmpty()) {
            b.append(' ');
        }
        b.append(word).append(": ").append(String.join(", ", measures)).append(' ').append(def.marker()).append('.');
    }

    /** The Notes-column text for one figure (a comparison): "Derived [note 8]. Approximate [note 9]." */
    static String flagNotes(Set<Flag> flags) {
        List<String> parts = new ArrayList<>();
        if (flags.contains(Flag.DERIVED)) {
            parts.add("Derived " + Def.DERIVED.marker() + ".");
        }
        if (flags.contains(Flag.APPROX)) {
            parts.add("Approximate " + Def.APPROX.marker() + ".");
        }
        if (flags.contains(Flag.AT_LEAST)) {
            parts.add("At least " + Def.AT_LEAST.marker() + ".");
        }
        if (flags.contains(Flag.AT_MOST)) {
            parts.add("At most " + Def.AT_MOST.marker() + ".");
        }
        return String.join(" ", parts);
    }
}
