package org.tradestat.ingest;

/**
 * Where the lines of a file's parallel chunks come from: parsed in this JVM ({@link ChunkParser}), or read from
 * what another JVM parsed ({@link PreParsedChunks}, remote partitioning).
 */
interface ChunkSource {

    /** Every line of {@code chunk}, in input order, in one block; on any thread. */
    InputBlock parse(FileChunk chunk);

    /** Takes back a block returned by {@link #parse} once its lines have been handed out. */
    void refill(InputBlock block);
}
