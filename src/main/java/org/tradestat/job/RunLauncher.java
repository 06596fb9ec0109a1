package org.tradestat.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.tradestat.ingest.InputFile;
import org.tradestat.ingest.InputScanner;
import org.tradestat.store.RunRepository;

/**
 * Starts, resumes or recognises as done the run for a date (SPEC 5), and turns the outcome into an exit code
 * and a message for the operator. The caller holds the {@link RunLock} for the date.
 */
@Component
public class RunLauncher {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunRepository runs;
    private final StaleExecutions staleExecutions;
    /** The identifying parameters of the job execution running now, for {@link #requestStop}. */
    private volatile JobParameters running;
    private volatile boolean stopping;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, RunRepository runs,
                       DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.runs = runs;
        this.staleExecutions = new StaleExecutions(jobOperator, jobRepository, job.getName(), dataSource);
    }

    public int launch(CommandLineOptions options, Database db, PrintStream out, PrintStream err) throws Exception {
        Optional<String> noComparison = new CompletedRuns(jobRepository, job.getName()).noRunOn(options.compareWith());
        if (noComparison.isPresent()) {
            err.println("tradestat: " + noComparison.get());
            return ExitCodes.BAD_PARAMETERS;
        }
        int rerun = 0;
        JobInstance latest = jobRepository.getJobInstance(job.getName(), identifying(options, 0));
        while (latest != null) {
            JobInstance next = jobRepository.getJobInstance(job.getName(), identifying(options, rerun + 1));
            if (next == null) {
                break;
            }
            latest = next;
            rerun++;
        }
        JobExecution last = latest == null ? null : jobRepository.getLastJobExecution(latest);
        if (latest != null && staleExecutions.recover(latest, out, options.runDate())) {
            last = jobRepository.getLastJobExecution(latest);
        }
        String reportDir = options.outputDir().resolve(options.runDate().toString()).toString();
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (!options.rerun()) {
                out.println(alreadyCompleted(last, options));
                return ExitCodes.COMPLETED;
            }
            rerun++;
        }
        boolean afresh = false;
        if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
            Optional<String> missing = missingWorkFiles(latest, options);
            if (missing.isPresent()) {
                // Spring Batch does not redo a completed step: the step that made the files cannot be run again in
                // this run, so a new run (a new job instance) starts from the first step (README, Operations).
                out.println("The run for " + options.runDate() + " cannot resume: " + missing.get() + " are missing"
                        + " or incomplete (removed since it stopped?). Starting it afresh from the first step.");
                try {
                    WorkFiles.of(jobRepository.getLastJobExecution(latest), options.outputDir()).delete();
                } catch (java.io.IOException e) {
                    // what is left of them is not read again
                }
                rerun++;
                afresh = true;
            }
        }
        if (last == null || last.getStatus() == BatchStatus.COMPLETED || afresh || !loadCompleted(last)) {
            // This attempt reads the input folder (a resumed run past its load does not).
            long csvFiles = InputScanner.countCsvFiles(options.inputDir());
            if (csvFiles == 0) {
                err.println("tradestat: input directory '" + options.inputDir() + "' holds no *.csv files: nothing"
                        + " to report, and no report is written. Put the files in it (or give --input) and run again.");
                return ExitCodes.BAD_PARAMETERS;
            }
        }
        if (last != null && last.getStatus() != BatchStatus.COMPLETED && !afresh) {
            out.println("Resuming the run for " + options.runDate() + " (status " + last.getStatus()
                    + "): finished steps are not redone.");
        }
        JobParameters parameters = parameters(options, rerun);
        if (stopping) {
            return ExitCodes.JOB_FAILED; // stopped before it started: the caller says so
        }
        running = identifying(options, rerun);
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (RuntimeException e) {
            // The job repository itself failed (the database went away): record the run as failed if the database
            // answers again, so that the same command resumes it; otherwise the next run recovers it.
            staleExecutions.markFailedAfterLoss(running, true);
            throw e;
        } finally {
            running = null;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("Completed the run for " + options.runDate() + ": report in " + reportDir + "/");
            summary(execution, out);
            unreadableNames(execution, options, err);
            return ExitCodes.COMPLETED;
        }
        if (stopping) {
            return ExitCodes.JOB_FAILED; // the caller prints the one line of a stopped run
        }
        // When Spring Batch could not record the failure (the database connection was gone), the run or one of its
        // steps is left UNKNOWN or STARTED: record it now if the database answers.
        List<Throwable> failures = execution.getAllFailureExceptions();
        staleExecutions.markFailedAfterLoss(identifying(options, rerun), execution.getStatus() == BatchStatus.UNKNOWN
                || failures.stream().anyMatch(Failures::isConnectionLoss));
        if (failures.stream().anyMatch(Failures::isConnectionLoss)) {
            err.println("tradestat: " + Failures.connectionLost(db, failures.stream().filter(Failures::isConnectionLoss)
                    .findFirst().orElseThrow()));
            return ExitCodes.JOB_FAILED;
        }
        String failure = Failures.message(execution).replaceAll("\\.$", "");
        if (failure.endsWith("it starts the run afresh")) {
            // work files gone: the next run cannot resume the failed step (README, Operations, "Work files gone")
            err.println("The run for " + options.runDate() + " failed: " + failure + ".");
            return ExitCodes.JOB_FAILED;
        }
        err.println("The run for " + options.runDate() + " failed: " + failure + ". "
                + Failures.advice(execution.getAllFailureExceptions(), options.outputDir())
                + " and run the same command again: it resumes at the failed step.");
        return ExitCodes.JOB_FAILED;
    }


    /**
     * Asks the running job to stop (the shutdown hook, on SIGTERM): the name of the step it was in, or null when no job
     * execution runs yet (the launcher then starts none).
     */
    public String requestStop() {
        stopping = true;
        JobParameters current = running;
        if (current == null) {
            return null;
        }
        try {
            JobExecution execution = jobRepository.getLastJobExecution(job.getName(), current);
            if (execution == null || !execution.getStatus().isRunning()) {
                return null;
            }
            String step = execution.getStepExecutions().stream().filter(s -> s.getStatus().isRunning())
                    .map(StepExecution::getStepName).findFirst().orElse("");
            jobOperator.stop(execution);
            return step;
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean loadCompleted(JobExecution execution) {
        return execution.getStepExecutions().stream().anyMatch(step -> "loadInputs".equals(step.getStepName())
                && step.getStatus() == BatchStatus.COMPLETED);
    }

    /**
     * Where the completed run wrote its report: under the {@code --output} it was given then, which may not be this
     * command's; and whether that folder is still there (README, Operations: cleaning up).
     */
    static String alreadyCompleted(JobExecution last, CommandLineOptions options) {
        String date = options.runDate().toString();
        Path now = options.outputDir().resolve(date);
        Path then = now;
        String given = last.getJobParameters().getString(RunContext.OUTPUT_DIR);
        try {
            then = given == null ? now : Path.of(given).resolve(date);
        } catch (InvalidPathException e) {
            // a name this process's locale cannot hold: said below as a folder that is not there
        }
        StringBuilder message = new StringBuilder("The run for " + date + " already completed (" + last.getEndTime()
                + "). Its report was written to " + then + "/.");
        boolean sameFolder = then.toAbsolutePath().normalize().equals(now.toAbsolutePath().normalize());
        if (!Files.isDirectory(then)) {
            message.append(" That folder is no longer there: --rerun makes a fresh run and writes its report to ")
                    .append(now).append("/.");
        } else if (!sameFolder) {
            message.append(" This command's --output is ").append(options.outputDir())
                    .append(": --rerun makes a fresh run and writes its report to ").append(now).append("/.");
        } else {
            message.append(" Use --rerun for a fresh run.");
        }
        return message.toString();
    }

    /**
     * The work files the step that would run next reads and does not find whole (removed by a temporary-file
     * cleaner, say, since the run stopped), in words; empty when the run can resume.
     */
    private Optional<String> missingWorkFiles(JobInstance instance, CommandLineOptions options) {
        WorkFiles work = WorkFiles.of(jobRepository.getLastJobExecution(instance), options.outputDir());
        for (String step : TradestatJobConfig.STEPS) {
            StepExecution last = jobRepository.getLastStepExecution(instance, step);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
                return work.missingFor(step);
            }
        }
        return Optional.empty();
    }

    private static void summary(JobExecution execution, PrintStream out) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // a partition of a remote step (README, "Running on several machines"): its step says it
            }
            String duration = step.getStartTime() == null || step.getEndTime() == null ? ""
                    : String.format(Locale.ROOT, " in %.1f s",
                    java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0);
            out.println("  " + step.getStepName() + ": " + step.getStatus().toString().toLowerCase(Locale.ROOT)
                    + (linesRead(step) > 0 ? ", " + linesRead(step) + " lines read" : "") + duration);
        }
    }

    /** Input files skipped because their names cannot be read: data left out, so said on the console too. */
    private void unreadableNames(JobExecution execution, CommandLineOptions options, PrintStream err) {
        for (InputFile file : runs.inputFiles(execution.getJobInstance().getInstanceId(), options.inputDir())) {
            for (String warning : file.warnings()) {
                if (warning.startsWith(InputScanner.UNREADABLE_NAME)) {
                    err.println("Warning: input file '" + file.name() + "' (" + file.skippedLines()
                            + (file.skippedLines() == 1 ? " line" : " lines") + "): " + warning);
                }
            }
        }
    }

    /** The load reads blocks of lines; it records the lines themselves in its execution context. */
    private static long linesRead(StepExecution step) {
        return step.getExecutionContext().getLong(org.tradestat.ingest.InputBlocks.LINES_READ, 0L);
    }

    private static JobParameters identifying(CommandLineOptions options, int rerun) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(RunContext.RUN_DATE, options.runDate());
        if (rerun > 0) {
            builder.addLong(RunContext.RERUN, (long) rerun);
        }
        return builder.toJobParameters();
    }

    private static JobParameters parameters(CommandLineOptions options, int rerun) {
        JobParametersBuilder builder = new JobParametersBuilder(identifying(options, rerun));
        if (options.compareWith() != null) {
            builder.addLocalDate(RunContext.COMPARE_WITH, options.compareWith(), false);
        }
        return builder
                .addString(RunContext.PERIOD, options.period(), false)
                .addString(RunContext.INPUT_DIR, options.inputDir().toString(), false)
                .addString(RunContext.OUTPUT_DIR, options.outputDir().toString(), false)
                .addDouble(RunContext.MAX_REJECT_RATE, options.maxRejectRate(), false)
                .toJobParameters();
    }
}
