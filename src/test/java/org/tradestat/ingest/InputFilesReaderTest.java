package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesReaderTest {

    private static final String TRADE_HEADER = "reporter,partner,period,flow,value_usd,qualifier,source\n";

    @TempDir
    Path dir;

    private final InputScanner scanner = new InputScanner();

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<InputRecord> readAll(InputFilesReader reader) {
        List<InputRecord> records = new ArrayList<>();
        for (InputRecord r = next(reader); r != null; r = next(reader)) {
            records.add(r);
        }
        assertNull(next(reader), "stays at the end");
        return records;
    }

    private static String tradeLines(int good, String... bad) {
        StringBuilder sb = new StringBuilder(TRADE_HEADER);
        for (int i = 0; i < good; i++) {
            sb.append("KOR,KGZ,").append(2000 + i).append(",export,").append(i + 1).append(",,src\n");
        }
        for (String line : bad) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyDataLineOfEveryKnownFileOnceInOrder() throws Exception {
        write("a-groups.csv", "group,member,name\nCENTRAL_ASIA,KAZ,Central Asia\nCENTRAL_ASIA,KGZ,Central Asia\n");
        write("b-notes.csv", "foo,bar\n1,2\n3,4\n");
        write("c-trade.csv", TRADE_HEADER
                + "KOR,KGZ,2022,export,300000000,,\n"
                + "\n"
                + "KOR,CENTRAL_ASIA,2022,export,1,,\"a source\nover two lines\"\n"
                + "KOR,KOR,2022,export,1,,\n"
                + "KOR,KGZ,2022-H1,import,5,approx,");
        write("d-events.csv", "date,country_a,country_b,category\n2024-12-03,KGZ,KOR,visit\n");
        List<InputFile> files = scanner.scan(dir);
        List<InputRecord> records;
        InputFilesReader reader = new InputFilesReader(files, scanner.groupCodes(files), 1.0);
        try {
            records = readAll(reader);
        } finally {
            reader.close();
        }
        assertEquals(List.of("1:2", "1:3", "3:2", "3:4", "3:6", "3:7", "4:2"),
                records.stream().map(r -> r.fileSeq() + ":" + r.line()).toList(), "file seq and editor line of each");
        assertInstanceOf(InputRecord.GroupLine.class, records.get(0));
        assertInstanceOf(InputRecord.GroupLine.class, records.get(1));
        assertInstanceOf(InputRecord.FigureLine.class, records.get(2));
        InputRecord.FigureLine toGroup = assertInstanceOf(InputRecord.FigureLine.class, records.get(3));
        assertEquals("CENTRAL_ASIA", toGroup.figure().series().partner(), "group codes of the groups files are known");
        assertEquals("a source over two lines", toGroup.figure().source());
        InputRecord.Rejected rejected = assertInstanceOf(InputRecord.Rejected.class, records.get(4));
        assertEquals("reporter equals partner (KOR)", rejected.reason());
        assertEquals("KOR,KOR,2022,export,1,,", rejected.raw());
        assertInstanceOf(InputRecord.FigureLine.class, records.get(5));
        assertInstanceOf(InputRecord.EventLine.class, records.get(6));
    }

    @Test
    void noFilesNoRecords() {
        InputFilesReader reader = new InputFilesReader(List.of(), Set.of(), 0.05);
        try {
            assertNull(next(reader));
        } finally {
            reader.close();
        }
    }

    @Test
    void rejectRateAboveTheLimitStopsAfterTheFileNamingItAndTheFirstReasons() throws IOException {
        write("a-trade.csv", tradeLines(1));
        write("b-trade.csv", tradeLines(16,
                "KOR,KGZ,2022-13,export,1,,",
                "KOR,KGZ,2022,export,-1,,",
                "KOR,KGZ,2023-13,export,1,,",
                "KOR,XXX,2022,export,1,,"));
        write("c-trade.csv", tradeLines(3));
        List<InputFile> files = scanner.scan(dir);
        List<InputRecord> seen = new ArrayList<>();
        RejectRateExceededException e;
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            e = assertThrows(RejectRateExceededException.class, () -> {
                for (InputRecord r = next(reader); r != null; r = next(reader)) {
                    seen.add(r);
                }
            });
        } finally {
            reader.close();
        }
        assertEquals(1 + 20, seen.size(), "every line of the failing file was read before the check");
        assertEquals(4, seen.stream().filter(r -> r instanceof InputRecord.Rejected).count());
        assertEquals(Set.of(1, 2), seen.stream().map(InputRecord::fileSeq).collect(Collectors.toSet()));
        assertEquals("b-trade.csv: 4 of 20 data lines rejected (20.0%, limit 5.0%). First reasons: "
                + "malformed period '2022-13' (expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM); "
                + "value_usd '-1' is negative; "
                + "malformed period '2023-13' (expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM)", e.getMessage());
    }

    @Test
    void repeatedReasonsAreCounted() throws IOException {
        write("t.csv", tradeLines(0, "KOR,KGZ,2022,export,-1,,", "KOR,KGZ,2022,export,-1,,", "KOR,KOR,2022,export,1,,"));
        List<InputFile> files = scanner.scan(dir);
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            RejectRateExceededException e = assertThrows(RejectRateExceededException.class, () -> readAll(reader));
            assertEquals("t.csv: 3 of 3 data lines rejected (100.0%, limit 5.0%). First reasons: "
                    + "value_usd '-1' is negative (2 lines); reporter equals partner (KOR)", e.getMessage());
        } finally {
            reader.close();
        }
    }

    @Test
    void rejectRateEqualToTheLimitPasses() throws IOException {
        write("t.csv", tradeLines(19, "KOR,KGZ,2022,export,-1,,"));
        write("u.csv", tradeLines(57, "KOR,KGZ,2022,export,-1,,", "KOR,KGZ,2022,export,-2,,", "KOR,KGZ,2022,export,-3,,"));
        List<InputFile> files = scanner.scan(dir);
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            List<InputRecord> records = readAll(reader);
            assertEquals(80, records.size());
            assertEquals(4, records.stream().filter(r -> r instanceof InputRecord.Rejected).count());
        } finally {
            reader.close();
        }
    }

    @Test
    void oneRejectAboveTheLimitFails() throws IOException {
        write("t.csv", tradeLines(18, "KOR,KGZ,2022,export,-1,,", "KOR,KGZ,2022,export,-1,,"));
        List<InputFile> files = scanner.scan(dir);
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            assertThrows(RejectRateExceededException.class, () -> readAll(reader));
        } finally {
            reader.close();
        }
    }

    @Test
    void rateIsPerFileNotOverall() throws IOException {
        write("a.csv", tradeLines(100));
        write("b.csv", tradeLines(1, "KOR,KGZ,2022,export,-1,,"));
        List<InputFile> files = scanner.scan(dir);
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            RejectRateExceededException e = assertThrows(RejectRateExceededException.class, () -> readAll(reader));
            assertEquals("b.csv: 1 of 2 data lines rejected (50.0%, limit 5.0%). First reasons: value_usd '-1' is negative",
                    e.getMessage());
        } finally {
            reader.close();
        }
    }

    @Test
    void aFileWithAHeaderOnlyIsFine() throws IOException {
        write("t.csv", TRADE_HEADER);
        List<InputFile> files = scanner.scan(dir);
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.0);
        try {
            assertNull(next(reader));
        } finally {
            reader.close();
        }
    }

    @Test
    void iso88591FilesAreReadInTheirEncoding() throws IOException {
        Files.write(dir.resolve("t.csv"), (TRADE_HEADER + "KOR,KGZ,2022,export,1,,Caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        List<InputFile> files = scanner.scan(dir);
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            InputRecord.FigureLine line = assertInstanceOf(InputRecord.FigureLine.class, next(reader));
            assertEquals("Caf\u00e9", line.figure().source());
        } finally {
            reader.close();
        }
    }

    /** The next line as a record, or null after the last: blocks of one line, to see every line before a failure. */
    static InputRecord next(InputFilesReader reader) {
        InputBlock block = reader.read(1);
        return block == null ? null : block.records().get(0);
    }
}
