package org.tradestat.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.tradestat.concurrent.Workers;
import org.tradestat.ingest.FileChunk;
import org.tradestat.ingest.InputFile;
import org.tradestat.ingest.InputScanner;
import org.tradestat.ingest.RemoteChunks;
import org.tradestat.job.RunContext;

/**
 * The partitions of a run: one per parallel chunk of each trade file, as the load plans them ({@link RemoteChunks}),
 * named by file and chunk in input order. A partition's context says everything a worker needs: the file, its
 * encoding and checksum, the chunk's bytes and first line, the group codes of the input and where to write the
 * parsed chunk ({@link PartitionFiles}).
 */
final class ChunkPartitioner implements Partitioner {

    private final RunContext run;
    private final PartitionFiles files;

    ChunkPartitioner(RunContext run, PartitionFiles files) {
        this.run = run;
        this.files = files;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<InputFile> inputs = new InputScanner().scan(run.inputDir());
        ArrayList<String> groupCodes = new ArrayList<>(new InputScanner().groupCodes(inputs));
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        ExecutorService workers = Workers.start("tradestat-plan", Runtime.getRuntime().availableProcessors());
        try {
            Path dir = files.dir(run);
            Files.createDirectories(dir);
            for (InputFile file : inputs) {
                List<FileChunk> chunks = RemoteChunks.plan(file, workers);
                for (int k = 0; k < chunks.size(); k++) {
                    FileChunk chunk = chunks.get(k);
                    ExecutionContext context = new ExecutionContext();
                    context.putString(Remote.FILE, file.path().toAbsolutePath().toString());
                    context.putString(Remote.FILE_NAME, file.name());
                    context.putInt(Remote.FILE_SEQ, file.seq());
                    context.putString(Remote.ENCODING, file.encoding().name());
                    context.putString(Remote.SHA256, file.sha256());
                    context.putLong(Remote.FROM, chunk.from());
                    context.putLong(Remote.TO, chunk.to());
                    context.putLong(Remote.FIRST_LINE, chunk.firstLine());
                    context.put(Remote.GROUP_CODES, groupCodes);
                    context.putString(Remote.OUT, dir.resolve(PartitionFiles.name(file, chunk)).toAbsolutePath()
                            .toString());
                    partitions.put(String.format("file%04d-chunk%06d", file.seq(), k), context);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot plan the partitions of " + run.inputDir() + ": " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
        return partitions;
    }

    /** The group codes a partition's trade lines may name: from the groups files of the input. */
    @SuppressWarnings("unchecked")
    static Set<String> groupCodes(ExecutionContext partition) {
        return Set.copyOf((List<String>) partition.get(Remote.GROUP_CODES));
    }
}
