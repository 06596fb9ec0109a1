package org.tradestat.ingest;

import java.util.Optional;

/**
 * The chunks of a file that another JVM has parsed, read from where it left them; a chunk it has not parsed (its
 * file changed since, its work file is gone) is parsed here. Either way the block is the one {@link ChunkParser}
 * makes of the chunk, so the load hands out the same lines in the same order.
 */
final class PreParsedChunks implements ChunkSource {

    private final InputFile file;
    private final ChunkParser here;
    private final ParsedElsewhere elsewhere;

    /** {@code here} alone when nothing is parsed elsewhere. */
    static ChunkSource or(ChunkParser here, InputFile file, ParsedElsewhere elsewhere) {
        return elsewhere == null ? here : new PreParsedChunks(file, here, elsewhere);
    }

    private PreParsedChunks(InputFile file, ChunkParser here, ParsedElsewhere elsewhere) {
        this.file = file;
        this.here = here;
        this.elsewhere = elsewhere;
    }

    @Override
    public InputBlock parse(FileChunk chunk) {
        Optional<InputBlock> parsed = elsewhere.parsed(file, chunk);
        return parsed.isPresent() ? parsed.get() : here.parse(chunk);
    }

    @Override
    public void refill(InputBlock block) {
        here.refill(block);
    }
}
