package org.tradestat.remote;

import java.net.URI;
import java.util.List;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.config.EnableIntegration;

/**
 * The broker connection of a manager or a worker: made only in those roles, so a run on one machine needs no broker
 * (no RabbitMQ auto-configuration is on the class path: Spring Boot's AMQP module is not a dependency).
 */
@Configuration
@Profile({Remote.MANAGER, Remote.WORKER})
@EnableIntegration
@EnableBatchIntegration
public class Messaging {

    @Bean
    CachingConnectionFactory rabbitConnectionFactory(@Value("${" + Remote.AMQP_URL + ":" + Remote.DEFAULT_AMQP_URL + "}")
                                                     String url) {
        CachingConnectionFactory factory = new CachingConnectionFactory(URI.create(url));
        factory.setConnectionNameStrategy(f -> "tradestat " + Remote.host());
        return factory;
    }

    @Bean
    RabbitAdmin rabbitAdmin(CachingConnectionFactory connections) {
        return new RabbitAdmin(connections);
    }

    /** Durable: requests sent while no worker listens wait for one. */
    @Bean
    Queue requestsQueue(@Value(Remote.QUEUE_NAME) String queue) {
        return new Queue(queue, true);
    }

    /** A request is a Spring Batch {@code StepExecutionRequest}, in Java serialization: that class only is read. */
    @Bean
    SimpleMessageConverter requestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of("org.springframework.batch.integration.partition.StepExecutionRequest",
                "java.lang.*"));
        return converter;
    }
}
