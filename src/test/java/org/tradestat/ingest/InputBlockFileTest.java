package org.tradestat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.concurrent.Workers;
import org.tradestat.figure.Qualifier;

/**
 * A chunk parsed by a worker of a remote partitioning, written to its partition file and read back by the load, is
 * the block the load would have parsed itself: the same figures to the scale of each value, the same rejects with
 * their reasons, raw text and line numbers, in the same order.
 */
class InputBlockFileTest {

    @TempDir
    Path dir;
    private final ExecutorService workers = Workers.start("test-plan", 2);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private InputFile tradeFile() throws IOException {
        Files.writeString(dir.resolve("a-trade.csv"), String.join("\n",
                "reporter,partner,period,flow,commodity,value_usd,qualifier,source",
                "KOR,KGZ,2022-01,export,TOTAL,12.50,,customs",             // line 2: 12.50, scale 2
                "KOR,KGZ,2022-02,exports,TOTAL,3,,customs",                // line 3: no such flow
                "KOR,UZB,2022,import,27,5.000000000000000000000,approx,", // line 4: unscaled 5 x 10^21, no source
                "",                                                       // line 5: blank, not a line
                "KOR,CENTRAL_ASIA,2022-H1,export,TOTAL,7,at_least,Caf\u00e9", // line 6: a group as partner
                "KOR,KGZ,2022-01,export,TOTAL,-1,,customs")                // line 7: negative
                + "\n");
        return new InputScanner().scan(dir).get(0);
    }

    private InputBlock parsedHere(InputFile file) throws IOException {
        List<FileChunk> chunks = RemoteChunks.plan(file, workers);
        assertThat(chunks).hasSize(1); // a small file is one chunk of 1 MB
        return RemoteChunks.parse(file, Set.of("CENTRAL_ASIA"), chunks.get(0));
    }

    @Test
    void aChunkReadBackIsTheChunkWritten() throws IOException {
        InputFile file = tradeFile();
        InputBlock parsed = parsedHere(file);
        Path partition = dir.resolve("chunk.block");
        InputBlockFile.write(parsed, partition);
        InputBlock read = InputBlockFile.read(partition);

        assertThat(read.records()).isEqualTo(parsed.records());
        // by hand: lines 2, 4, 6 are figures; 3 and 7 are rejected; 5 is blank
        assertThat(read.figures().size()).isEqualTo(3);
        assertThat(read.figures().line(0)).isEqualTo(2);
        assertThat(read.figures().value(0)).isEqualTo(new BigDecimal("12.50"));
        assertThat(read.figures().scale(1)).isEqualTo(FigureColumns.BIG);
        assertThat(read.figures().value(1)).isEqualTo(new BigDecimal("5.000000000000000000000"));
        assertThat(read.figures().qualifier(1)).isEqualTo(Qualifier.APPROX);
        assertThat(read.figures().source(1)).isEmpty();
        assertThat(read.figures().series(2).partner()).isEqualTo("CENTRAL_ASIA");
        assertThat(read.figures().source(2)).isEqualTo("Caf\u00e9");
        assertThat(read.others()).extracting(InputRecord::line).containsExactly(3L, 7L);
        assertThat(read.figuresBeforeOthers()).containsExactly(1, 3); // after line 2, and after line 6
        assertThat(((InputRecord.Rejected) read.others().get(0)).raw()).isEqualTo("KOR,KGZ,2022-02,exports,TOTAL,3,,customs");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-trade.csv", "chunk.block");
    }

    @Test
    void theLoadReadsChunksParsedElsewhereAsItsOwn() throws IOException {
        InputFile file = tradeFile();
        Path partition = dir.resolve("chunk.block");
        InputBlockFile.write(parsedHere(file), partition);
        AtomicInteger served = new AtomicInteger();
        ParsedElsewhere elsewhere = (f, chunk) -> {
            try {
                served.incrementAndGet();
                return Optional.of(InputBlockFile.read(partition));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        List<InputFile> files = List.of(file);
        List<InputRecord> here = records(new InputFilesReader(files, Set.of("CENTRAL_ASIA"), 1.0));
        List<InputRecord> there = records(new InputFilesReader(files, Set.of("CENTRAL_ASIA"), 1.0)
                .withChunksParsedElsewhere(elsewhere));
        assertThat(served).hasValue(1);
        assertThat(there).isEqualTo(here).hasSize(5);
    }

    @Test
    void aFileCutShortIsNotTakenForAWholeOne() throws IOException {
        Path partition = dir.resolve("chunk.block");
        InputBlockFile.write(parsedHere(tradeFile()), partition);
        byte[] whole = Files.readAllBytes(partition);
        Files.write(partition, java.util.Arrays.copyOf(whole, whole.length - 4));
        IOException e = assertThrows(IOException.class, () -> InputBlockFile.read(partition));
        assertThat(e.getMessage()).contains("cut short").contains("chunk.block");
    }

    private static List<InputRecord> records(InputFilesReader reader) {
        List<InputRecord> records = new ArrayList<>();
        try {
            for (InputBlock block = reader.read(3); block != null; block = reader.read(3)) {
                records.addAll(block.records());
            }
        } finally {
            reader.close();
        }
        return records;
    }
}
