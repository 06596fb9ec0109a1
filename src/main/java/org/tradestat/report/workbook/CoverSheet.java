package org.tradestat.report.workbook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tradestat.figure.CountryNames;
import org.tradestat.figure.SourceRef;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.RowKey;

/** The Cover: title, what the workbook covers, as-of date, focus period, sources, shorthand, run and contact. */
final class CoverSheet {

    static final String NAME = "Cover";

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ReportData data;
    private final TradeFacts facts;
    private final AnalysisFacts more;

    private CoverSheet(ReportData data, TradeFacts facts, AnalysisFacts more) {
        this.data = data;
        this.facts = facts;
        this.more = more;
    }

    /** Titled with the workbook's title; its content says what it shows. */
    static WorkbookSheet sheet(ReportData data, TradeFacts facts, AnalysisFacts more) {
        return new WorkbookSheet(NAME, "Title, as-of date, focus period, sources, and how to read this workbook.",
                WorkbookWriter.TITLE, "", new CoverSheet(data, facts, more)::write);
    }

    private void write(SheetBuilder s) {
        s.widths(110);
        ReportData.RunInfo run = data.run();
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
        s.line("[x] not available; [z] not applicable; [e] estimated: derived from other figures; [u] low "
                + "reliability: approximate in the source (~ before the number); \u2265 at least; \u2264 at most; "
                + "[b] break in series; [r] revised since the previous run; "
                + SheetBuilder.NO_NOTE + " nothing to note. Markers such as " + Notes.Def.SHORTHAND.marker()
                + " refer to the Notes sheet. Money is in US$ million unless a header says otherwise.", s.styles.wrap);
        s.line("Release and revisions", s.styles.subheading);
        s.line("Produced by the run for " + run.runDate().format(LONG_DATE) + "; the next release is the next run. "
                + "Sources revise their figures, and a later run gives the figures as revised: compare runs by their "
                + "as-of date. Within this run, where two files give one figure different values, the later file's "
                + "value is used and both are listed on the Conflicts sheet (there when there are any).", s.styles.wrap);
        s.line(RevisionsSheet.summary(data.revisions()), s.styles.wrap);
        s.line("Run", s.styles.subheading);
        s.line("Job " + run.job() + ", run id " + run.runId() + ". The run's parameters and input files are in "
                + "run.json, next to this workbook.", s.styles.wrap);
        s.line("Contact", s.styles.subheading);
        s.line(run.contact().isEmpty() ? WorkbookWriter.CONTACT + "; no contact was named for this run."
                : run.contact(), s.styles.wrap);
        s.line("Contents", s.styles.subheading);
        s.linkLine("Go to the list of sheets (Contents)", SheetBuilder.address(ContentsSheet.NAME, 0, 0));
    }

    private static Optional<String> coverage(TradeFacts facts) {
        List<Pair> pairs = facts.totalPairs();
        List<RowKey> rows = facts.rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Period> periods = new TreeSet<>();
        rows.forEach(r -> periods.add(r.period()));
        String pairText = pairs.stream().map(p -> CountryNames.place(p.reporter()) + " with "
                + CountryNames.place(p.partner())).collect(Collectors.joining(", "));
        if (pairs.size() > 12) {
            pairText = pairs.size() + " pairs of countries";
        }
        return Optional.of("It covers the trade of " + pairText + ", from " + periods.first().words() + " to "
                + periods.last().words() + ".");
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
        for (SourceRef s : data.sources()) {
            if (s.source() != null && !s.source().isBlank()) {
                sources.add(s.source().trim());
            }
        }
        return sources.isEmpty() ? "No sources were named in the input files."
                : String.join("; ", sources) + ". Each source is a note on the Notes sheet.";
    }
}
