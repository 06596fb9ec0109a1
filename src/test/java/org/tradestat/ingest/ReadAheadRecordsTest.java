package org.tradestat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadRecordsTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** A unique file name, so that a test looks only for its own read-ahead thread. */
    private static String fileName() {
        return "test-" + NAMES.incrementAndGet() + ".csv";
    }

    /**
     * {@code count} records of a few shapes: plain, CRLF-ended, with quoted commas and doubled quotes, and with
     * quoted fields that span two or three lines, so that record and line numbers drift apart.
     */
    private static String csv(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            switch (i % 7) {
                case 0 -> text.append("KOR,KGZ,").append(i).append('\n');
                case 1 -> text.append("\"Seoul, Korea\",\"said \"\"about\"\" ").append(i).append("\",x\r\n");
                case 2 -> text.append("\"first line\nsecond line\",").append(i).append(",y\n");
                case 3 -> text.append("KAZ,\"a\r\nb\nc\",").append(i).append('\n');
                case 4 -> text.append("\n").append("UZB,TJK,").append(i).append('\n');
                case 5 -> text.append("\"\",,").append(i).append('\n');
                default -> text.append("last,").append(i).append(",\"z\"\n");
            }
        }
        return text.toString();
    }

    private static List<CsvRecord> readPlain(String text) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text))) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private static long plainCharsRead(String text) throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text))) {
            while (reader.next() != null) {
                // to the end
            }
            return reader.charsRead();
        }
    }

    private static List<CsvRecord> readAhead(ReadAheadRecords records) throws IOException {
        List<CsvRecord> read = new ArrayList<>();
        for (CsvRecord r = records.next(); r != null; r = records.next()) {
            read.add(r);
        }
        return read;
    }

    private static void assertSameRecordsAsThePlainReader(String text, int expectedCount) throws IOException {
        List<CsvRecord> expected = readPlain(text);
        assertThat(expected).hasSize(expectedCount);
        try (ReadAheadRecords records = new ReadAheadRecords(new CsvRecordReader(new StringReader(text)), fileName())) {
            assertThat(readAhead(records)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertSameRecordsAsThePlainReader("", 0);
        assertSameRecordsAsThePlainReader("\n\r\n  \n", 0);
    }

    @Test
    void exactlyOneBatchGivesTheSameRecordsAsThePlainReader() throws IOException {
        assertSameRecordsAsThePlainReader(csv(ReadAheadRecords.BATCH), ReadAheadRecords.BATCH);
    }

    @Test
    void oneRecordMoreThanABatchGivesTheSameRecordsAsThePlainReader() throws IOException {
        assertSameRecordsAsThePlainReader(csv(ReadAheadRecords.BATCH + 1), ReadAheadRecords.BATCH + 1);
    }

    @Test
    void severalBatchesWithQuotedLineBreaksKeepOrderLineNumbersFieldsAndRawText() throws IOException {
        int count = 3 * ReadAheadRecords.BATCH + 17;
        String text = csv(count);
        assertSameRecordsAsThePlainReader(text, count);
        List<CsvRecord> plain = readPlain(text);
        assertThat(plain.get(count - 1).line()).isGreaterThan(count);
        assertThat(plain).anySatisfy(r -> assertThat(r.fields()).contains("first line\nsecond line"));
    }

    @Test
    void nextKeepsReturningNullAfterTheEnd() throws IOException {
        try (ReadAheadRecords records = new ReadAheadRecords(
                new CsvRecordReader(new StringReader(csv(ReadAheadRecords.BATCH + 3))), fileName())) {
            assertThat(readAhead(records)).hasSize(ReadAheadRecords.BATCH + 3);
            for (int i = 0; i < 5; i++) {
                assertThat(records.next()).isNull();
            }
        }
    }

    @Test
    void charsReadAfterTheLastRecordIsThePlainReadersCount() throws IOException {
        for (int count : new int[] {0, 1, ReadAheadRecords.BATCH, ReadAheadRecords.BATCH + 1,
                3 * ReadAheadRecords.BATCH + 17}) {
            String text = csv(count);
            try (ReadAheadRecords records = new ReadAheadRecords(new CsvRecordReader(new StringReader(text)), fileName())) {
                readAhead(records);
                assertThat(records.charsRead()).as("chars read for %d records", count)
                        .isEqualTo(plainCharsRead(text))
                        .isEqualTo(text.length());
            }
        }
    }

    @Test
    void aFailingReaderSurfacesAsAnIOExceptionAfterTheRecordsBeforeIt() throws IOException {
        String text = csv(4 * ReadAheadRecords.BATCH);
        int failAt = text.length() / 2;
        List<CsvRecord> beforeFailure = new ArrayList<>();
        try (CsvRecordReader plain = new CsvRecordReader(new FailingReader(text, failAt))) {
            assertThatThrownBy(() -> {
                for (CsvRecord r = plain.next(); r != null; r = plain.next()) {
                    beforeFailure.add(r);
                }
            }).isInstanceOf(IOException.class);
        }
        assertThat(beforeFailure).hasSizeGreaterThan(ReadAheadRecords.BATCH);

        List<CsvRecord> handedOut = new ArrayList<>();
        try (ReadAheadRecords records = new ReadAheadRecords(new CsvRecordReader(new FailingReader(text, failAt)),
                fileName())) {
            assertThatThrownBy(() -> {
                for (CsvRecord r = records.next(); r != null; r = records.next()) {
                    handedOut.add(r);
                }
            }).isInstanceOf(IOException.class).hasMessage("disk gone after " + failAt + " characters");
        }
        assertThat(handedOut).isEqualTo(beforeFailure);
    }

    @Test
    void closingInTheMiddleOfALargeInputStopsTheBackgroundThreadPromptly() throws Exception {
        String text = "KOR,KGZ,export,TOTAL,2022,123.5\n".repeat(100_000);
        String name = fileName();
        ReadAheadRecords records = new ReadAheadRecords(new CsvRecordReader(new StringReader(text)), name);
        for (int i = 0; i < 10; i++) {
            assertThat(records.next()).isNotNull();
        }
        assertThat(readAheadThreads(name)).isNotEmpty();

        assertTimeoutPreemptively(Duration.ofSeconds(5), records::close);

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!readAheadThreads(name).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(readAheadThreads(name)).isEmpty();
    }

    private static List<Thread> readAheadThreads(String fileName) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("tradestat-read-ahead")
                        && t.getName().equals("tradestat-read-ahead " + fileName))
                .toList();
    }

    /** Hands out the text until {@code failAt} characters have gone, then fails as a vanished disk would. */
    private static final class FailingReader extends Reader {
        private final String text;
        private final int failAt;
        private int pos;

        FailingReader(String text, int failAt) {
            this.text = text;
            this.failAt = failAt;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (pos >= failAt) {
                throw new IOException("disk gone after " + failAt + " characters");
            }
            int n = Math.min(Math.min(len, 4096), failAt - pos);
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
