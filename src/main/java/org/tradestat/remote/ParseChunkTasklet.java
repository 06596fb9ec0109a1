package org.tradestat.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.ExitStatus;
import org.tradestat.ingest.FileChunk;
import org.tradestat.ingest.FileKind;
import org.tradestat.ingest.InputBlock;
import org.tradestat.ingest.InputBlockFile;
import org.tradestat.ingest.InputFile;
import org.tradestat.ingest.RemoteChunks;

/**
 * A worker's part: parses the chunk its partition names, as the load would, and writes it where the partition says.
 * A chunk it cannot read or write fails the partition with a message naming the file and this host; the message is
 * kept in the partition's context ({@link Remote#FAILURE}) for the manager to report.
 */
final class ParseChunkTasklet implements Tasklet, StepExecutionListener {

    private static final Log LOG = LogFactory.getLog(ParseChunkTasklet.class);
    private final JobRepository jobRepository;

    ParseChunkTasklet(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Says which worker has the partition at once, so that the manager can name it if the worker stops. */
    @Override
    public void beforeStep(StepExecution step) {
        step.getExecutionContext().putString(Remote.HOST, Remote.host());
        jobRepository.updateExecutionContext(step);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ExecutionContext partition = step.getExecutionContext();
        Path path = Path.of(partition.getString(Remote.FILE));
        Path out = Path.of(partition.getString(Remote.OUT));
        String host = Remote.host();
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("worker " + host + " cannot read input file " + path
                    + (Files.exists(path) ? " (permission denied)" : " (no such file: is the input folder shared at"
                    + " the same path on every machine?)"));
        }
        if (!Files.isDirectory(out.getParent()) || !Files.isWritable(out.getParent())) {
            throw new IllegalStateException("worker " + host + " cannot write to the shared folder " + out.getParent()
                    + (Files.isDirectory(out.getParent()) ? " (permission denied)" : " (no such folder: is it shared"
                    + " at the same path on every machine?)"));
        }
        InputFile file = new InputFile(partition.getInt(Remote.FILE_SEQ), partition.getString(Remote.FILE_NAME), path,
                Optional.of(FileKind.TRADE), Charset.forName(partition.getString(Remote.ENCODING)),
                partition.getString(Remote.SHA256), 0, List.of());
        FileChunk chunk = new FileChunk(path, partition.getLong(Remote.FROM), partition.getLong(Remote.TO),
                partition.getLong(Remote.FIRST_LINE));
        long started = System.nanoTime();
        try {
            InputBlock block = RemoteChunks.parse(file, ChunkPartitioner.groupCodes(partition), chunk);
            InputBlockFile.write(block, out);
            int lines = block.figures().size() + block.others().size();
            partition.putLong(Remote.LINES, lines);
            contribution.incrementReadCount();
            LOG.info(step.getStepName() + ": " + lines + " lines of " + file.name() + " parsed in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("worker " + host + " cannot parse " + file.name() + " bytes "
                    + chunk.from() + " to " + chunk.to() + ": " + e.getMessage(), e);
        }
        return RepeatStatus.FINISHED;
    }

    /** Keeps the reason of a failure where the manager reads it: the partition's context. */
    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (!step.getFailureExceptions().isEmpty()) {
            Throwable failure = step.getFailureExceptions().get(0);
            step.getExecutionContext().putString(Remote.FAILURE, String.valueOf(failure.getMessage()));
        }
        return null;
    }
}
