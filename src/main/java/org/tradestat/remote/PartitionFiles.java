package org.tradestat.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.step.StepExecution;
import org.tradestat.ingest.FileChunk;
import org.tradestat.ingest.InputBlockFile;
import org.tradestat.ingest.InputFile;
import org.tradestat.ingest.ParsedElsewhere;
import org.tradestat.job.RemoteChunkFiles;
import org.tradestat.job.RunContext;

/**
 * Where the workers leave the chunks they parsed, and where the manager's load takes them from: one file per chunk in
 * {@code <shared>/<run>-chunks/} ({@code --shared DIR}, default the run's work folder {@code <output>/.work}), named by
 * the file's position and checksum and the chunk's bytes and first line, so that a file changed since it was
 * partitioned is parsed afresh by the load rather than taken from a stale partition.
 */
final class PartitionFiles implements RemoteChunkFiles {

    /** The key of the load step's context that counts the chunks it took from the workers. */
    static final String CHUNKS_FROM_WORKERS = "chunksFromWorkers";

    private final Path shared;

    /** {@code shared} null: the run's work folder. */
    PartitionFiles(Path shared) {
        this.shared = shared;
    }

    Path dir(RunContext run) {
        Path work = run.workDir();
        Path root = shared != null ? shared : work.getParent();
        return root.resolve(work.getFileName() + "-chunks");
    }

    static String name(InputFile file, FileChunk chunk) {
        return "f" + file.seq() + "-" + file.sha256().substring(0, Math.min(16, file.sha256().length())) + "-"
                + chunk.from() + "-" + chunk.to() + "-" + chunk.firstLine() + ".block";
    }

    @Override
    public ParsedElsewhere forLoad(StepExecution load) {
        Path dir = dir(RunContext.of(load));
        AtomicLong taken = new AtomicLong();
        return (file, chunk) -> {
            Path parsed = dir.resolve(name(file, chunk));
            if (!Files.isRegularFile(parsed)) {
                return Optional.empty();
            }
            try {
                Optional<org.tradestat.ingest.InputBlock> block = Optional.of(InputBlockFile.read(parsed));
                load.getExecutionContext().putLong(CHUNKS_FROM_WORKERS, taken.incrementAndGet());
                return block;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the chunk a worker parsed, " + parsed + ": "
                        + e.getMessage(), e);
            }
        };
    }

    @Override
    public void delete(RunContext run) throws IOException {
        Path dir = dir(run);
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
