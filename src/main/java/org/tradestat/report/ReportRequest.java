package org.tradestat.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.Remark;
import org.tradestat.analysis.Revisions;
import org.tradestat.figure.ConflictLine;
import org.tradestat.figure.InputSummary;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.RejectLine;
import org.tradestat.figure.SourceRef;

/**
 * What a run's report is written from, as the job gives it: what ran ({@code run.focusPeriod()} is the period asked
 * for, empty for the latest), when it started, what each input file gave, the data-quality findings, the published
 * figures of periods ended by the as-of date, the file of the computed indicators (the form of {@code indicators.csv}),
 * the report folder to write, the rejected lines, streamed, and the revisions since the run compared with.
 */
public record ReportRequest(ReportData.RunInfo run, Instant startTime, List<InputSummary> inputs,
                            List<ConflictLine> conflicts, List<QualityWarning> warnings, List<SourceRef> sources,
                            List<Remark> remarks, List<PublishedFigure> published, Path computedIndicators,
                            Path reportDir, RejectSource rejects, Revisions revisions) {

    /**
     * Every rejected line of the run, in file and line order, each given as it is read: a run can reject millions of
     * lines, which are never all in memory.
     */
    @FunctionalInterface
    public interface RejectSource {
        void forEach(Consumer<RejectLine> each);
    }
}
