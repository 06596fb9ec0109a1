package org.tradestat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The census skips runs of ASCII eight bytes at a time: it must count as it does one byte at a time. */
class Utf8CensusTest {

    private static long[] census(byte[] b, int piece) {
        Utf8Census census = new Utf8Census();
        for (int at = 0; at < b.length; at += piece) {
            int n = Math.min(piece, b.length - at);
            census.add(Arrays.copyOfRange(b, at, at + n), n);
        }
        census.end();
        return new long[] {census.multiByte, census.invalid, census.bom ? 1 : 0};
    }

    @Test
    void wholeBuffersCountAsOneByteAtATime() {
        Random random = new Random(8);
        byte[][] odd = {"\u00e9".getBytes(StandardCharsets.UTF_8), "\u20ac".getBytes(StandardCharsets.UTF_8),
                "\ud83d\ude00".getBytes(StandardCharsets.UTF_8), {(byte) 0xE9}, {(byte) 0xC3}, {(byte) 0xF0, (byte) 0x9F},
                {(byte) 0xC0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
        for (int round = 0; round < 500; round++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            if (round % 5 == 0) {
                bytes.writeBytes(odd[odd.length - 1]);
            }
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(round % 2 == 0 ? 40 : 4) == 0) {
                    bytes.writeBytes(odd[random.nextInt(odd.length)]);
                } else {
                    bytes.write('a' + random.nextInt(26));
                }
            }
            byte[] b = bytes.toByteArray();
            long[] oneByOne = census(b, 1);
            for (int piece : new int[] {3, 8, 17, 1 << 16}) {
                assertThat(census(b, piece)).as("round %d, pieces of %d", round, piece).containsExactly(oneByOne);
            }
        }
    }
}
