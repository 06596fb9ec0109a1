package org.tradestat.ingest;

import java.util.List;
import java.util.Optional;

/**
 * How a file's data lines are read: {@code parallel} chunks, in input order, each parsed apart from the others (no
 * quote in them, so every line break ends a record), then, from the chunk that holds the file's first quote on, the
 * rest of the file as one {@code sequential} chunk: a quoted field may hold a line break, so only a reader that has
 * read every record before can tell where the next one starts.
 */
public record ChunkPlan(List<FileChunk> parallel, Optional<FileChunk> sequential) {

    public ChunkPlan {
        parallel = List.copyOf(parallel);
    }
}
