package org.tradestat.job;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.tradestat.analysis.Revisions;
import org.tradestat.analysis.RunFigure;
import org.tradestat.store.RunFigures;

/** A run's revisions: its resolved figures compared with those of the run it compares itself with. */
final class RunRevisions {

    private RunRevisions() {
    }

    /** {@code chosen}: the date given with --compare-with, or null for the previous completed run. */
    static Revisions of(RunContext run, LocalDate chosen, CompletedRuns completed, RunFigures figures) {
        Optional<CompletedRuns.Completed> previous = completed.comparedWith(run.runDate(), chosen);
        if (previous.isEmpty()) {
            if (chosen != null) {
                // the launcher checked it before the run started: the run has been removed from the job repository
                throw new IllegalStateException("--compare-with " + chosen + ": no run for that date has completed");
            }
            return Revisions.firstRun();
        }
        CompletedRuns.Completed compared = previous.get();
        if (!figures.held(compared.runId())) {
            return Revisions.figuresGone(compared.runDate());
        }
        try (Stream<RunFigure> before = figures.resolved(compared.runId());
             Stream<RunFigure> now = figures.resolved(run.runId())) {
            return Revisions.compare(compared.runDate(), before.iterator(), now.iterator());
        }
    }
}
