package org.tradestat.job;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
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
    private final DataSource dataSource;
    /** The identifying parameters of the job execution running now, for {@link #requestStop}. */
    private volatile JobParameters running;
    private volatile boolean stopping;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, RunRepository runs,
                       DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.runs = runs;
        this.dataSource = dataSource;
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
        if (latest != null && recover(latest, out, options)) {
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
            markFailedAfterLoss(running, true);
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
        markFailedAfterLoss(identifying(options, rerun), execution.getStatus() == BatchStatus.UNKNOWN
                || failures.stream().anyMatch(RunLauncher::isConnectionLoss));
        if (failures.stream().anyMatch(RunLauncher::isConnectionLoss)) {
            err.println("tradestat: " + connectionLost(db, failures.stream().filter(RunLauncher::isConnectionLoss)
                    .findFirst().orElseThrow()));
            return ExitCodes.JOB_FAILED;
        }
        String failure = failureMessage(execution).replaceAll("\\.$", "");
        if (failure.endsWith("it starts the run afresh")) {
            // work files gone: the next run cannot resume the failed step (README, Operations, "Work files gone")
            err.println("The run for " + options.runDate() + " failed: " + failure + ".");
            return ExitCodes.JOB_FAILED;
        }
        err.println("The run for " + options.runDate() + " failed: " + failure + ". "
                + advice(execution.getAllFailureExceptions(), options.outputDir())
                + " and run the same command again: it resumes at the failed step.");
        return ExitCodes.JOB_FAILED;
    }


    /**
     * Executions of the instance still marked as running, or left UNKNOWN (Spring Batch's mark for a failure it could
     * not record, after a lost database connection), or ended with a step still so marked, are leftovers: the caller
     * holds the {@link RunLock}, so no live process runs them. Running ones are recovered with
     * {@link JobOperator#recover}; the others, which it declines, are marked FAILED here, steps included. Either way what was committed stays and the rest was rolled back by the
     * database, as for a killed run, and the failed steps run again (README, Operations: Resume).
     */
    private boolean recover(JobInstance instance, PrintStream out, CommandLineOptions options) {
        boolean any = false;
        for (JobExecution listed : jobRepository.getJobExecutions(instance)) {
            JobExecution execution = jobRepository.getJobExecution(listed.getId()); // with its steps
            BatchStatus status = execution.getStatus();
            if (status.isRunning()) {
                out.println("Found run " + execution.getId() + " for " + options.runDate() + " still marked as running,"
                        + " but no process runs it any more (it was killed or crashed): recovering it.");
                jobOperator.recover(jobRepository.getJobExecution(execution.getId()));
                // recover() leaves a step Spring Batch had marked UNKNOWN as it is: that one too
                markFailed(jobRepository.getJobExecution(execution.getId()), "recovered: the run was killed");
                any = true;
            } else if (status == BatchStatus.UNKNOWN || stepsLeftOver(execution)) {
                out.println("Found run " + execution.getId() + " for " + options.runDate() + " left in an unknown state"
                        + " (it lost its database connection): recovering it.");
                markFailed(execution, "recovered: the run had lost its database connection");
                any = true;
            }
        }
        return any;
    }

    /** A step still marked as running, or UNKNOWN, in a run that ended: Spring Batch refuses to restart either. */
    private static boolean stepsLeftOver(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStatus().isRunning() || s.getStatus() == BatchStatus.UNKNOWN);
    }

    private void markFailed(JobExecution execution, String why) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            execution.setEndTime(now);
            jobRepository.update(execution);
        }
    }

    /** After a lost connection: fresh connections, then the run's last execution marked FAILED if the database answers. */
    private void markFailedAfterLoss(JobParameters identifying, boolean connectionLost) {
        if (connectionLost && dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections(); // the pool's other connections died with the first
        }
        try {
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), identifying);
            if (last != null) {
                JobExecution stored = jobRepository.getJobExecution(last.getId());
                if (stored.getStatus() == BatchStatus.UNKNOWN || stored.getStatus().isRunning() || stepsLeftOver(stored)) {
                    markFailed(stored, "the run lost its database connection");
                }
            }
        } catch (RuntimeException e) {
            // The database is still away: the run stays as it is, and the next run recovers it (it holds the lock).
        }
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

    /** A lost database connection somewhere in the chain: PostgreSQL's SQL states 08xxx and 57P0x, or the pool's words. */
    public static boolean isConnectionLoss(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Connection is closed") || message.contains("This connection has been closed")
                    || message.contains("terminating connection") || message.contains("I/O error occurred while")) {
                return true;
            }
        }
        return false;
    }

    /** The one line for a run that lost its database connection. */
    public static String connectionLost(Database db, Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
        }
        String why = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
        return "the run lost the connection to the " + (db == null ? "database" : db.describe())
                + (why.isEmpty() ? "" : " (" + (db == null ? Database.mask(why) : db.maskAll(why)) + ")")
                + "; run the same command again when the database is reachable: it resumes the run.";
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
