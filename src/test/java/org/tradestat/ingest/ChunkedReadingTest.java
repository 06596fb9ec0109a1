package org.tradestat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.concurrent.Workers;

/**
 * Files cut into chunks parsed on worker threads give exactly what one thread reading them line after line gives:
 * the same records (figures to the scale of each value, rejects with their reasons and raw text) with the same line
 * numbers, in the same blocks, with the same progress reports and the same reject-rate failure.
 */
class ChunkedReadingTest {

    private static final String TRADE_HEADER = "reporter,partner,period,flow,commodity,value_usd,qualifier,source";
    private static final String[] ENDINGS = {"\n", "\r\n", "\r"};
    private static final Set<String> GROUPS = Set.of("CENTRAL_ASIA");

    @TempDir
    Path dir;

    /** A trade line: mostly plain, some written another way or rejected, some blank. */
    private static String tradeLine(Random random, int n) {
        String line = "KOR," + (random.nextBoolean() ? "KGZ" : "UZB") + ",20" + (10 + random.nextInt(15)) + "-0"
                + (1 + random.nextInt(9)) + "," + (random.nextBoolean() ? "export" : "import") + ","
                + (random.nextBoolean() ? "27" : "TOTAL") + "," + random.nextInt(1_000_000) + "." + random.nextInt(100)
                + ",,customs";
        return switch (random.nextInt(30)) {
            case 0 -> line.replace("KOR", "kor");
            case 1 -> line.replace("export", "exports");
            case 2 -> line + ",extra";
            case 3 -> "";
            case 4 -> " ,\t, ";
            case 5 -> line.replace(",customs", ",Caf\u00e9 " + n);
            case 6 -> line.replace("KOR,", "KOR,CENTRAL_ASIA,").replace(",KGZ,", ",").replace(",UZB,", ",");
            default -> line;
        };
    }

