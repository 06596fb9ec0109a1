package org.tradestat.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * Starts, resumes or recognises as done the run for a date (SPEC 5), and turns the outcome into an exit code
 * and a message for the operator. The caller holds the {@link RunLock} for the date.
 */
@Component
public class RunLauncher {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
    }

    public int launch(CommandLineOptions options, PrintStream out, PrintStream err) throws Exception {
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
        if (last != null && last.getStatus().isRunning()) {
            out.println("Found run " + last.getId() + " for " + options.runDate() + " still marked as running, but no"
                    + " process runs it any more (it was killed or crashed): recovering it.");
            last = jobOperator.recover(last);
        }
        String reportDir = options.outputDir().resolve(options.runDate().toString()).toString();
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (!options.rerun()) {
                out.println("The run for " + options.runDate() + " already completed (" + last.getEndTime()
                        + "). Its report is in " + reportDir + "/. Use --rerun for a fresh run.");
                return ExitCodes.COMPLETED;
            }
            rerun++;
        } else if (last != null) {
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
            } else {
                out.println("Resuming the run for " + options.runDate() + " (status " + last.getStatus()
                        + "): finished steps are not redone.");
            }
        }
        JobExecution execution = jobOperator.start(job, parameters(options, rerun));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("Completed the run for " + options.runDate() + ": report in " + reportDir + "/");
            summary(execution, out);
            return ExitCodes.COMPLETED;
        }
        err.println("The run for " + options.runDate() + " failed: " + failureMessage(execution));
        err.println("Fix the cause and run the same command again: it resumes at the failed step.");
        return ExitCodes.JOB_FAILED;
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
            String duration = step.getStartTime() == null || step.getEndTime() == null ? ""
                    : String.format(Locale.ROOT, " in %.1f s",
                    java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0);
            out.println("  " + step.getStepName() + ": " + step.getStatus().toString().toLowerCase(Locale.ROOT)
                    + (linesRead(step) > 0 ? ", " + linesRead(step) + " lines read" : "") + duration);
        }
    }

    /** The load reads blocks of lines; it records the lines themselves in its execution context. */
    private static long linesRead(StepExecution step) {
        return step.getExecutionContext().getLong(org.tradestat.ingest.InputBlocks.LINES_READ, 0L);
    }

    static String failureMessage(JobExecution execution) {
        List<String> messages = new ArrayList<>();
        for (Throwable t : execution.getAllFailureExceptions()) {
            Throwable root = t;
            for (int depth = 0; depth < 50 && (root.getCause() != null && root.getCause() != root
                    || root.getCause() == null && root.getSuppressed().length > 0); depth++) {
                // "Failed to close 1 delegate(s)" and the like carry their reasons as suppressed exceptions
                root = root.getCause() != null ? root.getCause() : root.getSuppressed()[0];
            }
            String message = root instanceof java.nio.file.FileSystemException fs ? describe(fs)
                    : root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return messages.isEmpty() ? "status " + execution.getStatus() : String.join("; ", messages);
    }

    /** A file-system error in words: Java's own message is often no more than the path. */
    public static String describe(java.nio.file.FileSystemException e) {
        String what;
        if (e instanceof java.nio.file.AccessDeniedException) {
            what = "permission denied (is the folder read-only?)";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            what = "a folder that is not empty is in the way";
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            what = "not a folder";
        } else {
            what = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        }
        String file = e.getFile() == null ? "" : "'" + e.getFile() + "'"
                + (e.getOtherFile() == null ? "" : " -> '" + e.getOtherFile() + "'");
        return file.isEmpty() ? what : file + ": " + what;
    }

    private static JobParameters identifying(CommandLineOptions options, int rerun) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(RunContext.RUN_DATE, options.runDate());
        if (rerun > 0) {
            builder.addLong(RunContext.RERUN, (long) rerun);
        }
        return builder.toJobParameters();
    }

    private static JobParameters parameters(CommandLineOptions options, int rerun) {
        return new JobParametersBuilder(identifying(options, rerun))
                .addString(RunContext.PERIOD, options.period(), false)
                .addString(RunContext.INPUT_DIR, options.inputDir().toString(), false)
                .addString(RunContext.OUTPUT_DIR, options.outputDir().toString(), false)
                .addDouble(RunContext.MAX_REJECT_RATE, options.maxRejectRate(), false)
                .toJobParameters();
    }
}
