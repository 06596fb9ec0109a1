package org.tradestat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count of line breaks that numbers the chunks of a file, and the line starts where a file is cut. */
class LineBreaksTest {

    @TempDir
    Path dir;

    /** Line breaks as ByteLines ends lines, one byte at a time: an LF, a CR followed by an LF, or a lone CR. */
    private static long breaksOneByOne(byte[] b) {
        long breaks = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 == b.length || b[i + 1] != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    @Test
    void countsEveryKindOfLineBreakOnceWhereverThePiecesAndWordsEnd() {
        Random random = new Random(14);
        byte[] alphabet = {'\n', '\r', '\r', 'a', ',', '"', 0, (byte) 0x8D, (byte) 0x8A, (byte) 0xFF, 0x0C};
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(70)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(4) == 0 ? (byte) 'x' : alphabet[random.nextInt(round % 2 == 0 ? 5 : alphabet.length)];
            }
            LineBreaks pieces = new LineBreaks();
            int at = 0;
            while (at < b.length) {
                int to = Math.min(b.length, at + random.nextInt(20));
                pieces.add(b, at, to);
                at = to;
            }
            assertThat(pieces.breaks()).as("round %d: %s", round, java.util.Arrays.toString(b)).isEqualTo(breaksOneByOne(b));
            boolean quote = new String(b, StandardCharsets.ISO_8859_1).indexOf('"') >= 0;
            assertThat(pieces.hasQuote()).as("round %d", round).isEqualTo(quote);
        }
    }

    @Test
    void aFileIsCutOnlyAtTheStartOfALineAndNeverBetweenTheCrAndLfOfABreak() throws IOException {
        byte[] text = "ab\r\ncd\ref\n\ngh\r\r\nij".getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve("cuts.csv");
        Files.write(file, text);
        // line starts: 0, 4, 7, 10, 11, 14 (after a lone CR), 16 (after the CRLF that follows it)
        long[] expected = {0, 4, 4, 4, 4, 7, 7, 7, 10, 10, 10, 11, 14, 14, 14, 16, 16, 18, 18};
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int p = 1; p <= text.length; p++) {
                assertThat(FileChunker.lineStartFrom(channel, p, text.length)).as("from %d", p).isEqualTo(expected[p]);
            }
        }
    }
}
