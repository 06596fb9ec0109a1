package org.tradestat.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.Remark;
import org.tradestat.analysis.Revisions;
import org.tradestat.figure.ConflictLine;
import org.tradestat.figure.InputSummary;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.RejectLine;
import org.tradestat.figure.SourceRef;

/**
 * Everything the workbook and charts are written from, made by {@link ReportWriter} from a {@link ReportRequest}:
 * what ran, what each input file gave, the indicators shown, and the data-quality findings. {@code rejects} is the first rejected
 * lines, which the workbook lists (a run can reject millions: {@code rejects.csv}, streamed from the database, holds
 * them all); {@code rejectCounts} counts all of them. {@code published}: the figures of the input's published-figures
 * files, shown as published. {@code revisions}: what changed since the run compared with (README, "Revisions").
 */
public record ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators,
                         List<RejectLine> rejects, List<ConflictLine> conflicts, List<QualityWarning> warnings,
                         List<SourceRef> sources, List<Remark> remarks, RejectCounts rejectCounts,
                         List<PublishedFigure> published, Revisions revisions) {

    /** The report of a first run: nothing to compare with. */
    public ReportData(RunInfo run, List<InputSummary> inputs, List<Indicator> indicators, List<RejectLine> rejects,
                      List<ConflictLine> conflicts, List<QualityWarning> warnings, List<SourceRef> sources,
                      List<Remark> remarks, RejectCounts rejectCounts, List<PublishedFigure> published) {
        this(run, inputs, indicators, rejects, conflicts, warnings, sources, remarks, rejectCounts, published,
                Revisions.firstRun());
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

    /**
     * How many lines were rejected in all, and how many of each file for each kind of reason (a reason with the
     * values it quotes left out), most first within a file; {@code leftOut} counts the lines of the kinds not listed.
     */
    public record RejectCounts(long total, List<ReasonCount> byReason, long leftOut) {
    }

    /** Lines of a file rejected for one kind of reason. */
    public record ReasonCount(String file, String reason, long lines) {
    }

    /**
     * The run: job name, run id (job instance), as-of date, focus period, parameters as given, and who answers
     * questions about the figures (empty when the operator named no one).
     */
    public record RunInfo(String job, long runId, LocalDate runDate, String focusPeriod,
                          Map<String, String> parameters, String contact) {

        public RunInfo {
            contact = contact == null ? "" : contact.strip();
        }

        /** Without a contact. */
        public RunInfo(String job, long runId, LocalDate runDate, String focusPeriod, Map<String, String> parameters) {
            this(job, runId, runDate, focusPeriod, parameters, "");
        }
    }
}
