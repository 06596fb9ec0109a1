package org.tradestat.remote;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker ({@code --worker}, scripts/run-worker.sh): takes partition requests from the queue one at a time, and runs
 * each partition's step ({@link ParseChunkTasklet}) against the shared job repository. A request is acknowledged when
 * its partition has ended, so one whose worker dies goes back to the queue ({@link StaleRequests}). The manager polls
 * the job repository for the outcome: no reply is sent.
 */
@Configuration
@Profile(Remote.WORKER)
public class WorkerConfig {

    @Bean
    DirectChannel workerRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow inboundRequests(CachingConnectionFactory connections, SimpleMessageConverter requestConverter,
                                    JobRepository jobRepository, @Value(Remote.QUEUE_NAME) String queue) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connections, queue)
                        .configureContainer(container -> container.prefetchCount(1).concurrentConsumers(1)
                                .acknowledgeMode(AcknowledgeMode.AUTO).defaultRequeueRejected(false))
                        .messageConverter(requestConverter))
                .filter(new StaleRequests(jobRepository))
                .channel(workerRequests())
                .get();
    }

    @Bean
    Step parseChunk(RemotePartitioningWorkerStepBuilderFactory workerSteps, PlatformTransactionManager tm,
                    JobRepository jobRepository) {
        ParseChunkTasklet tasklet = new ParseChunkTasklet(jobRepository);
        return workerSteps.get(Remote.PARSE_CHUNK)
                .inputChannel(workerRequests())
                .listener(tasklet)
                .tasklet(tasklet, tm)
                .build();
    }
}
