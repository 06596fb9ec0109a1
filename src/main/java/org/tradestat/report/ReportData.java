package org.tradestat.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.figure.PublishedFigure;

/**
 * Everything a report is written from, read back from the database after the analysis: what ran, what each
 * input file gave, the computed indicators, and the data-quality findings. {@code rejects} is the first rejected
 * lines, which the workbook lists (a run can reject millions: {@code rejects.csv}, streamed from the database, holds
 * them all); {@code rejectCounts} counts all of them. {@code published}: the figures of the input's published-figures
 * files, shown as published.
 */
public record ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators,
                         List<RejectLine> rejects, List<ConflictLine> conflicts, List<QualityWarning> warnings,
                         List<SourceRef> sources, List<Remark> remarks, RejectCounts rejectCounts,
                         List<PublishedFigure> published) {

    /** Without published figures. */
    public ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators, List<RejectLine> rejects,
                      List<ConflictLine> conflicts, List<QualityWarning> warnings, List<SourceRef> sources,
                      List<Remark> remarks, RejectCounts rejectCounts) {
        this(run, inputs, indicators, rejects, conflicts, warnings, sources, remarks, rejectCounts, List.of());
    }

    /** With every rejected line given, counted here. */
    public ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators, List<RejectLine> rejects,
                      List<ConflictLine> conflicts, List<QualityWarning> warnings, List<SourceRef> sources,
                      List<Remark> remarks) {
        this(run, inputs, indicators, rejects, conflicts, warnings, sources, remarks, RejectTally.of(rejects).counts());
    }

    public ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators, List<RejectLine> rejects,
                      List<ConflictLine> conflicts, List<QualityWarning> warnings, List<SourceRef> sources) {
        this(run, inputs, indicators, rejects, conflicts, warnings, sources, List.of());
    }

    /**
     * Whether the input holds figures of a dataset (events, for engagement), whatever their periods: a file of that
     * kind with loaded lines, or any figure computed from one. A run whose figures of a kind all come after the as-of
     * date holds them; a run without such a file holds none, and the report says so in those words.
     */
    public boolean holds(org.tradestat.figure.Dataset dataset) {
        String kind = dataset == org.tradestat.figure.Dataset.ENGAGEMENT ? "events" : dataset.code();
        return inputs.stream().anyMatch(i -> kind.equals(i.kind()) && i.loaded() > 0)
                || indicators.stream().anyMatch(i -> i.series().dataset() == dataset);
    }

    /** The same with the rejected lines as a tally of them saw them: its first lines and its counts. */
    public ReportData withRejects(RejectTally tally) {
        return new ReportData(run, inputs, indicators, tally.first(), conflicts, warnings, sources, remarks,
                tally.counts(), published);
    }

    /** The same with the published figures the run shows (those of periods ended by the as-of date). */
    public ReportData withPublished(List<PublishedFigure> shown) {
        return new ReportData(run, inputs, indicators, rejects, conflicts, warnings, sources, remarks, rejectCounts,
                List.copyOf(shown));
    }

    /**
     * How many lines were rejected in all, and how many of each file for each kind of reason (a reason with the
     * values it quotes left out), most first within a file; {@code leftOut} counts the lines of the kinds not listed.
     */
    public record RejectCounts(long total, List<ReasonCount> byReason, long leftOut) {
    }

    /** Lines of a file rejected for one kind of reason. */
    public record ReasonCount(String file, String reason, long lines) {
    }

    /** The run: job name, run id (job instance), as-of date, focus period, parameters as given. */
    public record RunInfo(String job, long runId, LocalDate runDate, String focusPeriod,
                          Map<String, String> parameters) {
    }

    /** One input file and what became of its data lines: lines = loaded + duplicates + rejected. */
    public record InputSummary(String file, String kind, String sha256, String encoding, long lines, long loaded,
                               long duplicates, long conflicts, long rejected, List<String> warnings) {
    }

    public record RejectLine(String file, long line, String reason, String raw) {
    }

    /** A key given two different values: the later one (file order, then line) won. */
    public record ConflictLine(String dataset, String item, String oldValue, String oldFile, long oldLine,
                               String newValue, String newFile, long newLine) {
    }

    /** A sentence shown where a figure cannot be computed; topic: statistics, shares or correlation. */
    public record Remark(String topic, String message) {
    }

    /** A source named by the input, with the dataset and how many loaded figures or events cite it. */
    public record SourceRef(String dataset, String source, long figures) {
    }
}
