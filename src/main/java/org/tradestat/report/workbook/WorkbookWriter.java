package org.tradestat.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.ChartImage;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;
import org.tradestat.report.workbook.TradeFacts.Change;
import org.tradestat.report.workbook.TradeFacts.ChangeKey;
import org.tradestat.report.workbook.TradeFacts.Level;
import org.tradestat.report.workbook.TradeFacts.Pair;
import org.tradestat.report.workbook.TradeFacts.RowKey;

/**
 * Writes the Tradestat workbook (SPEC 7) after the UK Government Analysis Function's guidance "Releasing statistics
 * in spreadsheets": a cover, a contents sheet with links, one table per sheet starting in A1 (further tables below,
 * after a blank row and a heading), real Excel tables with one header row, units in the headers, [note N] markers
 * pointing to the Notes sheet, [x] and [z] for empty cells, and signs as well as colours on changes.
 */
public final class WorkbookWriter {

    static final String COVER = "Cover";
    static final String CONTENTS = "Contents";
    static final String SUMMARY = "Summary";
    static final String TRADE = "Trade";
    static final String COMPARISONS = "Comparisons";
    static final String SHARES = "Shares and concentration";
    static final String INVESTMENT = "Investment";
    static final String COMPANIES = "Companies";
    static final String ENGAGEMENT = "Engagement";
    static final String STATISTICS = "Statistics";
    static final String CHARTS = "Charts";
    static final String QUALITY = "Data quality";
    static final String NOTES = "Notes";

    static final String TITLE = "Tradestat: trade and engagement statistics";
    static final String CONTACT = "Produced by Tradestat (automated)";
    static final String CREATOR = "Tradestat";

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

    private final int maxQualityRows;
    private final int maxWarningRows;

    public WorkbookWriter() {
        this(MAX_QUALITY_ROWS, MAX_WARNING_ROWS);
    }

    /** With a lower limit on the conflicts and warnings listed, so tests can see a cut table without 100,000 rows. */
    WorkbookWriter(int maxQualityRows) {
        this(maxQualityRows, maxQualityRows);
    }

    private WorkbookWriter(int maxQualityRows, int maxWarningRows) {
        this.maxQualityRows = maxQualityRows;
        this.maxWarningRows = maxWarningRows;
    }
    /** Characters of a rejected line shown in the workbook at most. */
    static final int MAX_RAW_CHARS = 1_000;
    /** Height of the rows a chart picture covers, in points (20 pixels). */
    static final float PICTURE_ROW_POINTS = 15f;
    static final int PICTURE_ROW_PIXELS = 20;

    private static final int STREAM_WINDOW = 200;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** A sheet of the contents: its name and what it holds. */
    private record SheetInfo(String name, String holds) {
    }

    private static final List<SheetInfo> SHEETS = List.of(
            new SheetInfo(COVER, "Title, as-of date, focus period, sources, and how to read this workbook."),
            new SheetInfo(CONTENTS, "This list of sheets, with a link to each."),
            new SheetInfo(SUMMARY, "Key figures of each pair of countries for the focus period, with the change on a "
                    + "year earlier and over the long run, then the headline findings in plain sentences: trade, "
                    + "shares, investment, companies, engagement and trends."),
            new SheetInfo(TRADE, "Exports, imports, turnover, balance and coverage of each pair of countries, by "
                    + "commodity and period."),
            new SheetInfo(COMPARISONS, "Changes of turnover, exports, imports and balance on a year earlier, on the "
                    + "previous period, and over the long run with the annual growth rate."),
            new SheetInfo(SHARES, "Each partner's share of a reporter's trade with a group of countries, the "
                    + "concentration of trade across partners and commodities (HHI), and the mirror gaps between what "
                    + "two countries report about the same trade."),
            new SheetInfo(INVESTMENT, "Investment of one country in another by measure (inflow, stock, cumulative "
                    + "since a start year) and period, with its changes."),
            new SheetInfo(COMPANIES, "Companies from one country in another by kind (operating, joint ventures, ...) "
                    + "and period, with their changes."),
            new SheetInfo(ENGAGEMENT, "Engagement events per year of each pair of countries by category and by level, "
                    + "agreements signed, and the time between the latest event and the one before it."),
            new SheetInfo(STATISTICS, "Trends, forecasts with 95% prediction intervals, averages, spread and outliers "
                    + "of the yearly series, in plain words and as figures, and the correlation of engagement with "
                    + "trade."),
            new SheetInfo(CHARTS, "The charts, with a description of each, and the charts that could not be drawn."),
            new SheetInfo(QUALITY, "What became of each input file's lines, the rejected lines and why, conflicting "
                    + "figures, and the consistency warnings."),
            new SheetInfo(NOTES, "Definitions, shorthand, the sources of the figures, and the run parameters."));

