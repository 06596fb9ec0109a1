package org.tradestat.job;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The parameters of the run a step belongs to, its run id (the job instance id) and the token that names its
 * {@link WorkFiles work files}.
 */
public record RunContext(long runId, LocalDate runDate, String period, Path inputDir, Path outputDir,
                         double maxRejectRate, String workToken) {

    public static final String RUN_DATE = "runDate";
    public static final String RERUN = "rerun";
    public static final String PERIOD = "period";
    public static final String INPUT_DIR = "inputDir";
    public static final String OUTPUT_DIR = "outputDir";
    public static final String MAX_REJECT_RATE = "maxRejectRate";
    /** The date of the run to compare with (--compare-with), a parameter that does not identify the run. */
    public static final String COMPARE_WITH = "compareWith";

    public static RunContext of(StepExecution step) {
        return of(step.getJobExecution());
    }

    public static RunContext of(JobExecution job) {
        JobParameters p = job.getJobParameters();
        return new RunContext(job.getJobInstance().getInstanceId(), p.getLocalDate(RUN_DATE),
                p.getString(PERIOD, ""), Path.of(p.getString(INPUT_DIR)), Path.of(p.getString(OUTPUT_DIR)),
                p.getDouble(MAX_REJECT_RATE), job.getExecutionContext().getString(WorkFiles.TOKEN, ""));
    }

    public WorkFiles workFiles() {
        return new WorkFiles(outputDir, runId, workToken);
    }

    /** Scratch files of this run (the load's spilled figure lines), removed when they have been used. */
    public Path workDir() {
        return workFiles().spillDir();
    }

    /**
     * The run's store of computed indicators (a binary work file of typed columns): written by computeIndicators,
     * read by writeReport, which writes {@code indicators.csv} from it; removed when the run has completed.
     */
    public Path computedIndicators() {
        return workFiles().computedIndicators();
    }

    /** The folder this run's report goes to: {@code <outputDir>/<runDate>/}. */
    public Path reportDir() {
        return outputDir.resolve(runDate.toString());
    }
}
