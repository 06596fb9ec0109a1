package org.tradestat.ingest;

import java.nio.file.Path;

/**
 * A run of whole lines of a file, the unit of work that can be parsed apart from the rest: the bytes {@code [from,
 * to)}, starting at the start of a line and ending at the end of one (after its line break) or of the file, and the
 * editor line number of the first of them. No record crosses its ends (see {@link ChunkPlan}).
 */
public record FileChunk(Path path, long from, long to, long firstLine) {

    public FileChunk {
        if (from < 0 || to < from || firstLine < 1) {
            throw new IllegalArgumentException("not a chunk: bytes " + from + " to " + to + ", line " + firstLine);
        }
    }

    public long size() {
        return to - from;
    }
}
