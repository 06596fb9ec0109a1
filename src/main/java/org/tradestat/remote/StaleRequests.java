package org.tradestat.remote;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.MessageSelector;
import org.springframework.messaging.Message;

/**
 * Lets through only the requests a worker should run: a partition not started yet. A request the broker delivers
 * again because the worker that had it stopped (killed, or cut off from the broker) finds its partition started:
 * that partition is marked failed, so that the run fails at once and the same command redoes it, rather than two
 * workers writing one partition. A request left in the queue by a run that has since ended is dropped.
 */
final class StaleRequests implements MessageSelector {

    private static final Log LOG = LogFactory.getLog(StaleRequests.class);
    private final JobRepository jobRepository;

    StaleRequests(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public boolean accept(Message<?> message) {
        if (!(message.getPayload() instanceof StepExecutionRequest request)) {
            LOG.warn("dropped a message that is not a partition request: " + message);
            return false;
        }
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            LOG.warn("dropped a request for partition " + request.getStepExecutionId() + ", unknown to this database");
            return false;
        }
        if (!partition.getStepName().startsWith(Remote.PARSE_CHUNK + ":")) {
            LOG.warn("dropped a request for " + partition.getStepName() + ", not a partition: is this worker's database"
                    + " (--db) the manager's?");
            return false;
        }
        if (partition.getStatus() == BatchStatus.STARTING) {
            return true;
        }
        if (partition.getStatus() == BatchStatus.STARTED
                && Boolean.TRUE.equals(message.getHeaders().get(AmqpHeaders.REDELIVERED))) {
            String why = "the worker that had it, " + partition.getExecutionContext().getString(Remote.HOST, "unknown")
                    + ", stopped mid-partition (killed, or cut off from the broker)";
            PartitionFailure.record(jobRepository, partition, why);
            return false;
        }
        LOG.info("dropped a request for " + partition.getStepName() + ", already " + partition.getStatus());
        return false;
    }
}
