package org.tradestat.remote;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.tradestat.job.Database;
import org.tradestat.job.ExitCodes;

/**
 * A worker JVM ({@code --worker}, scripts/run-worker.sh): connects to the shared database and the broker, then runs
 * the partitions it is sent until it is stopped (SIGTERM, Ctrl-C). It logs to the console what it parses.
 */
public final class RemoteWorker {

    public static final String USAGE = """
            Usage: scripts/run-worker.sh [--db JDBC_URL] [--help]

            Starts a Tradestat worker: it takes partitions (chunks of the trade files) from the message broker's
            queue tradestat.requests (TRADESTAT_AMQP_QUEUE), parses them and leaves them in the shared folder for the manager
            (scripts/run-report.sh --workers N). It runs until stopped (Ctrl-C, SIGTERM).

            Options:
              --db JDBC_URL            the PostgreSQL database the manager uses (or set TRADESTAT_DB_URL,
                                       TRADESTAT_DB_USER, TRADESTAT_DB_PASSWORD)
              --help                   print this help

            Environment: TRADESTAT_AMQP_URL, the broker (default amqp://guest:guest@127.0.0.1:5672);
            TRADESTAT_AMQP_QUEUE, the queue (default tradestat.requests: the manager's).
            The input folder and the manager's --shared folder must be visible here at the same paths.
            Exit codes: 0 stopped, 2 bad parameters, database or broker unreachable.
            """;

    private RemoteWorker() {
    }

    /** {@code start} starts Spring with the given properties and profile (the application's own start-up). */
    public static int run(RemoteOptions options, String dbUrl, PrintStream out, PrintStream err,
                          Starter start) {
        List<String> rest = options.rest();
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(USAGE);
            return ExitCodes.COMPLETED;
        }
        String url = dbUrl;
        for (int i = 0; i < rest.size(); i++) {
            String[] named = rest.get(i).split("=", 2);
            if (!named[0].equals("--db") || (named.length == 1 && i + 1 >= rest.size())) {
                err.println("tradestat: a worker takes --db JDBC_URL only, not '" + rest.get(i) + "'");
                err.print(USAGE);
                return ExitCodes.BAD_PARAMETERS;
            }
            url = named.length == 2 ? named[1] : rest.get(++i);
        }
        Database db;
        try {
            db = Database.of(url, System.getenv("TRADESTAT_DB_USER"), System.getenv("TRADESTAT_DB_PASSWORD"));
        } catch (Database.BadUrlException e) {
            err.println("tradestat: " + e.getMessage());
            return ExitCodes.BAD_PARAMETERS;
        }
        Optional<String> refused = options.refusal(db).or(() -> options.checkBroker(out));
        if (refused.isPresent()) {
            err.println("tradestat: " + refused.get());
            return ExitCodes.BAD_PARAMETERS;
        }
        Map<String, Object> properties = new HashMap<>(options.properties());
        properties.put("spring.datasource.url", db.url());
        if (db.user() != null) {
            properties.put("spring.datasource.username", db.user());
        }
        if (db.password() != null) {
            properties.put("spring.datasource.password", db.password());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = start.start(properties, Remote.WORKER)) {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    stopped.countDown();
                }
            });
            out.println("Worker " + Remote.host() + " listening on " + options.brokerShown() + ", queue "
                    + options.queue() + ", database " + db.describe() + ". Stop it with Ctrl-C.");
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            err.println("tradestat: the worker failed: " + e.getMessage());
            return ExitCodes.JOB_FAILED;
        }
        return ExitCodes.COMPLETED;
    }

    /** Starts the application's Spring context with {@code properties} in {@code profile}. */
    @FunctionalInterface
    public interface Starter {
        ConfigurableApplicationContext start(Map<String, Object> properties, String profile);
    }

    /** The plain Spring start of a worker: console logging, closed on SIGTERM by Spring's own shutdown hook. */
    public static ConfigurableApplicationContext springStart(Class<?> application, Map<String, Object> properties,
                                                             String profile) {
        SpringApplication app = new SpringApplication(application);
        app.setDefaultProperties(properties);
        app.setAdditionalProfiles(profile);
        return app.run();
    }
}
