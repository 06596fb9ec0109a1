package org.tradestat.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manager and workers in JVMs of their own (README, "Running on several machines") give the outputs of a run in
 * one JVM, byte for byte; a worker killed mid-partition fails the run, and the same command then redoes only the
 * partitions that had not finished; a worker that cannot see the input fails the run with a message naming the file
 * and the worker; a partition no worker takes fails the run after the partition timeout, naming the partition.
 */
class RemotePartitioningTest {

    @TempDir
    Path dir;

    private static final String DAY = "2024-12-31";

    private static void assertSameOutputs(Path expected, Path actual) throws Exception {
        for (String file : List.of("indicators.csv", "rejects.csv")) {
            assertThat(Files.readAllBytes(actual.resolve(DAY).resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(expected.resolve(DAY).resolve(file)));
        }
        assertThat(inputCounts(actual)).isEqualTo(inputCounts(expected)).contains("\"rejected\"");
    }

    /** The "inputs" of run.json: per file its lines, loaded, duplicates, conflicts and rejected. */
    private static String inputCounts(Path output) throws Exception {
        String json = Files.readString(output.resolve(DAY).resolve("run.json"));
        return json.substring(json.indexOf("\"inputs\""), json.indexOf("\"outputs\""));
    }

    @Test
    void aManagerAndTwoWorkersGiveTheOutputsOfOneJvm() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            Path input = dir.resolve("input");
            Cluster.writeInput(input);
            Process reference = cluster.reference(input, dir.resolve("one-jvm"));
            cluster.worker("worker-1");
            cluster.worker("worker-2");
            int code = cluster.end("manager", cluster.manager("manager", input, dir.resolve("remote")));
            assertThat(code).as(cluster.output("manager")).isZero();
            assertThat(cluster.end("reference", reference)).as(cluster.output("reference")).isZero();
            assertSameOutputs(dir.resolve("one-jvm"), dir.resolve("remote"));

            // a-trade.csv: 60,000 lines of about 47 bytes, 2.8 MB in chunks of 128 KB; b-trade.csv: its chunks up to
            // the one holding its quote (line 15,002, byte ~410,000 of ~560,000): so tens of partitions in all
            Map<String, List<String>> partitions = cluster.partitions();
            assertThat(partitions.size()).isGreaterThan(20);
            assertThat(partitions.values()).allSatisfy(runs -> assertThat(runs).singleElement().asString()
                    .endsWith(":COMPLETED"));
            assertThat(partitions.keySet()).anyMatch(name -> name.startsWith("parseChunk:file0002"));
            // the load took every chunk the workers parsed rather than parsing it again
            AtomicLong fromWorkers = new AtomicLong();
            cluster.query("SELECT c.short_context FROM batch_step_execution s JOIN batch_step_execution_context c"
                    + " ON c.step_execution_id = s.step_execution_id WHERE s.step_name = 'loadInputs'",
                    rs -> fromWorkers.set(chunksFromWorkers(rs.getString(1))));
            assertThat(fromWorkers).hasValue(partitions.size());
            assertThat(cluster.output("worker-1") + cluster.output("worker-2")).contains("lines of a-trade.csv parsed");
            assertThat(cluster.output("manager")).doesNotContain("parseChunk:");
            // the parsed chunks are removed once the run has completed (and .work with them when nothing else is left)
            Path work = dir.resolve("remote").resolve(".work");
            if (Files.exists(work)) {
                try (var left = Files.list(work)) {
                    assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith("-chunks"));
                }
            }
        }
    }

    /** The load's count of chunks taken from the workers, from its execution context (Java serialization, Base64). */
    private static long chunksFromWorkers(String context) {
        return ((Number) context(context).get(PartitionFiles.CHUNKS_FROM_WORKERS)).longValue();
    }

    /** A step's execution context as Spring Batch stores it: a map in Java serialization, in Base64. */
    private static Map<?, ?> context(String stored) {
        byte[] bytes = java.util.Base64.getDecoder().decode(stored);
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return (Map<?, ?>) in.readObject();
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read an execution context", e);
        }
    }

    @Test
    void aWorkerKilledMidPartitionFailsTheRunAndTheSameCommandRedoesOnlyTheUnfinishedPartitions() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            Path input = dir.resolve("input");
            Cluster.writeInput(input);
            Process reference = cluster.reference(input, dir.resolve("one-jvm"));
            Process first = cluster.worker("worker-1");
            Process manager = cluster.manager("manager", input, dir.resolve("remote"));
            String killed = killMidPartition(cluster, first, manager);
            cluster.worker("worker-2"); // takes the killed worker's request back from the broker, and the rest
            int code = cluster.end("manager", manager);
            assertThat(code).as(cluster.output("manager")).isEqualTo(1);
            assertThat(cluster.output("manager")).contains("partition " + killed).contains("stopped mid-partition")
                    .contains("pid " + first.pid());
            Map<String, List<String>> afterFailure = cluster.partitions();

            int again = cluster.end("manager-again", cluster.manager("manager-again", input, dir.resolve("remote")));
            assertThat(again).as(cluster.output("manager-again")).isZero();
            assertThat(cluster.output("manager-again")).contains("Resuming the run");
            assertThat(cluster.end("reference", reference)).as(cluster.output("reference")).isZero();
            assertSameOutputs(dir.resolve("one-jvm"), dir.resolve("remote"));

            Map<String, List<String>> partitions = cluster.partitions();
            assertThat(partitions.keySet()).isEqualTo(afterFailure.keySet());
            partitions.forEach((name, runs) -> {
                List<String> before = afterFailure.get(name);
                if (before.get(0).endsWith(":COMPLETED")) {
                    assertThat(runs).as(name + " finished in the first run: not redone").isEqualTo(before);
                } else {
                    assertThat(runs).as(name + " unfinished in the first run: redone").hasSize(2);
                    assertThat(runs.get(1)).endsWith(":COMPLETED");
                }
            });
            assertThat(afterFailure.get(killed)).singleElement().asString().endsWith(":FAILED");
        }
    }

    /**
     * Kills the worker while a partition is running: freezes it when a partition is marked started, and kills it if
     * the partition is still started once it is frozen (else lets it go on and tries the next). The partition's name.
     */
    private static String killMidPartition(Cluster cluster, Process worker, Process manager) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && manager.isAlive()) {
            String started = startedPartition(cluster);
            if (started != null) {
                Cluster.signal(worker, "STOP");
                Thread.sleep(300);
                if (started.equals(startedPartition(cluster))) {
                    Cluster.signal(worker, "KILL");
                    worker.waitFor();
                    return started;
                }
                Cluster.signal(worker, "CONT");
            }
            Thread.sleep(5);
        }
        fail("could not catch the worker in a partition:\n" + cluster.output("manager"));
        return null;
    }

    /** A partition its worker has started and said it has (its host in the partition's context). */
    private static String startedPartition(Cluster cluster) throws Exception {
        String[] name = new String[1];
        cluster.query("SELECT s.step_name, c.short_context FROM batch_step_execution s JOIN batch_step_execution_context c"
                + " ON c.step_execution_id = s.step_execution_id WHERE s.step_name LIKE 'parseChunk:%'"
                + " AND s.status = 'STARTED'", rs -> {
                    if (context(rs.getString(2)).containsKey(Remote.HOST)) {
                        name[0] = rs.getString(1);
                    }
                });
        return name[0];
    }

    @Test
    void aWorkerThatCannotSeeTheInputFailsTheRunNamingTheFileAndItself() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            Path input = dir.resolve("input");
            Cluster.writeInput(input);
            Process manager = cluster.manager("manager", input, dir.resolve("remote"));
            // the partitions are planned and sent; then the input goes out of this worker's sight
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (cluster.partitionsSoFar().isEmpty() && manager.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Files.move(input, dir.resolve("elsewhere"));
            Process worker = cluster.worker("worker");
            assertThat(cluster.end("manager", manager)).as(cluster.output("manager")).isEqualTo(1);
            assertThat(cluster.output("manager")).contains("cannot read input file " + input.toAbsolutePath()
                    .resolve("a-trade.csv")).contains("pid " + worker.pid()).contains("more partitions failed")
                    .doesNotContain("\tat org."); // the reason, not a stack trace
        }
    }

    @Test
    void aPartitionNoWorkerTakesFailsTheRunAfterThePartitionTimeout() throws Exception {
        try (Cluster cluster = new Cluster(dir)) {
            Path input = dir.resolve("input");
            Cluster.writeInput(input);
            Process manager = cluster.manager("manager", input, dir.resolve("remote"),
                    "TRADESTAT_REMOTE_PARTITION_TIMEOUT", "5");
            int code = cluster.end("manager", manager);
            assertThat(code).as(cluster.output("manager")).isEqualTo(1);
            assertThat(cluster.output("manager")).contains("partition parseChunk:file0001-chunk000000")
                    .contains("no worker took it within 5 s").contains("Note: 2 workers expected, 0 listening");
        }
    }
}
