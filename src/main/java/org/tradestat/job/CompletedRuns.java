package org.tradestat.job;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The completed runs of the job, as the job repository records them: the run a run compares itself with (README,
 * "Revisions") is the latest completed run of the latest earlier date, or the latest completed run of the date given
 * with {@code --compare-with}.
 */
final class CompletedRuns {

    /** A completed run: its date, its run id (job instance id) and when it ended. */
    record Completed(LocalDate runDate, long runId, LocalDateTime endTime) {
    }

    private static final Comparator<Completed> LATER = Comparator
            .comparing(Completed::endTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Completed::runId);

    private final JobRepository repository;
    private final String jobName;

    CompletedRuns(JobRepository repository, String jobName) {
        this.repository = repository;
        this.jobName = jobName;
    }

    /** The latest completed run of each date (a --rerun completes later than the run it replaces), by date. */
    NavigableMap<LocalDate, Completed> byDate() {
        NavigableMap<LocalDate, Completed> runs = new TreeMap<>();
        for (JobInstance instance : repository.findJobInstances(jobName)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                continue;
            }
            LocalDate date = last.getJobParameters().getLocalDate(RunContext.RUN_DATE);
            if (date != null) {
                runs.merge(date, new Completed(date, instance.getInstanceId(), last.getEndTime()),
                        (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
            }
        }
        return runs;
    }

    /**
     * The run to compare the run of {@code runDate} with: the latest completed run of {@code chosen} when one is
     * chosen, else of the latest date before {@code runDate}; empty when there is none.
     */
    Optional<Completed> comparedWith(LocalDate runDate, LocalDate chosen) {
        NavigableMap<LocalDate, Completed> runs = byDate();
        return Optional.ofNullable(chosen != null ? runs.get(chosen)
                : Optional.ofNullable(runs.lowerEntry(runDate)).map(java.util.Map.Entry::getValue).orElse(null));
    }

    /**
     * Why a --compare-with date cannot be used, in words: no run of that date has completed (README, "Revisions");
     * empty when it can, or when none is given.
     */
    Optional<String> noRunOn(LocalDate compareWith) {
        if (compareWith == null) {
            return Optional.empty();
        }
        NavigableMap<LocalDate, Completed> completed = byDate();
        if (completed.containsKey(compareWith)) {
            return Optional.empty();
        }
        List<String> dates = completed.keySet().stream().map(Object::toString).toList();
        return Optional.of("--compare-with " + compareWith + ": no run for that date has completed on this database,"
                + " so there is nothing to compare with; " + (dates.isEmpty() ? "no run has completed yet."
                : "runs have completed for " + String.join(", ", dates.subList(Math.max(0, dates.size() - 10),
                dates.size())) + (dates.size() > 10 ? " (the latest 10 of " + dates.size() + ")." : ".")));
    }
}
