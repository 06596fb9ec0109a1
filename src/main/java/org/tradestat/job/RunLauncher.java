package org.tradestat.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, RunRepository runs) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.runs = runs;
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
        JobExecution execution = jobOperator.start(job, parameters(options, rerun));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("Completed the run for " + options.runDate() + ": report in " + reportDir + "/");
            summary(execution, out);
            unreadableNames(execution, options, err);
            return ExitCodes.COMPLETED;
        }
        String failure = failureMessage(execution).replaceAll("\\.$", "");
        err.println("The run for " + options.runDate() + " failed: " + failure + ". "
                + advice(execution.getAllFailureExceptions(), options.outputDir()) + " and run the same command again: it resumes at the failed step.");
        return ExitCodes.JOB_FAILED;
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

    static String failureMessage(JobExecution execution) {
        List<String> messages = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            for (Throwable t : step.getFailureExceptions()) {
                add(messages, message(t, writes(step)));
            }
        }
        for (Throwable t : execution.getFailureExceptions()) {
            add(messages, message(t, null));
        }
        return messages.isEmpty() ? "status " + execution.getStatus() : String.join("; ", messages);
    }

    private static void add(List<String> messages, String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    /** What a step writes, to name when a write fails without saying where ("No space left on device"). */
    private static Path writes(StepExecution step) {
        RunContext run;
        try {
            run = RunContext.of(step);
        } catch (RuntimeException e) {
            return null;
        }
        return switch (step.getStepName()) {
            case "loadInputs", "resolveDuplicates" -> run.workDir();
            case "computeIndicators" -> run.computedIndicators();
            case "writeReport" -> run.reportDir();
            default -> null;
        };
    }

    /** A failure in a line: the file-system error with its path where there is one, else the root cause. */
    private static String message(Throwable t, Path writing) {
        Throwable root = t;
        java.nio.file.FileSystemException withPath = null;
        for (int depth = 0; depth < 50; depth++) {
            if (root instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
                withPath = fs;
            }
            // "Failed to close 1 delegate(s)" and the like carry their reasons as suppressed exceptions
            Throwable next = root.getCause() != null && root.getCause() != root ? root.getCause()
                    : root.getCause() == null && root.getSuppressed().length > 0 ? root.getSuppressed()[0] : null;
            if (next == null) {
                break;
            }
            root = next;
        }
        if (withPath != null) {
            return describe(withPath);
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        if (root instanceof java.io.IOException && writing != null && !message.contains(writing.toString())) {
            return "writing '" + writing + "': " + message;
        }
        return message;
    }

    /**
     * What to do about a failure, for the cases an operator meets most (README, Operations): a full disk and a folder
     * that cannot be written. The sentence goes on with "and run ... again".
     */
    public static String advice(Throwable failure, Path outputDir) {
        return advice(List.of(failure), outputDir);
    }

    static String advice(List<Throwable> failures, Path outputDir) {
        StringBuilder text = new StringBuilder();
        boolean denied = false;
        for (Throwable failure : failures) {
            java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.ArrayDeque<Throwable> next = new java.util.ArrayDeque<>(List.of(failure));
            while (!next.isEmpty() && seen.size() < 100) {
                Throwable t = next.poll();
                if (!seen.add(t)) {
                    continue;
                }
                denied |= t instanceof java.nio.file.AccessDeniedException;
                text.append(t.getMessage()).append('\n');
                if (t instanceof java.nio.file.FileSystemException fs) {
                    text.append(fs.getReason()).append('\n');
                }
                if (t.getCause() != null) {
                    next.add(t.getCause());
                }
                next.addAll(List.of(t.getSuppressed()));
            }
        }
        String all = text.toString();
        if (all.contains("No space left on device") || all.contains("Disk quota exceeded")) {
            return "The disk is full: free space on the disk of '" + outputDir + "' (df -h), or give another --output,";
        }
        if (denied || all.contains("Permission denied") || all.contains("Operation not permitted")
                || all.contains("Read-only file system")) {
            return "Make '" + outputDir + "' and what is in it writable for this user, or give another --output,";
        }
        return "Fix the cause";
    }

    /** A file-system error in words: Java's own message is often no more than the path. */
    public static String describe(java.nio.file.FileSystemException e) {
        String what = reason(e);
        String file = e.getFile() == null ? "" : "'" + e.getFile() + "'"
                + (e.getOtherFile() == null ? "" : " -> '" + e.getOtherFile() + "'");
        return file.isEmpty() ? what : file + ": " + what;
    }

    /** A file-system error's reason in words, without its path. */
    public static String reason(java.nio.file.FileSystemException e) {
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
        return what;
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
