package org.tradestat.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.tradestat.store.FigureSpill;

/**
 * A run's work files in {@code <output>/.work/} (README, Operations, "All or nothing"): the load's spilled figure
 * lines, which resolveDuplicates reads, and the computed indicators, which writeReport reads. They are named by the
 * run id and a token drawn when the run starts and kept in the job's execution context, so that runs of two
 * databases writing into one output folder (whose run ids both start at 1) never share work files. A run started
 * before the token existed keeps its old names ({@code run-<id>}).
 */
public record WorkFiles(Path outputDir, long runId, String token) {

    /** The key of the token in the job's execution context. */
    static final String TOKEN = "workToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The work files of the run an execution belongs to, in {@code outputDir}. */
    public static WorkFiles of(JobExecution execution, Path outputDir) {
        return new WorkFiles(outputDir, execution.getJobInstance().getInstanceId(),
                execution.getExecutionContext().getString(TOKEN, ""));
    }

    private String name() {
        return "run-" + runId + (token.isEmpty() ? "" : "-" + token);
    }

    /** The load's spilled figure lines, removed once resolveDuplicates has committed. */
    public Path spillDir() {
        return outputDir.resolve(".work").resolve(name());
    }

    /** The store of computed indicators ({@code computed.StoredIndicators}), removed when the run has completed. */
    public Path computedIndicators() {
        return outputDir.resolve(".work").resolve(name() + "-indicators.store");
    }

    /**
     * What a step about to be resumed reads and does not find whole, in words; empty when it has all it needs. Only
     * resolveDuplicates and writeReport read work files: the load writes them, computeIndicators reads the database.
     */
    Optional<String> missingFor(String step) {
        if (TradestatJobConfig.RESOLVE_DUPLICATES.equals(step) && !FigureSpill.isComplete(spillDir())) {
            return Optional.of("the load's work files (" + spillDir() + ")");
        }
        if (TradestatJobConfig.WRITE_REPORT.equals(step) && !Files.isRegularFile(computedIndicators())) {
            return Optional.of("the computed indicators (" + computedIndicators() + ")");
        }
        return Optional.empty();
    }

    /**
     * Removes what is left of these work files, and {@code .work} when that is left empty. The files of a run started
     * before the token existed are left alone: another database's run may have the same names.
     */
    void delete() throws IOException {
        if (token.isEmpty()) {
            return;
        }
        Files.deleteIfExists(computedIndicators());
        FigureSpill.delete(spillDir());
    }

    /**
     * Draws the token when a run starts, before any step has written a work file, and removes the computed
     * indicators once the run has completed (a failed writeReport resumes from them).
     */
    static JobExecutionListener listener(JobRepository jobRepository) {
        return new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                // A restart keeps the token: Spring Batch gives it the execution context of the failed execution.
                boolean started = jobRepository.getLastStepExecution(execution.getJobInstance(),
                        TradestatJobConfig.LOAD_INPUTS) != null;
                if (!execution.getExecutionContext().containsKey(TOKEN) && !started) {
                    byte[] token = new byte[6];
                    RANDOM.nextBytes(token);
                    execution.getExecutionContext().putString(TOKEN, HexFormat.of().formatHex(token));
                    jobRepository.updateExecutionContext(execution);
                }
            }

            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    try {
                        WorkFiles work = RunContext.of(execution).workFiles();
                        Files.deleteIfExists(work.computedIndicators());
                        try (var rest = Files.list(work.computedIndicators().getParent())) {
                            if (rest.findAny().isEmpty()) {
                                Files.deleteIfExists(work.computedIndicators().getParent());
                            }
                        }
                    } catch (IOException e) {
                        // a leftover work file does no harm; the report is complete
                    }
                }
            }
        };
    }
}
