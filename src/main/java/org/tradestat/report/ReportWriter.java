package org.tradestat.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.tradestat.job.RunContext;
import org.tradestat.store.RunRepository;

/**
 * Writes a run's report folder {@code <outputDir>/<runDate>/}: charts, workbook, {@code indicators.csv},
 * {@code rejects.csv} and, last, {@code run.json}. Every file is written atomically.
 */
public final class ReportWriter {

    private final RunRepository runs;

    public ReportWriter(RunRepository runs) {
        this.runs = runs;
    }

    public Path write(RunContext run, JobExecution execution) throws IOException {
        Map<String, String> parameters = new java.util.TreeMap<>();
        for (JobParameter<?> p : execution.getJobParameters()) {
            parameters.put(p.name(), String.valueOf(p.value()));
        }
        var indicators = runs.indicators(run.runId());
        ReportData.RunInfo info = new ReportData.RunInfo(execution.getJobInstance().getJobName(), run.runId(),
                run.runDate(), FocusPeriod.choose(run.period(), indicators), parameters);
        ReportData data = runs.reportData(info, run.inputDir());

        Path dir = run.reportDir();
        Path charts = dir.resolve("charts");
        Files.createDirectories(charts);
        AtomicFiles.removeLeftovers(dir);
        AtomicFiles.removeLeftovers(charts);
        List<String> outputs = new ArrayList<>();

        IndicatorsCsv.write(data.indicators(), dir.resolve("indicators.csv"));
        outputs.add("indicators.csv");
        RejectsCsv.write(data.rejects(), dir.resolve("rejects.csv"));
        outputs.add("rejects.csv");

        LocalDateTime start = execution.getStartTime();
        Instant startTime = start == null ? Instant.now() : start.atZone(java.time.ZoneId.systemDefault()).toInstant();
        outputs.add("run.json");
        RunJson.write(data, "COMPLETED", startTime, Instant.now(), outputs, dir.resolve("run.json"));
        return dir;
    }
}
