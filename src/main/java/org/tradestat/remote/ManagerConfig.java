package org.tradestat.remote;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.tradestat.job.RunContext;
import org.tradestat.job.TradestatJobConfig;

/**
 * A manager ({@code --workers N}): before the load, a partitioned step sends one request per chunk of the trade files
 * to the queue and polls the job repository until every partition has ended (polling rather than aggregated replies:
 * spring-batch issues 4011 and 5158 leave a restarted manager waiting or aggregating nothing). The load then takes
 * the parsed chunks from the shared folder ({@link PartitionFiles}) in input order.
 */
@Configuration
@Profile(Remote.MANAGER)
public class ManagerConfig {

    @Bean
    DirectChannel managerRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow outboundRequests(CachingConnectionFactory connections, SimpleMessageConverter requestConverter,
                                     @Value(Remote.QUEUE_NAME) String queue) {
        RabbitTemplate template = new RabbitTemplate(connections);
        template.setMessageConverter(requestConverter);
        return IntegrationFlow.from(managerRequests())
                .handle(Amqp.outboundAdapter(template).routingKey(queue))
                .get();
    }

    @Bean
    PartitionFiles partitionFiles(@Value("${" + Remote.SHARED + ":}") String shared) {
        return new PartitionFiles(shared.isBlank() ? null : Path.of(shared));
    }

    @Bean
    @StepScope
    Partitioner chunkPartitioner(PartitionFiles files, @Value("#{stepExecution}") StepExecution step) {
        return new ChunkPartitioner(RunContext.of(step), files);
    }

    @Bean(TradestatJobConfig.PARSE_CHUNKS)
    Step parseChunks(RemotePartitioningManagerStepBuilderFactory managerSteps, JobRepository jobRepository,
                     Partitioner chunkPartitioner,
                     @Value("${" + Remote.PARTITION_TIMEOUT + ":300}") long timeoutSeconds,
                     @Value("${" + Remote.POLL_MILLIS + ":1000}") long pollMillis) {
        return managerSteps.get(TradestatJobConfig.PARSE_CHUNKS)
                .partitioner(Remote.PARSE_CHUNK, chunkPartitioner)
                .outputChannel(managerRequests())
                .pollInterval(pollMillis)
                .listener(new PartitionWatch(jobRepository, Duration.ofSeconds(timeoutSeconds), pollMillis))
                .build();
    }
}
