package org.tradestat.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The chunks of the input that remote partitioning hands to other JVMs (README, "Running on several machines"): the
 * parallel chunks of each trade file, exactly as the load plans them, and how a worker parses one of them, exactly as
 * the load would. Everything else (UN Comtrade downloads, a file's sequential rest after its first quote, the other
 * kinds) stays with the load.
 */
public final class RemoteChunks {

    private RemoteChunks() {
    }

    /** The parallel chunks of {@code file} as the load plans them; none for a file that is not a trade file. */
    public static List<FileChunk> plan(InputFile file, ExecutorService workers) throws IOException {
        if (!file.isLoaded() || file.kind().orElseThrow() != FileKind.TRADE) {
            return List.of();
        }
        long firstDataLine;
        try (CsvRecordReader reader = InputScanner.open(file.path(), file.encoding())) {
            CsvRecord header = reader.next();
            if (header == null || header.isMalformed()) {
                return List.of();
            }
            firstDataLine = reader.nextLine();
        }
        return FileChunker.plan(file.path(), file.encoding(), firstDataLine, InputFilesReader.CHUNK_BYTES, workers)
                .parallel();
    }

    /** Every line of {@code chunk} of the trade file {@code file}, as the load parses it. */
    public static InputBlock parse(InputFile file, Set<String> groupCodes, FileChunk chunk) throws IOException {
        Header header;
        try (CsvRecordReader reader = InputScanner.open(file.path(), file.encoding())) {
            header = new Header(reader.next().fields());
        }
        RecordParser records = new RecordParser(FileKind.TRADE, header, groupCodes, file.seq());
        return new ChunkParser(file, header, records::parse, ByteLines.BUFFER, new SeriesNumbers()).parse(chunk);
    }
}