    /**
     * Writes the workbook to target (the caller makes it atomic: target is a temporary path it renames). The charts
     * may still be being drawn: {@code charts} is asked for them only when the Charts sheet is written, so the sheets
     * before it are written meanwhile.
     */
    public void write(ReportData data, java.util.function.Supplier<Charts> charts, Path target) throws IOException {
        TradeFacts facts = TradeFacts.of(data.indicators());
        AnalysisFacts more = AnalysisFacts.of(data);
        List<Notes.Note> notes = Notes.all(data);
        Period focus = Period.tryParse(data.run().focusPeriod()).orElse(null);
        Path parent = target.toAbsolutePath().getParent();
        Path poi = Files.createTempFile(parent, ".poi-", ".xlsx.tmp");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(STREAM_WINDOW)) {
            // Uncompressed temporary sheet files: disk is cheaper than deflating every row twice.
            wb.setCompressTempFiles(false);
            Styles styles = new Styles(wb);
            sheet(wb, styles, COVER, s -> cover(s, data, facts, more));
            sheet(wb, styles, CONTENTS, this::contents);
            sheet(wb, styles, SUMMARY, s -> summary(s, facts, more, focus));
            sheet(wb, styles, TRADE, s -> trade(s, facts));
            sheet(wb, styles, COMPARISONS, s -> comparisons(s, facts));
            sheet(wb, styles, SHARES, s -> SharesSheet.write(s, more, facts, notes, data.published()));
            sheet(wb, styles, INVESTMENT, s -> LevelSheet.investment(s, more));
            sheet(wb, styles, COMPANIES, s -> LevelSheet.companies(s, more));
            sheet(wb, styles, ENGAGEMENT, s -> EngagementSheet.write(s, more));
            sheet(wb, styles, STATISTICS, s -> StatisticsSheet.write(s, more));
            Charts drawn = charts.get();
            sheet(wb, styles, CHARTS, s -> charts(s, wb, drawn.drawn(), drawn.notDrawn()));
            sheet(wb, styles, QUALITY, s -> quality(s, data));
            sheet(wb, styles, NOTES, s -> notes(s, notes));
            properties(wb.getXSSFWorkbook(), data, facts, more);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setSelected(i == 0);
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            try (OutputStream out = Files.newOutputStream(poi)) {
                wb.write(out);
            }
            ReproducibleZip.copy(poi, target, data.run().runDate());
        } finally {
            Files.deleteIfExists(poi);
        }
    }

    private static void sheet(SXSSFWorkbook wb, Styles styles, String name, Consumer<SheetBuilder> content) {
        SheetBuilder sheet = new SheetBuilder(wb, styles, name);
        content.accept(sheet);
        sheet.selectA1();
        sheet.done();
    }

    // ---------------------------------------------------------------------------------------------- Cover

    private void cover(SheetBuilder s, ReportData data, TradeFacts facts, AnalysisFacts more) {
        s.widths(110);
        ReportData.RunInfo run = data.run();
        s.line(TITLE, s.styles.title);
        s.line("This workbook holds the statistics Tradestat computed from the files it was given: exports, imports, "
                + "turnover, balance and coverage of each pair of countries by period and their changes over time; "
                + "shares within groups, concentration and mirror gaps; investment, company counts and engagement "
                + "events; trends, forecasts and correlations; charts; the data-quality checks of the run; and notes "
                + "with definitions and sources. The Summary sheet gives the headline findings in plain sentences.",
                s.styles.wrap);
        coverage(facts).ifPresent(text -> s.line(text, s.styles.wrap));
        otherCoverage(more).ifPresent(text -> s.line(text, s.styles.wrap));
        // a run too big to show every figure says what the workbook leaves to indicators.csv
        more.remarks("workbook").forEach(text -> s.line(text, s.styles.wrap));
        s.line("As-of date", s.styles.subheading);
        s.line(run.runDate().format(LONG_DATE) + ". Only periods that ended on or before this date are used.",
                s.styles.wrap);
        s.line("Focus period", s.styles.subheading);
        Optional<Period> focus = Period.tryParse(run.focusPeriod());
        s.line(focus.map(p -> p.label() + ": the period the Summary sheet reports on. A pair with no figures for it "
                        + "shows its latest period instead, and says so.")
                .orElse("None given: the Summary sheet shows each pair's latest period."), s.styles.wrap);
        s.line("Sources", s.styles.subheading);
        s.line(sourcesLine(data), s.styles.wrap);
        s.line("Shorthand and notes", s.styles.subheading);
        s.line("[x] not available; [z] not applicable; " + SheetBuilder.NO_NOTE + " nothing to note; ~ approximate; \u2265 at least; \u2264 at most. Figures "
                + "marked derived were computed from others. Markers such as " + Notes.Def.SHORTHAND.marker()
                + " refer to the Notes sheet. Money is in US$ million unless a header says otherwise.", s.styles.wrap);
        s.line("Run", s.styles.subheading);
        s.line("Job " + run.job() + ", run id " + run.runId() + ". The run parameters are listed on the Notes sheet.",
                s.styles.wrap);
        s.line("Contact", s.styles.subheading);
        s.line(CONTACT + ".", s.styles.wrap);
        s.line("Contents", s.styles.subheading);
        s.linkLine("Go to the list of sheets (Contents)", SheetBuilder.address(CONTENTS, 0, 0));
        s.selectA1();
    }

    private static Optional<String> coverage(TradeFacts facts) {
        List<Pair> pairs = facts.totalPairs();
        List<RowKey> rows = facts.rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Period> periods = new TreeSet<>();
        rows.forEach(r -> periods.add(r.period()));
        String pairText = pairs.stream().map(Pair::label).collect(Collectors.joining(", "));
        if (pairs.size() > 12) {
            pairText = pairs.size() + " pairs of countries";
        }
        return Optional.of("It covers " + (pairs.size() == 1 ? "the pair " : "the pairs ") + pairText
                + ", from " + periods.first().label() + " to " + periods.last().label() + ".");
    }

    /** "It also holds investment figures (1 series), company counts (2 series) and engagement events (2 pairs)." */
    private static Optional<String> otherCoverage(AnalysisFacts more) {
        List<String> parts = new ArrayList<>();
        long investment = more.levelRows(org.tradestat.figure.Dataset.INVESTMENT).stream()
                .map(AnalysisFacts.LevelRow::series).distinct().count();
        long companies = more.levelRows(org.tradestat.figure.Dataset.COMPANIES).stream()
                .map(AnalysisFacts.LevelRow::series).distinct().count();
        long pairs = more.eventYears().stream().map(AnalysisFacts.EventYear::pair).distinct().count();
        if (investment > 0) {
            parts.add("investment figures (" + plural(investment, "series", "series") + ")");
        }
        if (companies > 0) {
            parts.add("company counts (" + plural(companies, "series", "series") + ")");
        }
        if (pairs > 0) {
            parts.add("engagement events (" + plural(pairs, "pair", "pairs") + " of countries)");
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("It also holds " + Texts.joinAnd(parts) + ".");
    }

    private static String plural(long n, String one, String many) {
        return Texts.count(n) + " " + (n == 1 ? one : many);
    }

    private static String sourcesLine(ReportData data) {
        Set<String> sources = new LinkedHashSet<>();
        for (ReportData.SourceRef s : data.sources()) {
            if (s.source() != null && !s.source().isBlank()) {
                sources.add(s.source().trim());
            }
        }
        return sources.isEmpty() ? "No sources were named in the input files."
                : String.join("; ", sources) + ". Each source is a note on the Notes sheet.";
    }

    // ---------------------------------------------------------------------------------------------- Contents

    private void contents(SheetBuilder s) {
        s.widths(26, 110);
        SheetBuilder.Table t = s.table("tblContents", List.of("Sheet", "What it holds"));
        for (SheetInfo info : SHEETS) {
            if (info.name().equals(CONTENTS)) {
                continue;
            }
            t.row().link(info.name(), SheetBuilder.address(info.name(), 0, 0)).wrap(info.holds());
        }
        t.finish();
        s.freezeHeader();
    }

    // ---------------------------------------------------------------------------------------------- Summary

    /**
     * The Summary: a title, the headline sentences (total, largest movers, direction, balance), the key figures of
     * each pair for the focus period with the comparisons that period has (the previous month, quarter or half as
     * well as a year earlier), then every finding in sentences.
     */
    private void summary(SheetBuilder s, TradeFacts facts, AnalysisFacts more, Period focus) {
        s.widths(10, 10, 10, 13, 13, 13, 13, 12, 15, 13, 15, 13, 14, 15, 13, 14, 40);
        s.line("Summary" + (focus == null ? "" : ": " + Texts.periodWords(focus)), s.styles.title);
        for (String headline : Headlines.of(facts, focus)) {
            s.paragraph(headline, s.styles.text);
        }
        List<Pair> pairs = facts.totalPairs();
        if (pairs.isEmpty()) {
            s.line("No trade figures were loaded for this run.", s.styles.text);
        } else {
            keyFigures(s, facts, pairs, focus);
        }
        s.skipRow();
        s.line("Headline findings", s.styles.heading);
        SheetBuilder.Table f = s.table("tblFindings", List.of("Number", "Finding"));
        int n = 0;
        for (String sentence : Findings.headline(facts, more, focus)) {
            f.row().count(++n).text(sentence);
        }
        f.finish();
    }

    /** What a pair's row of key figures holds beyond its levels: the comparisons the shown period has. */
    private record SummaryColumns(String seqName, boolean longRun) {
    }

    private void keyFigures(SheetBuilder s, TradeFacts facts, List<Pair> pairs, Period focus) {
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
        SummaryColumns columns = new SummaryColumns(withPrevious == null ? null : previousName(withPrevious), longRun);
        s.skipRow();
        s.line("Key figures" + (focus == null ? "" : ", " + Texts.periodWords(focus)), s.styles.heading);
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
        headers.add("Notes");
        SheetBuilder.Table t = s.table("tblSummary", headers);
        shown.forEach((pair, period) -> summaryRow(t.row(), facts, pair, period, focus, columns));
        t.finish();
        List<Integer> signed = new ArrayList<>(List.of(8, 9));
        int next = 10;
        if (columns.seqName() != null) {
            signed.addAll(List.of(next, next + 1));
            next += 2;
        }
        if (columns.longRun()) {
            signed.addAll(List.of(next + 1, next + 2, next + 3));
        }
        for (int col : signed) {
            s.signColours(t.column(col));
        }
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

    private void summaryRow(SheetBuilder.RowWriter r, TradeFacts facts, Pair pair, Period period, Period focus,
                            SummaryColumns columns) {
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
        if (coverage != null) {
            r.ratio(coverage.value(), coverage.flags());
        } else if (export != null && imp != null) {
            r.z();
        } else {
            r.x();
        }
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
        Map<String, Set<Flag>> flags = new LinkedHashMap<>();
        flags.put("turnover", flags(turnover));
        flags.put("exports", flags(export));
        flags.put("imports", flags(imp));
        flags.put("balance", flags(balance));
        flags.put("coverage", flags(coverage));
        List<String> notes = new ArrayList<>();
        if (focus != null && !period.equals(focus)) {
            notes.add(Texts.capitalize(Findings.fallbackNote(focus, period)) + ".");
        }
        String flagText = Notes.flagNotes(flags);
        if (!flagText.isEmpty()) {
            notes.add(flagText);
        }
        Set<Flag> changeFlags = EnumSet.noneOf(Flag.class);
        yoy.ifPresent(c -> changeFlags.addAll(c.flags()));
        seq.ifPresent(c -> changeFlags.addAll(c.flags()));
        lng.ifPresent(c -> changeFlags.addAll(c.flags()));
        if (!changeFlags.isEmpty()) {
            notes.add("Changes: " + Notes.flagNotes(changeFlags).toLowerCase(Locale.ROOT));
        }
        r.note(String.join(" ", notes));
    }

    private static void changeCells(SheetBuilder.RowWriter r, Optional<Change> change) {
        if (change.isPresent()) {
            r.moneyChange(change.get().abs()).percentChange(change.get().pct());
        } else {
            r.x().x();
        }
    }

    private static SheetBuilder.RowWriter money(SheetBuilder.RowWriter r, Level level) {
        return r.money(level == null ? null : level.value(), flags(level));
    }

    private static Set<Flag> flags(Level level) {
        return level == null ? Set.of() : level.flags();
    }

    // ---------------------------------------------------------------------------------------------- Trade

    private void trade(SheetBuilder s, TradeFacts facts) {
        s.widths(10, 10, 12, 10, 9, 13, 13, 13, 13, 12, 14, 60);
        List<RowKey> rows = facts.rows();
        if (rows.isEmpty()) {
            s.line("No trade figures were loaded for this run.", s.styles.text);
            return;
        }
        SheetBuilder.Table t = s.table("tblTrade", List.of(
                "Reporter", "Partner", "Commodity (classification and code)", "Period", "Period type",
                "Exports (US$ million)", "Imports (US$ million)",
                "Turnover (US$ million) " + Notes.Def.TURNOVER.marker(),
                "Balance (US$ million) " + Notes.Def.BALANCE.marker(),
                "Coverage (ratio) " + Notes.Def.COVERAGE.marker(),
                "Normalized balance (ratio) " + Notes.Def.NORMALIZED.marker(),
                "Notes"));
        int written = 0;
        for (RowKey key : rows) {
            if (t.isFull()) {
                break;
            }
            tradeRow(t.row(), facts, key);
            written++;
        }
        t.finish();
        s.freezeHeader();
        if (written < rows.size()) {
            s.skipRow();
            s.line("Only the first " + Texts.count(written) + " of " + Texts.count(rows.size()) + " rows fit on this "
                    + "sheet; indicators.csv next to this workbook holds every figure " + Notes.Def.LIMITS.marker()
                    + ".",
                    s.styles.text);
        }
    }

    private void tradeRow(SheetBuilder.RowWriter r, TradeFacts facts, RowKey key) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (String m : TradeFacts.ROW_MEASURES) {
            levels.put(m, facts.level(key.pair(), key.commodity(), m, key.period()).orElse(null));
        }
        Level export = levels.get(TradeFacts.EXPORT);
        Level imp = levels.get(TradeFacts.IMPORT);
        boolean split = export != null && imp != null;
        r.text(key.pair().reporter()).text(key.pair().partner()).text(Texts.commodity(key.commodity()))
                .text(key.period().label()).text(periodType(key.period()));
        money(r, export);
        money(r, imp);
        money(r, levels.get(TradeFacts.TURNOVER));
        money(r, levels.get(TradeFacts.BALANCE));
        Level coverage = levels.get(TradeFacts.COVERAGE);
        if (coverage != null) {
            r.ratio(coverage.value(), coverage.flags());
        } else if (split) {
            r.z();
        } else {
            r.x();
        }
        Level normalized = levels.get(TradeFacts.NORMALIZED_BALANCE);
        if (normalized != null) {
            r.ratio(normalized.value(), normalized.flags());
        } else if (split) {
            r.z();
        } else {
            r.x();
        }
        Map<String, Set<Flag>> flags = new LinkedHashMap<>();
        flags.put("exports", flags(export));
        flags.put("imports", flags(imp));
        flags.put("turnover", flags(levels.get(TradeFacts.TURNOVER)));
        flags.put("balance", flags(levels.get(TradeFacts.BALANCE)));
        flags.put("coverage", flags(coverage));
        flags.put("normalized balance", flags(normalized));
        String text = Notes.flagNotes(flags);
        r.note(text);
    }

    private static String periodType(Period p) {
        return switch (p.kind()) {
            case YEAR -> "Year";
            case HALF -> "Half";
            case QUARTER -> "Quarter";
            case MONTH -> "Month";
        };
    }

    // ---------------------------------------------------------------------------------------------- Comparisons

    private void comparisons(SheetBuilder s, TradeFacts facts) {
        s.widths(10, 10, 12, 11, 10, 16, 11, 13, 13, 13, 11, 14, 40);
        List<Map.Entry<ChangeKey, Change>> rows = facts.changeRows();
        if (rows.isEmpty()) {
            s.line("No figure has an earlier period to compare it with, so there are no comparisons.",
                    s.styles.text);
            return;
        }
        SheetBuilder.Table t = s.table("tblComparisons", List.of(
                "Reporter", "Partner", "Commodity (classification and code)", "Measure", "Period",
                "Comparison " + Notes.Def.COMPARISONS.marker(), "Compared with (period)",
                "Value (US$ million)", "Earlier value (US$ million)",
                "Change (US$ million) " + Notes.Def.CHANGES.marker(), "Change (%)",
                "Annual growth, long run (CAGR %)", "Notes"));
        int written = 0;
        for (var e : rows) {
            if (t.isFull()) {
                break;
            }
            comparisonRow(t.row(), facts, e.getKey(), e.getValue());
            written++;
        }
        t.finish();
        for (int col : new int[]{9, 10, 11}) {
            s.signColours(t.column(col));
        }
        s.freezeHeader();
        if (written < rows.size()) {
            s.skipRow();
            s.line("Only the first " + Texts.count(written) + " of " + Texts.count(rows.size()) + " comparisons fit "
                    + "on this sheet; indicators.csv next to this workbook holds them all " + Notes.Def.LIMITS.marker()
                    + ".", s.styles.text);
        }
    }

    private void comparisonRow(SheetBuilder.RowWriter r, TradeFacts facts, ChangeKey k, Change c) {
        r.text(k.pair().reporter()).text(k.pair().partner()).text(Texts.commodity(k.commodity()))
                .text(measureName(k.measure())).text(k.period().label()).text(comparisonName(k.type()))
                .textOrX(Texts.period(c.base()));
        Level level = facts.level(k.pair(), k.commodity(), k.measure(), k.period()).orElse(null);
        money(r, level);
        money(r, c.base() == null ? null : facts.level(k.pair(), k.commodity(), k.measure(), c.base()).orElse(null));
        // a change of a deficit or across zero has no percentage: [z] (README, "Reading the report")
        r.moneyChange(c.abs()).percentChange(c.pct());
        if ("long".equals(k.type())) {
            r.percentChange(c.cagrPct());
        } else {
            r.z();
        }
        List<String> notes = new ArrayList<>();
        if (TradeFacts.BALANCE.equals(k.measure()) && level != null && c.base() != null) {
            notes.add(Texts.capitalize(Texts.balanceChange(level.value().subtract(c.abs()), level.value(),
                    c.base().label(), "")) + ".");
        }
        String flagText = Notes.flagNotes(c.flags());
        if (!flagText.isEmpty()) {
            notes.add(flagText);
        }
        r.note(String.join(" ", notes));
    }

    private static String measureName(String measure) {
        return switch (measure) {
            case TradeFacts.EXPORT -> "Exports";
            case TradeFacts.IMPORT -> "Imports";
            case TradeFacts.TURNOVER -> "Turnover";
            case TradeFacts.BALANCE -> "Balance";
            default -> measure;
        };
    }

    private static String comparisonName(String type) {
        return switch (type) {
            case "yoy" -> "Year on year";
            case "seq" -> "Previous period";
            case "long" -> "Long run";
            default -> type;
        };
    }

    // ---------------------------------------------------------------------------------------------- Charts

    private record Embedded(ChartImage chart, byte[] png) {
    }

    private void charts(SheetBuilder s, SXSSFWorkbook wb, List<ChartImage> charts, List<String> notDrawn) {
        s.widths(24, 44, 30, 30, 90);
        List<Embedded> embedded = new ArrayList<>();
        List<String> problems = new ArrayList<>(notDrawn);
        for (ChartImage c : charts) {
            try {
                embedded.add(new Embedded(c, Files.readAllBytes(c.png())));
            } catch (IOException | RuntimeException e) {
                problems.add(c.title() + ": the picture " + fileName(c.png()) + " could not be read ("
                        + e.getClass().getSimpleName() + ").");
            }
        }
        if (embedded.isEmpty()) {
            s.line("No charts were drawn for this run.", s.styles.text);
        }
        // Each chart's title row: the table comes first, then the not-drawn list, then the pictures.
        int titleRow = (embedded.isEmpty() ? 1 : embedded.size() + 1) + 1
                + (problems.isEmpty() ? 0 : problems.size() + 2);
        List<Integer> titleRows = new ArrayList<>();
        for (Embedded e : embedded) {
            titleRows.add(titleRow);
            titleRow += 1 + pictureRows(e.chart()) + 1;
        }
        if (!embedded.isEmpty()) {
            SheetBuilder.Table t = s.table("tblCharts", List.of("Chart", "Title (link to the picture)", "PNG file",
                    "SVG file", "Description (alt text)"));
            for (int i = 0; i < embedded.size(); i++) {
                ChartImage c = embedded.get(i).chart();
                t.row().text(c.name()).link(c.title(), SheetBuilder.address(CHARTS, titleRows.get(i), 0))
                        .textOrX(fileName(c.png())).textOrX(fileName(c.svg())).wrap(c.altText());
            }
            t.finish();
        }
        if (!problems.isEmpty()) {
            s.skipRow();
            s.line("Charts not drawn", s.styles.heading);
            for (String p : problems) {
                s.line(p, s.styles.text);
            }
        }
        XSSFDrawing drawing = embedded.isEmpty() ? null : s.xssfSheet().createDrawingPatriarch();
        for (int i = 0; i < embedded.size(); i++) {
            Embedded e = embedded.get(i);
            while (s.nextRow() < titleRows.get(i)) {
                s.skipRow();
            }
            if (i > 0) {
                // Each further chart starts a printed page, so no picture is cut in two by a page break.
                s.sheet.setRowBreak(s.nextRow() - 1);
            }
            s.line(e.chart().title(), s.styles.heading);
            int first = s.nextRow();
            int rows = pictureRows(e.chart());
            for (int k = 0; k < rows; k++) {
                Row row = s.newRow();
                row.setHeightInPoints(PICTURE_ROW_POINTS);
            }
            picture(wb, drawing, e, first);
        }
    }

    private static int pictureRows(ChartImage c) {
        return (Math.max(1, c.heightPx()) + PICTURE_ROW_PIXELS - 1) / PICTURE_ROW_PIXELS;
    }

    /** The picture at its display size from the top left of column A in the given row, with its alt text. */
    private static void picture(SXSSFWorkbook wb, XSSFDrawing drawing, Embedded e, int row) {
        ChartImage c = e.chart();
        int index = wb.addPicture(e.png(), Workbook.PICTURE_TYPE_PNG);
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 0, row, 1, row + pictureRows(c));
        XSSFPicture picture = drawing.createPicture(anchor, index);
        CTNonVisualDrawingProps props = picture.getCTPicture().getNvPicPr().getCNvPr();
        props.setName(Texts.cell(c.name()));
        props.setDescr(Texts.cell(c.altText()));
        props.setTitle(Texts.cell(c.title()));
        long cx = (long) Math.max(1, c.widthPx()) * Units.EMU_PER_PIXEL;
        long cy = (long) Math.max(1, c.heightPx()) * Units.EMU_PER_PIXEL;
        picture.getCTPicture().getSpPr().getXfrm().getExt().setCx(cx);
        picture.getCTPicture().getSpPr().getXfrm().getExt().setCy(cy);
        // A one-cell anchor with an explicit size: the picture keeps its size whatever the column widths are.
        CTDrawing ct = drawing.getCTDrawing();
        int last = ct.sizeOfTwoCellAnchorArray() - 1;
        CTTwoCellAnchor two = ct.getTwoCellAnchorArray(last);
        CTOneCellAnchor one = ct.addNewOneCellAnchor();
        one.setFrom(two.getFrom());
        CTPositiveSize2D ext = one.addNewExt();
        ext.setCx(cx);
        ext.setCy(cy);
        one.setPic(two.getPic());
        one.addNewClientData();
        ct.removeTwoCellAnchor(last);
    }

    private static String fileName(Path p) {
        return p == null || p.getFileName() == null ? null : p.getFileName().toString();
    }

    // ---------------------------------------------------------------------------------------------- Data quality

    /**
     * One sheet, four tables below each other. Columns are shared, so every table keeps its readable text in
     * column B (wide, wrapped) and its file or check in column A.
     */
    private void quality(SheetBuilder s, ReportData data) {
        s.widths(28, 62, 36, 12, 12, 12, 12, 12, 12, 12);
        if (data.inputs().isEmpty()) {
            s.line("No input files were read.", s.styles.text);
        } else {
            SheetBuilder.Table t = s.table("tblInputFiles", List.of("File", "What became of its lines",
                    "Warnings", "Kind", "Encoding", "Data lines", "Loaded", "Exact duplicates", "Conflicts",
                    "Rejected"));
            for (ReportData.InputSummary in : data.inputs()) {
                t.row().text(in.file()).wrap(linesSentence(in))
                        .note(in.warnings() == null ? "" : String.join(" ", in.warnings()))
                        .text(in.kind()).textOrX(in.encoding()).count(in.lines()).count(in.loaded())
                        .count(in.duplicates()).count(in.conflicts()).count(in.rejected());
            }
            t.finish();
            s.freezeHeader();
        }

        s.skipRow();
        s.line("Rejected lines " + Notes.Def.QUALITY.marker(), s.styles.heading);
        List<ReportData.RejectLine> rejects = data.rejects();
        ReportData.RejectCounts counts = data.rejectCounts();
        if (counts.total() == 0) {
            s.line("No lines were rejected.", s.styles.text);
        } else {
            int listed = Math.min(MAX_REJECT_ROWS, rejects.size());
            if (counts.total() > listed) {
                // a run can reject millions of lines: the counts, then the first lines (README, "Reading the report")
                s.line(Texts.count(counts.total()) + " lines were rejected. The table below counts them by file and"
                        + " reason; the first " + Texts.count(listed) + " are listed after it, and rejects.csv next to"
                        + " this workbook holds them all.", s.styles.text);
                rejectReasons(s, counts);
                s.skipRow();
            }
            SheetBuilder.Table t = s.table("tblRejects", List.of("File", "Reason", "Raw line", "Line number"));
            for (ReportData.RejectLine rj : rejects.subList(0, listed)) {
                t.row().text(rj.file()).wrap(rj.reason())
                        .wrap(Texts.shorten(rj.raw(), MAX_RAW_CHARS, "rejects.csv holds the whole line"))
                        .number(rj.line(), s.styles.lineNumber);
            }
            t.finish();
        }

        s.skipRow();
        s.line("Conflicting figures " + Notes.Def.QUALITY.marker(), s.styles.heading);
        if (data.conflicts().isEmpty()) {
            s.line("No figure was given twice with different values.", s.styles.text);
        } else {
            SheetBuilder.Table t = s.table("tblConflicts", List.of("Figure", "What happened", "Dataset",
                    "Earlier value", "Earlier file", "Earlier line", "Later value (used)", "Later file",
                    "Later line"));
            int written = 0;
            for (ReportData.ConflictLine c : data.conflicts()) {
                if (t.isFull() || written >= maxQualityRows) {
                    break;
                }
                written++;
                t.row().wrap(c.item())
                        .wrap(c.oldValue() + " (" + c.oldFile() + " line " + c.oldLine() + ") was replaced by "
                                + c.newValue() + " (" + c.newFile() + " line " + c.newLine() + ").")
                        .text(c.dataset()).textRight(c.oldValue()).wrap(c.oldFile())
                        .number(c.oldLine(), s.styles.lineNumber).textRight(c.newValue()).wrap(c.newFile())
                        .number(c.newLine(), s.styles.lineNumber);
            }
            t.finish();
            cutNote(s, written, data.conflicts().size(), "conflicting figures",
                    "run.json counts them per file");
        }

        s.skipRow();
        s.line("Consistency warnings", s.styles.heading);
        if (data.warnings().isEmpty()) {
            s.line("All consistency checks passed: no warnings.", s.styles.text);
        } else {
            SheetBuilder.Table t = s.table("tblWarnings", List.of("Check", "Message"));
            int written = 0;
            for (var w : data.warnings()) {
                if (t.isFull() || written >= maxWarningRows) {
                    break;
                }
                written++;
                t.row().wrap(w.check()).wrap(w.message());
            }
            t.finish();
            Map<String, Long> byCheck = new java.util.TreeMap<>();
            data.warnings().forEach(w -> byCheck.merge(w.check(), 1L, Long::sum));
            List<String> checkCounts = new ArrayList<>();
            byCheck.forEach((check, n) -> checkCounts.add(check + " " + Texts.count(n)));
            cutNote(s, written, data.warnings().size(), "warnings",
                    "the rest are left out, to keep the sheet readable (all warnings, by check: "
                            + String.join(", ", checkCounts) + ")");
        }
    }

    /** The rejected lines counted by file and kind of reason (the values a reason quotes left out). */
    private void rejectReasons(SheetBuilder s, ReportData.RejectCounts counts) {
        SheetBuilder.Table t = s.table("tblRejectReasons", List.of("File", "Reason (quoted values left out)",
                "Rejected lines"));
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
    static String linesSentence(ReportData.InputSummary in) {
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

    // ---------------------------------------------------------------------------------------------- Notes

    private void notes(SheetBuilder s, List<Notes.Note> notes) {
        s.widths(12, 28, 120);
        SheetBuilder.Table t = s.table("tblNotes", List.of("Note number", "Topic", "Note text"));
        for (Notes.Note n : notes) {
            t.row().text("note " + n.number()).wrap(n.topic()).wrap(n.text());
        }
        t.finish();
        s.freezeHeader();
    }

    // ---------------------------------------------------------------------------------------------- Properties

    private static void properties(XSSFWorkbook wb, ReportData data, TradeFacts facts, AnalysisFacts more) {
        ReportData.RunInfo run = data.run();
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(TITLE + ", as of " + run.runDate());
        String focus = Period.tryParse(run.focusPeriod()).map(Period::label).orElse("the latest period of each pair");
        core.setSubjectProperty("Trade, investment, company and engagement statistics by pair of countries; focus "
                + "period " + focus);
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        Set<String> countries = new TreeSet<>();
        for (Pair p : facts.totalPairs()) {
            countries.add(p.reporter());
            countries.add(p.partner());
        }
        for (AnalysisFacts.Pair p : more.pairs()) {
            for (String c : List.of(p.a(), p.b())) {
                if (c.length() == 3 && c.chars().allMatch(Character::isLetter)) {
                    countries.add(c);
                }
            }
        }
        List<String> keywords = new ArrayList<>(List.of("trade", "statistics", "exports", "imports", "turnover",
                "balance", "investment", "companies", "engagement", "shares", "trends"));
        if (countries.size() <= 20) {
            keywords.addAll(countries);
        }
        core.setKeywords(String.join(", ", keywords));
        core.setDescription(CONTACT + ": job " + run.job() + ", run id " + run.runId() + ", as-of date "
                + run.runDate() + ". Statistics of trade, investment, companies and engagement between pairs of "
                + "countries, with definitions and sources on the Notes sheet.");
        core.setCategory("Statistics");
        // screen readers choose their voice by it (the spreadsheet guidance's accessibility rules)
        core.getUnderlyingProperties().setLanguageProperty("en-GB");
        Date runDate = Date.from(run.runDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(runDate));
        core.setModified(Optional.of(runDate));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany(CREATOR);
    }
}
