package org.tradestat.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIdsTest {

    @Test
    void givesBackEveryIdPutAndMinusOneForKeysNeverPut() {
        LongIds ids = new LongIds();
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long key = random.nextInt(3) == 0 ? i : random.nextLong();
            ids.put(key, i);
            expected.put(key, i);
        }
        expected.forEach((key, id) -> assertThat(ids.get(key)).as("key %d", key).isEqualTo(id));
        assertThat(ids.size()).isEqualTo(expected.size());
        assertThat(ids.get(-1L)).isEqualTo(expected.getOrDefault(-1L, -1));
        assertThat(ids.get(Long.MAX_VALUE - 3)).isEqualTo(-1);
    }

    @Test
    void aKeyPutTwiceKeepsItsLastId() {
        LongIds ids = new LongIds();
        ids.put(42, 1);
        ids.put(42, 2);
        assertThat(ids.get(42)).isEqualTo(2);
        assertThat(ids.size()).isEqualTo(1);
    }
}
