package org.tradestat.job;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.tradestat.analysis.Revisions;
import org.tradestat.report.ReportData;
import org.tradestat.report.ReportRequest;
import org.tradestat.store.RunRepository;

/** The report of a run, asked for from what the job knows of it and what the database holds. */
final class ReportRequests {

    /** Who answers questions about the figures, as the Cover names them (README, Parameters). */
    static final String CONTACT_VARIABLE = "TRADESTAT_CONTACT";

    private ReportRequests() {
    }

    static ReportRequest of(RunContext run, JobExecution execution, RunRepository runs, Revisions revisions) {
        Map<String, String> parameters = new TreeMap<>();
        for (JobParameter<?> p : execution.getJobParameters()) {
            parameters.put(p.name(), String.valueOf(p.value()));
        }
        LocalDateTime start = execution.getStartTime();
        long id = run.runId();
        return new ReportRequest(new ReportData.RunInfo(execution.getJobInstance().getJobName(), id, run.runDate(),
                run.period(), parameters, System.getenv(CONTACT_VARIABLE)),
                start == null ? Instant.now() : start.atZone(ZoneId.systemDefault()).toInstant(),
                runs.inputSummaries(id, run.inputDir()), runs.conflicts(id), runs.warnings(id),
                runs.sources(id, run.runDate()), runs.remarks(id), runs.published(id, run.runDate()),
                run.computedIndicators(), run.reportDir(), each -> runs.forEachReject(id, run.inputDir(), each),
                revisions);
    }
}
