package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.TradeCells.flags;
import static org.tradestat.report.workbook.TradeCells.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.RunningTotal;
import org.tradestat.report.model.RunningTotal.Span;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.Change;

/**
 * The Summary: a title, the headline sentences (total, largest movers, direction, balance) and every finding in
 * sentences; then, on a sheet of its own, the Key figures of each pair for the focus period with the comparisons that
 * period has (the previous month, quarter or half as well as a year earlier).
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final String KEY_FIGURES = "Key figures";

    private final TradeFacts facts;
    private final AnalysisFacts more;
    private final Period focus;

    private SummarySheet(TradeFacts facts, AnalysisFacts more, Period focus) {
        this.facts = facts;
        this.more = more;
        this.focus = focus;
    }

    /**
     * The Summary, in sentences, and the Key figures of each pair, a table. The focus period may be null: each pair
     * then shows its latest period.
     */
    static List<WorkbookSheet> sheets(TradeFacts facts, AnalysisFacts more, Period focus, SourceNotes sources) {
        String inFocus = focus == null ? "" : ": " + Texts.periodWords(focus);
        String keyFiguresHold = "Key figures of each pair of countries for the focus period, with the change on a year "
                + "earlier, on the previous period and over the long run, and for a month or quarter its year to date "
                + "and rolling twelve months.";
        return List.of(new WorkbookSheet(NAME, "The headline findings in plain sentences: trade, shares, investment, "
                        + "companies, engagement and trends.", NAME + inFocus, "",
                        new SummarySheet(facts, more, focus)::write),
                new WorkbookSheet(KEY_FIGURES, keyFiguresHold, KEY_FIGURES + inFocus, keyFiguresHold, s -> {
                    if (facts.totalPairs().isEmpty()) {
                        s.line("No trade figures were loaded for this run.", s.styles.text);
                    } else {
                        keyFigures(s, facts, facts.totalPairs(), focus, sources);
                    }
                }));
    }

    /**
     * Sentences only, each in a cell of one wide column that wraps it, as on the Cover: a sentence read across a
     * table's narrow columns ran off the printed page, and fitting the page to it shrank the print to nothing.
     */
    private void write(SheetBuilder s) {
        s.widths(110);
        for (String headline : Headlines.of(facts, focus)) {
            s.line(headline, s.styles.wrap);
        }
        s.skipRow();
        s.line("Headline findings", s.styles.heading);
        for (String finding : Findings.headline(facts, more, focus)) {
            s.line(finding, s.styles.wrap);
        }
        s.skipRow();
        s.linkLine("The key figures of each pair are on the " + KEY_FIGURES + " sheet.",
                SheetBuilder.address(KEY_FIGURES, 0, 0));
    }

    /**
     * What a pair's row of key figures holds beyond its levels: the comparisons the shown period has, and the year to
     * date and rolling twelve months that some row has ({@code runningChanges}: those that some row has a change of).
     */
    private record SummaryColumns(String seqName, boolean longRun, List<Span> running, Set<Span> runningChanges) {
    }

    private static final Map<Span, String> RUNNING_WORDS = Map.of(Span.YTD, "year to date", Span.R12,
            "rolling twelve months");

    private static void keyFigures(SheetBuilder s, TradeFacts facts, List<Pair> pairs, Period focus,
                                   SourceNotes sources) {
        Map<Pair, Period> shown = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            facts.shownPeriod(pair, focus).ifPresent(p -> shown.put(pair, p));
        }
        if (shown.isEmpty()) {
            return;
        }
        boolean longRun = shown.entrySet().stream().anyMatch(e -> facts.change(e.getKey(), SeriesKey.ALL_GOODS,
                TradeFacts.TURNOVER, e.getValue(), "long").isPresent());
        // the kind of period whose previous one is compared: the focus period's, or of the first row that has one
        Period withPrevious = shown.entrySet().stream().filter(e -> facts.change(e.getKey(), SeriesKey.ALL_GOODS,
                TradeFacts.TURNOVER, e.getValue(), "seq").isPresent()).map(Map.Entry::getValue).findFirst()
                .orElse(null);
        List<Span> running = new ArrayList<>();
        Set<Span> runningChanges = EnumSet.noneOf(Span.class);
        for (Span span : Span.values()) {
            for (var e : shown.entrySet()) {
                Optional<RunningTotal> total = facts.runningTotal(e.getKey(), TradeFacts.TURNOVER, span, e.getValue());
                if (total.isPresent() && !running.contains(span)) {
                    running.add(span);
                }
                if (total.flatMap(RunningTotal::change).isPresent()) {
                    runningChanges.add(span);
                }
            }
        }
        SummaryColumns columns = new SummaryColumns(withPrevious == null ? null : previousName(withPrevious), longRun,
                running, runningChanges);
        List<String> headers = new ArrayList<>(List.of("Reporter", "Partner", "Period",
                "Turnover (US$ million) " + Notes.Def.TURNOVER.marker(),
                "Exports (US$ million)", "Imports (US$ million)",
                "Balance (US$ million) " + Notes.Def.BALANCE.marker(),
                "Coverage (ratio) " + Notes.Def.COVERAGE.marker(),
                "Turnover change on a year earlier (US$ million) " + Notes.Def.COMPARISONS.marker(),
                "Turnover change on a year earlier (%)"));
        if (columns.seqName() != null) {
            headers.add("Turnover change on the previous " + columns.seqName() + " (US$ million)");
            headers.add("Turnover change on the previous " + columns.seqName() + " (%)");
        }
        if (columns.longRun()) {
            headers.addAll(List.of("Long-run comparison period", "Turnover change since then (US$ million)",
                    "Turnover change since then (%)", "Turnover growth a year since then (CAGR %)"));
        }
        for (Span span : columns.running()) {
            String words = RUNNING_WORDS.get(span);
            headers.add("Turnover, " + words + " (US$ million) " + Notes.Def.RUNNING_TOTALS.marker());
            if (columns.runningChanges().contains(span)) {
                headers.add("Turnover " + words + ", change on a year earlier (US$ million)");
                headers.add("Turnover " + words + ", change on a year earlier (%)");
            }
        }
        headers.add("Notes");
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 14);
        widths[0] = widths[1] = widths[2] = 10;
        widths[widths.length - 1] = 40;
        s.widths(widths);
        Table t = s.table("tblKeyFigures", headers);
        s.freezeHeader();
        if (headers.size() > ONE_PAGE_COLUMNS) {
            printAcrossTwoPages(s);
        }
        shown.forEach((pair, period) -> summaryRow(t.row(), facts, pair, period, focus, columns, sources));
        t.finish();
        List<Integer> signed = new ArrayList<>(List.of(8, 9));
        int next = 10;
        if (columns.seqName() != null) {
            signed.addAll(List.of(next, next + 1));
            next += 2;
        }
        if (columns.longRun()) {
            signed.addAll(List.of(next + 1, next + 2, next + 3));
            next += 4;
        }
        for (Span span : columns.running()) {
            next++;
            if (columns.runningChanges().contains(span)) {
                signed.addAll(List.of(next, next + 1));
                next += 2;
            }
        }
        for (int col : signed) {
            s.signColours(t.column(col));
        }
    }

    /** Columns that still print readably on one landscape page. */
    private static final int ONE_PAGE_COLUMNS = 16;

    /**
     * A monthly run's key figures (the month, its year to date and rolling twelve months, side by side) are too wide
     * for one printed page at a readable size: two pages across, each repeating the reporter, partner and period,
     * which also stay in view on screen.
     */
    private static void printAcrossTwoPages(SheetBuilder s) {
        s.sheet.getPrintSetup().setFitWidth((short) 2);
        s.sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:C"));
        s.sheet.createFreezePane(3, s.nextRow()); // called right after the header row: data rows start here
    }

    /** "month", "quarter" or "half-year": what the previous period of the same length is to a reader. */
    private static String previousName(Period p) {
        return switch (p.kind()) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case HALF -> "half-year";
            case YEAR -> "year";
        };
    }

    private static void summaryRow(RowWriter r, TradeFacts facts, Pair pair, Period period, Period focus,
                                   SummaryColumns columns, SourceNotes sources) {
        String all = SeriesKey.ALL_GOODS;
        Level turnover = facts.level(pair, all, TradeFacts.TURNOVER, period).orElse(null);
        Level export = facts.level(pair, all, TradeFacts.EXPORT, period).orElse(null);
        Level imp = facts.level(pair, all, TradeFacts.IMPORT, period).orElse(null);
        Level balance = facts.level(pair, all, TradeFacts.BALANCE, period).orElse(null);
        Level coverage = facts.level(pair, all, TradeFacts.COVERAGE, period).orElse(null);
        r.text(pair.reporter()).text(pair.partner()).text(period.label());
        money(r, turnover);
        money(r, export);
        money(r, imp);
        money(r, balance);
        TradeCells.ratio(r, coverage, export != null && imp != null);
        Optional<Change> yoy = facts.change(pair, all, TradeFacts.TURNOVER, period, "yoy");
        changeCells(r, yoy);
        Optional<Change> seq = facts.change(pair, all, TradeFacts.TURNOVER, period, "seq");
        if (columns.seqName() != null) {
            changeCells(r, seq);
        }
        Optional<Change> lng = facts.change(pair, all, TradeFacts.TURNOVER, period, "long");
        if (columns.longRun()) {
            if (lng.isPresent()) {
                Change c = lng.get();
                r.textOrX(Texts.period(c.base())).moneyChange(c.abs()).percentChange(c.pct())
                        .percentChange(c.cagrPct());
            } else {
                r.x().x().x().x();
            }
        }
        Set<Flag> changeFlags = EnumSet.noneOf(Flag.class);
        Map<String, Set<Flag>> runningFlags = new LinkedHashMap<>();
        for (Span span : columns.running()) {
            Optional<RunningTotal> total = facts.runningTotal(pair, TradeFacts.TURNOVER, span, period);
            r.money(total.map(RunningTotal::value).orElse(null), total.map(RunningTotal::flags).orElse(Set.of()));
            total.ifPresent(t -> runningFlags.put("turnover " + RUNNING_WORDS.get(span), t.flags()));
            Optional<Change> change = total.flatMap(RunningTotal::change);
            if (columns.runningChanges().contains(span)) {
                changeCells(r, change);
            }
            change.ifPresent(c -> changeFlags.addAll(c.flags()));
        }
        Map<String, Set<Flag>> flags = new LinkedHashMap<>();
        flags.put("turnover", flags(turnover));
        flags.put("exports", flags(export));
        flags.put("imports", flags(imp));
        flags.put("balance", flags(balance));
        flags.put("coverage", flags(coverage));
        flags.putAll(runningFlags);
        List<String> notes = new ArrayList<>();
        if (focus != null && !period.equals(focus)) {
            notes.add(Texts.capitalize(Findings.fallbackNote(focus, period)) + ".");
        }
        String flagText = Notes.flagNotes(flags);
        if (!flagText.isEmpty()) {
            notes.add(flagText);
        }
        yoy.ifPresent(c -> changeFlags.addAll(c.flags()));
        seq.ifPresent(c -> changeFlags.addAll(c.flags()));
        lng.ifPresent(c -> changeFlags.addAll(c.flags()));
        if (!changeFlags.isEmpty()) {
            notes.add("Changes: " + Notes.flagNotes(changeFlags).toLowerCase(Locale.ROOT));
        }
        notes.add(sources.cite(org.tradestat.figure.Dataset.TRADE, pair.reporter(), pair.partner(), period));
        r.note(CellTexts.joined(notes.toArray(String[]::new)));
    }

    private static void changeCells(RowWriter r, Optional<Change> change) {
        if (change.isPresent()) {
            r.moneyChange(change.get().abs()).percentChange(change.get().pct());
        } else {
            r.x().x();
        }
    }
}
