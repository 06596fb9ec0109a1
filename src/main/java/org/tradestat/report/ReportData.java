package org.tradestat.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.QualityWarning;

/**
 * Everything a report is written from, read back from the database after the analysis: what ran, what each
 * input file gave, the computed indicators, and the data-quality findings. {@code rejects} is the first rejected
 * lines, which the workbook lists (a run can reject millions: {@code rejects.csv}, streamed from the database, holds
 * them all); {@code rejectCounts} counts all of them.
 */
public record ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators,
                         List<RejectLine> rejects, List<ConflictLine> conflicts, List<QualityWarning> warnings,
                         List<SourceRef> sources, List<Remark> remarks, RejectCounts rejectCounts) {

    /** With every rejected line given, counted here. */
    public ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators, List<RejectLine> rejects,
                      List<ConflictLine> conflicts, List<QualityWarning> warnings, List<SourceRef> sources,
                      List<Remark> remarks) {
        this(run, inputs, indicators, rejects, conflicts, warnings, sources, remarks, RejectTally.of(rejects).counts());
    }

    /** The same with the rejected lines as a tally of them saw them: its first lines and its counts. */
    public ReportData withRejects(RejectTally tally) {
        return new ReportData(run, inputs, indicators, tally.first(), conflicts, warnings, sources, remarks,
                tally.counts());
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