    private static byte[] tradeFile(Random random, int lines, String[] endings, Charset encoding) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((TRADE_HEADER + endings[0]).getBytes(StandardCharsets.US_ASCII));
        for (int n = 0; n < lines; n++) {
            byte[] line = tradeLine(random, n).getBytes(encoding);
            if (encoding.equals(StandardCharsets.UTF_8) && random.nextInt(300) == 0) {
                line = (tradeLine(random, n) + "\u00e9").getBytes(StandardCharsets.ISO_8859_1); // not UTF-8
            }
            file.writeBytes(line);
            file.writeBytes(endings[random.nextInt(endings.length)].getBytes(StandardCharsets.US_ASCII));
        }
        return file.toByteArray();
    }

    /** Every block of the input, as its records, read {@code size} lines at a time. */
    private static List<List<InputRecord>> blocks(InputFilesReader reader, int size, List<String> progress) {
        reader.withProgress((file, lines, chars) -> progress.add(file + ":" + lines));
        List<List<InputRecord>> blocks = new ArrayList<>();
        try {
            for (InputBlock block = reader.read(size); block != null; block = reader.read(size)) {
                blocks.add(block.records());
            }
        } finally {
            reader.close();
        }
        return blocks;
    }

    /** Reads the folder one line after the other, then in chunks of several sizes on 3 and 1 workers: all the same. */
    private void assertChunksReadAsOneThread(int blockSize, long... chunkSizes) {
        assertChunksReadAsOneThread(blockSize, 3, chunkSizes);
    }

    private void assertChunksReadAsOneThread(int blockSize, int maxWorkers, long... chunkSizes) {
        List<InputFile> files = new InputScanner().scan(dir);
        List<String> oneThreadProgress = new ArrayList<>();
        List<List<InputRecord>> oneThread = blocks(
                new InputFilesReader(files, GROUPS, 1.0, ByteLines.BUFFER, 0, 1), blockSize, oneThreadProgress);
        assertThat(oneThread).isNotEmpty();
        for (long chunkBytes : chunkSizes) {
            for (int workers = maxWorkers; workers >= 1; workers -= 2) {
                List<String> progress = new ArrayList<>();
                List<List<InputRecord>> chunked = blocks(
                        new InputFilesReader(files, GROUPS, 1.0, ByteLines.BUFFER, chunkBytes, workers), blockSize, progress);
                assertThat(chunked).as("blocks, chunks of %d bytes, %d workers", chunkBytes, workers)
                        .hasSameSizeAs(oneThread);
                for (int b = 0; b < oneThread.size(); b++) {
                    assertThat(chunked.get(b)).as("block %d, chunks of %d bytes, %d workers", b, chunkBytes, workers)
                            .isEqualTo(oneThread.get(b));
                }
                assertThat(progress).as("progress, chunks of %d bytes", chunkBytes).isEqualTo(oneThreadProgress);
            }
        }
    }

    @Test
    void tradeFilesWithLfCrlfAndLoneCrEndingsGiveTheSameLinesInTheSameBlocks() throws IOException {
        Random random = new Random(1404);
        Files.write(dir.resolve("a-trade.csv"), tradeFile(random, 3000, ENDINGS, StandardCharsets.UTF_8));
        Files.write(dir.resolve("b-trade-crlf.csv"), tradeFile(random, 2000, new String[] {"\r\n"}, StandardCharsets.UTF_8));
        Files.write(dir.resolve("c-trade-latin1.csv"), tradeFile(random, 500, ENDINGS, StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("d-empty.csv"), TRADE_HEADER + "\r\n");
        Files.write(dir.resolve("e-no-final-break.csv"), (TRADE_HEADER + "\nKOR,KGZ,2024,export,27,5,,x\r\nKOR,UZB,2024,"
                + "import,,7.50,approx,y").getBytes(StandardCharsets.US_ASCII));
        assertChunksReadAsOneThread(700, 1, 100, 4096, 1 << 20);
    }

    @Test
    void aChunkCutInsideAQuotedFieldThatHoldsALineBreakGivesTheSameLines() throws IOException {
        Random random = new Random(2026);
        StringBuilder text = new StringBuilder(TRADE_HEADER).append("\r\n");
        for (int i = 0; i < 4000; i++) {
            text.append(tradeLine(random, i)).append("\r\n");
            if (i == 1500) {
                text.append("KOR,KGZ,2021,export,27,5,,\"a source, quoted\r\nover two lines\"\r\n");
            }
            if (i == 2500) {
                text.append("KOR,KGZ,2021,import,27,5,,\"unclosed\r\n");
            }
        }
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        int quote = text.substring(0, text.indexOf("\"a source")).getBytes(StandardCharsets.UTF_8).length;
        for (long chunkBytes : new long[] {1, 37, 4096}) {
            ExecutorService workers = Workers.start("test-plan", 2);
            try {
                ChunkPlan plan = FileChunker.plan(file, StandardCharsets.UTF_8, 2, chunkBytes, workers);
                assertThat(plan.parallel()).as("chunks of %d bytes", chunkBytes).hasSizeGreaterThan(1);
                for (FileChunk chunk : plan.parallel()) {
                    assertThat(chunk.to()).as("no parallel chunk reaches the quote").isLessThanOrEqualTo(quote);
                    assertThat(chunk.firstLine()).isEqualTo(1 + breaksBefore(bytes, chunk.from()));
                }
                FileChunk rest = plan.sequential().orElseThrow();
                assertThat(rest.from()).isLessThanOrEqualTo(quote);
                assertThat(rest.to()).isEqualTo(bytes.length);
                assertThat(rest.firstLine()).isEqualTo(1 + breaksBefore(bytes, rest.from()));
            } finally {
                workers.shutdownNow();
            }
        }
        // cuts planned at every byte, every 37 bytes: inside the quoted field and at its line break too
        assertChunksReadAsOneThread(700, 1, 37, 4096);
    }

    private static long breaksBefore(byte[] b, long at) {
        LineBreaks breaks = new LineBreaks();
        breaks.add(b, 0, (int) at);
        return breaks.breaks();
    }

    @Test
    void filesOfEveryOwnKindAndProgressOverManyChunks() throws IOException {
        Random random = new Random(7);
        Files.writeString(dir.resolve("a-groups.csv"), "group,member,name\nCENTRAL_ASIA,KAZ,Central Asia\n"
                + "central_asia,KGZ,x\nKOR,UZB,x\n");
        Files.write(dir.resolve("b-trade.csv"), tradeFile(random, 140_000, ENDINGS, StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("c-events.csv"), "date,country_a,country_b,category,level,title,count,source\r\n"
                + "2024-06-14,KOR,UZB,visit,head_of_state,\"State visit, Tashkent\",1,MOFA\r\n"
                + "2024-13-01,KOR,UZB,visit,,Bad date,,\r\n"
                + "2023,KOR,KAZ,forum,,\"Forum\r\nAstana\",2,\r\n");
        Files.writeString(dir.resolve("d-investment.csv"), "investor,host,period,measure,value_usd,qualifier,since,source\r\n"
                + "KOR,UZB,2023,inflow,250.5,,,KOTRA\r\n"
                + "KOR,UZB,2023,stock,-1,,,KOTRA\r\n"
                + "\r\n"
                + "KOR,UZB,2023,cumulative,4300,at_least,1992,KOTRA\r\n");
        assertChunksReadAsOneThread(InputBlocks.SIZE, 2, 64 << 10);
    }

    @Test
    void aRejectRateAboveTheLimitFailsAfterTheSameLinesWithTheSameMessage() throws IOException {
        Random random = new Random(3);
        StringBuilder bad = new StringBuilder(TRADE_HEADER).append('\n');
        for (int i = 0; i < 300; i++) {
            bad.append(i % 10 == 0 ? "KOR,KGZ,2022,export,27,-1,," : "KOR,KGZ,2022,export,27,1,,").append('\n');
        }
        Files.writeString(dir.resolve("a-bad.csv"), bad);
        Files.write(dir.resolve("b-trade.csv"), tradeFile(random, 20_000, ENDINGS, StandardCharsets.UTF_8));
        List<InputFile> files = new InputScanner().scan(dir);
        List<String> messages = new ArrayList<>();
        List<Integer> linesSeen = new ArrayList<>();
        for (long chunkBytes : new long[] {0, 100, 4096}) {
            InputFilesReader reader = new InputFilesReader(files, GROUPS, 0.05, ByteLines.BUFFER, chunkBytes, 2);
            int[] seen = {0};
            try {
                RejectRateExceededException e = assertThrows(RejectRateExceededException.class, () -> {
                    for (InputBlock block = reader.read(7); block != null; block = reader.read(7)) {
                        seen[0] += block.records().size();
                    }
                });
                messages.add(e.getMessage());
                linesSeen.add(seen[0]);
            } finally {
                reader.close();
            }
        }
        assertThat(messages).allMatch(m -> m.equals(messages.get(0))).first().asString().startsWith("a-bad.csv: 30 of 300");
        assertThat(linesSeen).containsExactly(294, 294, 294);
    }
}
