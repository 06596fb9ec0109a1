package org.tradestat.remote;

import java.time.LocalDateTime;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** A partition that will not end by itself, recorded FAILED with the reason the manager's message gives. */
final class PartitionFailure {

    private static final Log LOG = LogFactory.getLog(PartitionFailure.class);

    private PartitionFailure() {
    }

    static void record(JobRepository jobRepository, StepExecution partition, String why) {
        partition.getExecutionContext().putString(Remote.FAILURE, why);
        jobRepository.updateExecutionContext(partition);
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
        LOG.warn(partition.getStepName() + " failed: " + why);
    }
}
