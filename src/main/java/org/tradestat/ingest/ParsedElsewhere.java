package org.tradestat.ingest;

import java.util.Optional;

/** Chunks parsed by other JVMs (remote partitioning, README "Running on several machines"). */
public interface ParsedElsewhere {

    /** The lines of {@code chunk} of {@code file} as {@link ChunkParser} made them elsewhere; empty to parse it here. */
    Optional<InputBlock> parsed(InputFile file, FileChunk chunk);
}
