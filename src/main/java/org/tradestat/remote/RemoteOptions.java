package org.tradestat.remote;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradestat.job.CommandLineOptions.UsageException;
import org.tradestat.job.Database;

/**
 * The options of remote partitioning on the command line (README, "Running on several machines"): {@code --workers N}
 * makes the run a manager, {@code --worker} starts a worker, {@code --shared DIR} is where the parsed chunks go. The
 * broker is {@code TRADESTAT_AMQP_URL}. Without them the run is the run on one machine, with no broker.
 */
public record RemoteOptions(int workers, boolean worker, Path shared, String amqpUrl, String queue, List<String> rest) {

    public static final String USAGE = """

            Several machines (README, "Running on several machines"; PostgreSQL and RabbitMQ needed):
              --workers N              run as the manager of N workers (scripts/run-worker.sh on each machine)
              --shared DIR             folder every machine sees at the same path, for the parsed chunks
                                       (default: <output>/.work); the input folder must be shared too
                                       broker: TRADESTAT_AMQP_URL (default amqp://guest:guest@127.0.0.1:5672),
                                       queue: TRADESTAT_AMQP_QUEUE (default tradestat.requests)
            """;

    public boolean manager() {
        return workers > 0;
    }

    /** Takes the remote options out of {@code args}; the rest is the ordinary command line. */
    public static RemoteOptions extract(String[] args, Map<String, String> env) throws UsageException {
        int workers = 0;
        boolean worker = false;
        Path shared = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String[] named = args[i].startsWith("--") ? args[i].split("=", 2) : new String[] {args[i]};
            switch (named[0]) {
                case "--worker" -> worker = true;
                case "--workers", "--shared" -> {
                    if (named.length == 1 && i + 1 >= args.length) {
                        throw new UsageException(named[0] + " needs a value");
                    }
                    String value = named.length == 2 ? named[1] : args[++i];
                    if (named[0].equals("--shared")) {
                        shared = Path.of(value);
                    } else {
                        workers = count(value);
                    }
                }
                default -> rest.add(args[i]);
            }
        }
        if (worker && workers > 0) {
            throw new UsageException("--worker and --workers cannot be given together: a JVM is a worker or a manager");
        }
        String url = env.getOrDefault("TRADESTAT_AMQP_URL", "");
        String queue = env.getOrDefault("TRADESTAT_AMQP_QUEUE", "");
        return new RemoteOptions(workers, worker, shared, url.isBlank() ? Remote.DEFAULT_AMQP_URL : url,
                queue.isBlank() ? Remote.DEFAULT_QUEUE : queue, rest);
    }

    private static int count(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--workers '" + value + "' must be a whole number of workers from 1 to 10000");
    }

    /** Why this database cannot hold a run of several machines; empty when it can. */
    public Optional<String> refusal(Database db) {
        if ((manager() || worker) && db.kind() != Database.Kind.POSTGRESQL) {
            return Optional.of((worker ? "--worker" : "--workers") + " needs PostgreSQL as the database every machine"
                    + " shares (the " + db.describe() + " admits one process): give --db jdbc:postgresql://... or set"
                    + " TRADESTAT_DB_URL");
        }
        return Optional.empty();
    }

    /** The Spring profile of the role, if any. */
    public Optional<String> profile() {
        return worker ? Optional.of(Remote.WORKER) : manager() ? Optional.of(Remote.MANAGER) : Optional.empty();
    }

    /** The Spring properties of the role. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (profile().isPresent()) {
            properties.put(Remote.AMQP_URL, amqpUrl);
            properties.put(Remote.QUEUE, queue);
            properties.put(Remote.WORKERS, workers);
            if (shared != null) {
                properties.put(Remote.SHARED, shared.toAbsolutePath().toString());
            }
        }
        return properties;
    }

    /** The broker's address without its password, for messages. */
    public String brokerShown() {
        try {
            URI uri = URI.create(amqpUrl);
            String user = uri.getUserInfo() == null ? "" : uri.getUserInfo().split(":", 2)[0] + "@";
            return uri.getScheme() + "://" + user + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "(a malformed TRADESTAT_AMQP_URL)";
        }
    }

    /**
     * Connects to the broker once, before anything starts: why it cannot, or empty. A manager says how many workers
     * listen when fewer than it was told.
     */
    public Optional<String> checkBroker(PrintStream out) {
        com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
        try {
            factory.setUri(amqpUrl);
            factory.setConnectionTimeout(5000);
            try (com.rabbitmq.client.Connection connection = factory.newConnection("tradestat check");
                 com.rabbitmq.client.Channel channel = connection.createChannel()) {
                int listening = channel.queueDeclare(queue, true, false, false, null).getConsumerCount();
                if (manager() && listening < workers) {
                    out.println("Note: " + workers + (workers == 1 ? " worker" : " workers") + " expected, " + listening
                            + " listening on " + brokerShown() + " now; partitions wait in the queue for workers.");
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return Optional.of("cannot connect to the message broker at " + brokerShown() + ": " + why
                    + ". Start RabbitMQ, or set TRADESTAT_AMQP_URL (README, \"Running on several machines\").");
        }
    }
}
