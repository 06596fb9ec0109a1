package org.tradestat.job;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Job executions a killed or disconnected run left marked as running or UNKNOWN, which Spring Batch will not restart:
 * recovered or marked FAILED, so that the same command resumes the run (README, Operations: Resume).
 */
final class StaleExecutions {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final String jobName;
    private final DataSource dataSource;

    StaleExecutions(JobOperator jobOperator, JobRepository jobRepository, String jobName, DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobName = jobName;
        this.dataSource = dataSource;
    }

    /**
     * Executions of the instance still marked as running, or left UNKNOWN (Spring Batch's mark for a failure it could
     * not record, after a lost database connection), or ended with a step still so marked, are leftovers: the caller
     * holds the {@link RunLock}, so no live process runs them. Running ones are recovered with
     * {@link JobOperator#recover}; the others, which it declines, are marked FAILED here, steps included. Either way what was committed stays and the rest was rolled back by the
     * database, as for a killed run, and the failed steps run again (README, Operations: Resume).
     */
    boolean recover(JobInstance instance, PrintStream out, LocalDate runDate) {
        boolean any = false;
        for (JobExecution listed : jobRepository.getJobExecutions(instance)) {
            JobExecution execution = jobRepository.getJobExecution(listed.getId()); // with its steps
            BatchStatus status = execution.getStatus();
            if (status.isRunning()) {
                out.println("Found run " + execution.getId() + " for " + runDate + " still marked as running,"
                        + " but no process runs it any more (it was killed or crashed): recovering it.");
                jobOperator.recover(jobRepository.getJobExecution(execution.getId()));
                // recover() leaves a step Spring Batch had marked UNKNOWN as it is: that one too
                markFailed(jobRepository.getJobExecution(execution.getId()), "recovered: the run was killed");
                any = true;
            } else if (status == BatchStatus.UNKNOWN || stepsLeftOver(execution)) {
                out.println("Found run " + execution.getId() + " for " + runDate + " left in an unknown state"
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
    void markFailedAfterLoss(JobParameters identifying, boolean connectionLost) {
        if (connectionLost && dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections(); // the pool's other connections died with the first
        }
        try {
            JobExecution last = jobRepository.getLastJobExecution(jobName, identifying);
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
}
