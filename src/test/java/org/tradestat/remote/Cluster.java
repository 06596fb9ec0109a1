package org.tradestat.remote;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.tradestat.TradestatApplication;

/**
 * A manager and workers as separate JVMs, against the PostgreSQL of TRADESTAT_TEST_PG_URL (default 127.0.0.1:5432,
 * database {@code test}; a schema of the test's own) and the RabbitMQ of TRADESTAT_TEST_AMQP_URL (default
 * amqp://guest:guest@127.0.0.1:5672; a queue of the test's own). Skips the test, saying so, when either is not
 * reachable.
 */
final class Cluster implements AutoCloseable {

    static final String PG = withUser(fromEnvironment("TRADESTAT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
    static final String AMQP = fromEnvironment("TRADESTAT_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672");
    /** Small chunks: a few MB of input make tens of partitions. */
    static final long CHUNK_BYTES = 128 * 1024;

    final Path dir;
    final String schema;
    final String queue;
    private final List<Process> processes = new ArrayList<>();

    Cluster(Path dir) {
        this.dir = dir;
        URI broker = URI.create(AMQP);
        int port = broker.getPort() < 0 ? 5672 : broker.getPort();
        assumeTrue(reachable(broker.getHost(), port), "Remote partitioning tests SKIPPED: no RabbitMQ at "
                + broker.getHost() + ":" + port);
        this.schema = "ts_remote_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "Remote partitioning tests SKIPPED: no PostgreSQL at " + PG + ": " + e.getMessage());
        }
        this.queue = schema;
    }

    private static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            System.out.println("Remote partitioning tests SKIPPED: nothing listens on " + host + ":" + port);
            return false;
        }
    }

    private static String fromEnvironment(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String withUser(String url) {
        return url.contains("user=") ? url : url + (url.contains("?") ? "&" : "?") + "user=postgres";
    }

    String dbUrl() {
        return PG + "&currentSchema=" + schema;
    }

    private List<String> java(String heap, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dtradestat.chunk-bytes=" + CHUNK_BYTES, "-Dtradestat.remote.poll-millis=200",
                "-cp", System.getProperty("java.class.path"), TradestatApplication.class.getName()));
        command.addAll(args);
        return command;
    }

    /** Starts a process with the test's queue, its output to {@code <dir>/<name>.out}. */
    Process start(String name, List<String> command, String... env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("TRADESTAT_"));
        builder.environment().put("TRADESTAT_AMQP_QUEUE", queue);
        builder.environment().put("TRADESTAT_AMQP_URL", AMQP);
        for (int i = 0; i + 1 < env.length; i += 2) {
            builder.environment().put(env[i], env[i + 1]);
        }
        Process process = builder.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile()).start();
        processes.add(process);
        return process;
    }

    /** A worker, once it listens. */
    Process worker(String name) throws IOException, InterruptedException {
        Process worker = start(name, java("-Xmx256m", List.of("--worker", "--db", dbUrl())));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!output(name).contains("listening on")) {
            if (!worker.isAlive() || System.nanoTime() > deadline) {
                fail("worker " + name + " did not start:\n" + output(name));
            }
            Thread.sleep(100);
        }
        return worker;
    }

    /** The manager of a run on {@code input}, started, with more environment variables ({@code name, value...}). */
    Process manager(String name, Path input, Path output, String... env) throws IOException {
        return start(name, java("-Xmx512m", List.of("--workers", "2", "--db", dbUrl(), "--input", input.toString(),
                "--output", output.toString(), "--date", "2024-12-31")), env);
    }

    /** The run of one JVM on H2, to compare with, started (to end with {@link #end}). */
    Process reference(Path input, Path output) throws IOException {
        return start("reference", java("-Xmx512m", List.of("--db", "jdbc:h2:file:" + dir.resolve("h2"),
                "--input", input.toString(), "--output", output.toString(), "--date", "2024-12-31")));
    }

    int end(String name, Process process) throws IOException, InterruptedException {
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(name + " did not end within 3 minutes:\n" + output(name));
        }
        return process.exitValue();
    }

    String output(String name) throws IOException {
        Path file = dir.resolve(name + ".out");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** The partition step executions: name to the statuses of its executions, by job execution in order. */
    Map<String, List<String>> partitions() throws SQLException {
        Map<String, List<String>> partitions = new LinkedHashMap<>();
        query("SELECT step_name, job_execution_id, status FROM batch_step_execution WHERE step_name LIKE 'parseChunk:%'"
                + " ORDER BY step_name, job_execution_id, step_execution_id", rs -> partitions.computeIfAbsent(
                rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2) + ":" + rs.getString(3)));
        return partitions;
    }

    /** The partitions so far; none before the manager has made the job repository's tables. */
    Map<String, List<String>> partitionsSoFar() {
        try {
            return partitions();
        } catch (SQLException e) {
            return Map.of();
        }
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    void query(String sql, Row row) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /** Sends a signal (STOP, CONT, KILL) to a process. */
    static void signal(Process process, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // nothing left to clean
        }
        try {
            com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
            factory.setUri(AMQP);
            try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
                channel.queueDelete(queue);
            }
        } catch (Exception e) {
            // the broker went away: nothing left to clean
        }
    }

    /** Trade files of a few MB: tens of partitions, a few rejected lines, and a file whose rest after a quote is read
     * by the manager alone. */
    static void writeInput(Path input) throws IOException {
        Files.createDirectories(input);
        java.util.Random random = new java.util.Random(17);
        String[] partners = {"KAZ", "KGZ", "UZB", "TJK", "TKM", "CHN"};
        StringBuilder a = new StringBuilder("reporter,partner,period,flow,commodity,value_usd,qualifier,source\n");
        for (int n = 0; n < 60_000; n++) {
            String line = "KOR," + partners[random.nextInt(partners.length)] + "," + (2012 + random.nextInt(12)) + "-"
                    + String.format("%02d", 1 + random.nextInt(12)) + "," + (random.nextBoolean() ? "export" : "import")
                    + "," + (random.nextInt(3) == 0 ? "TOTAL" : Integer.toString(10 + random.nextInt(80))) + ","
                    + random.nextInt(10_000_000) + "." + random.nextInt(10) + ",,customs";
            a.append(random.nextInt(400) == 0 ? line.replace("KOR", "K0R") : line).append('\n');
        }
        Files.writeString(input.resolve("a-trade.csv"), a);
        StringBuilder b = new StringBuilder("reporter,partner,period,flow,value_usd,source\n");
        for (int n = 0; n < 20_000; n++) {
            b.append("KAZ,").append(partners[1 + random.nextInt(5)]).append(',').append(2015 + random.nextInt(9))
                    .append(",export,").append(random.nextInt(1_000_000)).append(n == 15_000 ? ",\"Stat, KZ\"\n" : ",stat\n");
        }
        Files.writeString(input.resolve("b-trade.csv"), b);
    }
}
