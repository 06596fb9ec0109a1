package org.tradestat.remote;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager's watch over its partitions while the workers run them. Spring Batch's partition handler, polling the
 * job repository, would wait for ever for a partition no worker takes or finishes (spring-batch issue 4006): a
 * partition still waiting for a worker when no partition has finished for the partition timeout, or running for longer
 * than it, is marked failed here with a message naming it, and the handler then sees every partition ended. When
 * the step has failed, the failure names each failed partition, its file and lines, the worker and the reason.
 */
final class PartitionWatch implements StepExecutionListener {

    private static final Log LOG = LogFactory.getLog(PartitionWatch.class);
    /** Failed partitions named in the run's failure; the others go to the log. */
    private static final int SAID = 3;
    private final JobRepository jobRepository;
    private final Duration timeout;
    private final long pollMillis;
    private volatile Thread watching;

    PartitionWatch(JobRepository jobRepository, Duration timeout, long pollMillis) {
        this.jobRepository = jobRepository;
        this.timeout = timeout;
        this.pollMillis = pollMillis;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        Thread thread = new Thread(() -> watch(manager), "tradestat-partition-watch");
        thread.setDaemon(true);
        watching = thread;
        thread.start();
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        Thread thread = watching;
        if (thread != null) {
            thread.interrupt();
        }
        if (manager.getStatus() == BatchStatus.FAILED) {
            List<StepExecution> failed = partitions(manager).stream()
                    .filter(p -> p.getStatus() == BatchStatus.FAILED).toList();
            for (StepExecution partition : failed.subList(0, Math.min(SAID, failed.size()))) {
                manager.addFailureException(new IllegalStateException(describe(partition)));
            }
            if (failed.size() > SAID) {
                manager.addFailureException(new IllegalStateException((failed.size() - SAID)
                        + " more partitions failed (the run's log has them)"));
                failed.subList(SAID, failed.size()).forEach(p -> LOG.warn(describe(p)));
            }
        }
        return null;
    }

    private void watch(StepExecution manager) {
        LocalDateTime lastProgress = LocalDateTime.now();
        int ended = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(pollMillis);
                List<StepExecution> partitions = partitions(manager);
                int endedNow = (int) partitions.stream().filter(p -> !p.getStatus().isRunning()).count();
                LocalDateTime now = LocalDateTime.now();
                if (endedNow > ended) {
                    ended = endedNow;
                    lastProgress = now;
                }
                for (StepExecution partition : partitions) {
                    boolean waiting = partition.getStatus() == BatchStatus.STARTING;
                    LocalDateTime since = waiting || partition.getStartTime() == null ? lastProgress
                            : partition.getStartTime();
                    if (partition.getStatus().isRunning() && Duration.between(since, now).compareTo(timeout) > 0) {
                        fail(partition, waiting ? "no worker took it within " + timeout.toSeconds() + " s (are workers"
                                + " running, scripts/run-worker.sh, connected to the same broker and database?)"
                                : "its worker, " + partition.getExecutionContext().getString(Remote.HOST, "unknown")
                                + ", did not finish it within " + timeout.toSeconds() + " s");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the watch over the partitions stopped", e);
        }
    }

    private void fail(StepExecution partition, String why) {
        try {
            StepExecution current = jobRepository.getStepExecution(partition.getId());
            if (current == null || !current.getStatus().isRunning()) {
                return;
            }
            PartitionFailure.record(jobRepository, current, why);
        } catch (OptimisticLockingFailureException e) {
            // its worker updated it meanwhile: looked at again at the next poll
        }
    }

    /** The partitions of the manager step's execution, in partition order. */
    private List<StepExecution> partitions(StepExecution manager) {
        List<StepExecution> partitions = new ArrayList<>();
        for (StepExecution step : jobRepository.getJobExecution(manager.getJobExecutionId()).getStepExecutions()) {
            if (step.getStepName().startsWith(Remote.PARSE_CHUNK + ":")) {
                partitions.add(step);
            }
        }
        partitions.sort(Comparator.comparing(StepExecution::getStepName));
        return partitions;
    }

    static String describe(StepExecution partition) {
        var context = partition.getExecutionContext();
        String where = context.containsKey(Remote.FILE_NAME) ? " (" + context.getString(Remote.FILE_NAME) + " from line "
                + context.getLong(Remote.FIRST_LINE) + ", bytes " + context.getLong(Remote.FROM) + " to "
                + context.getLong(Remote.TO) + ")" : "";
        String why = context.getString(Remote.FAILURE, partition.getExitStatus().getExitDescription());
        return "partition " + partition.getStepName() + where + " failed: " + why;
    }
}
