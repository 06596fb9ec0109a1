package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    @TempDir
    Path dir;

    private final InputScanner scanner = new InputScanner();

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private InputFile only() {
        List<InputFile> files = scanner.scan(dir);
        assertEquals(1, files.size());
        return files.get(0);
    }

    @Test
    void kindIsRecognisedFromTheHeaderWhateverTheNameOrderOrCase() throws IOException {
        write("1.csv", "VALUE_USD,Flow, period ,partner,Reporter\n1,export,2022,KOR,KGZ\n");
        write("2.csv", "host,investor,value_usd,measure,period,since\n");
        write("3.csv", "Count,Measure,Period,Host,Origin\n");
        write("4.csv", "category,country_b,country_a,date,level\n");
        write("5.csv", "\uFEFFmember,group\n");
        write("6.csv", "group,member,name\n");
        List<InputFile> files = scanner.scan(dir);
        assertEquals(List.of(Optional.of(FileKind.TRADE), Optional.of(FileKind.INVESTMENT), Optional.of(FileKind.COMPANIES),
                Optional.of(FileKind.EVENTS), Optional.of(FileKind.GROUPS), Optional.of(FileKind.GROUPS)),
                files.stream().map(InputFile::kind).toList());
        assertEquals(List.of("trade", "investment", "companies", "events", "groups", "groups"),
                files.stream().map(InputFile::kindCode).toList());
        for (InputFile f : files) {
            assertEquals(0, f.skippedLines(), f.name() + ": lines of known files are counted when loaded");
            assertEquals(List.of(), f.warnings(), f.name());
            assertEquals(StandardCharsets.UTF_8, f.encoding());
        }
    }

    @Test
    void aComtradeServicesDownloadIsSkippedWithItsLinesCounted() throws IOException {
        String header = ComtradeRecordParserTest.PLUS + "\r\n";
        String services = "\"S\",\"A\",\"20220101\",\"2022\",\"52\",\"2022\",\"410\",\"KOR\",\"Rep. of Korea\","
                + "\"X\",\"Export\",\"398\",\"KAZ\",\"Kazakhstan\"" + ",\"\"".repeat(33) + ",\r\n";
        write("services.csv", header + services + services + services);
        InputFile file = only();
        assertEquals(Optional.of(FileKind.COMTRADE_SERVICES), file.kind());
        assertEquals("comtrade_services", file.kindCode());
        assertTrue(!file.isLoaded());
        assertEquals(3, file.skippedLines());
        assertEquals(List.of("a UN Comtrade download of trade in services (typeCode S): not trade in goods, file skipped"),
                file.warnings());
        write("services.csv", header + services.replaceFirst("\"S\"", "\"C\""));
        assertEquals(Optional.of(FileKind.COMTRADE), only().kind(), "goods");
    }

    @Test
    void unknownKindIsSkippedWithItsLinesCounted() throws IOException {
        write("notes.csv", "foo,bar\n1,2\n\n3,\"multi\nline\"\n\r\n4,5");
        InputFile f = only();
        assertEquals(Optional.empty(), f.kind());
        assertEquals("unknown", f.kindCode());
        assertEquals(3, f.skippedLines(), "three data records; blank lines do not count");
        // by size and digest, never by its content: the file may be a link to something that is not ours to show
        assertEquals(List.of("header matches no known kind: file skipped (33 bytes, SHA-256 " + f.sha256() + ")"),
                f.warnings());
    }

    @Test
    void aHeaderLackingOneRequiredColumnIsUnknown() throws IOException {
        write("t.csv", "reporter,partner,period,value_usd\nKOR,KGZ,2022,1\n");
        InputFile f = only();
        assertEquals("unknown", f.kindCode());
        assertEquals(1, f.skippedLines());
    }

    @Test
    void duplicateColumnsSkipTheFile() throws IOException {
        write("dup.csv", "reporter,partner,period,flow,value_usd,Reporter\nKOR,KGZ,2022,export,1,KAZ\nKOR,KGZ,2023,export,1,KAZ\n");
        InputFile f = only();
        assertEquals(Optional.empty(), f.kind());
        assertEquals(2, f.skippedLines());
        assertEquals(List.of("duplicate column names reporter: file skipped"), f.warnings());
    }

    @Test
    void unknownColumnsAreAWarningOnly() throws IOException {
        write("t.csv", "reporter,partner,period,flow,value_usd,Remark,source\n");
        InputFile f = only();
        assertEquals(Optional.of(FileKind.TRADE), f.kind());
        assertEquals(List.of("unknown columns ignored: remark"), f.warnings());
    }

    @Test
    void emptyFile() throws IOException {
        write("empty.csv", "");
        InputFile f = only();
        assertEquals("unknown", f.kindCode());
        assertEquals(0, f.skippedLines());
        assertEquals(List.of("empty file: no header"), f.warnings());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", f.sha256());
    }

    @Test
    void sha256OfAKnownContent() throws IOException {
        write("g.csv", "group,member\nCENTRAL_ASIA,KAZ\n");
        assertEquals("8dcbcd65c6ce8ce7b9e4b9d664b267f0baa5727c5a8ccda3dd5d9568f4c20053", only().sha256());
    }

    @Test
    void sha256OfAFileLargerThanOneReadBuffer() throws Exception {
        byte[] bytes = ("group,member\n" + "CENTRAL_ASIA,KAZ\n".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("big.csv"), bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(expected, only().sha256());
    }

    @Test
    void hundredsOfColumnsAreListedShortInAWarning() throws IOException {
        StringBuilder header = new StringBuilder("reporter,partner,period,flow,value_usd");
        for (int i = 0; i < 10_000; i++) {
            header.append(",extra_").append(i).append("x".repeat(i == 0 ? 5_000 : 0));
        }
        write("wide.csv", header + "\n");
        String warning = only().warnings().get(0);
        assertTrue(warning.startsWith("unknown columns ignored: extra_0xxx"), warning);
        assertTrue(warning.endsWith(", extra_19 and 9980 more"), warning);
        assertTrue(warning.length() < 1_000, warning.length() + " characters");
        StringBuilder duplicates = new StringBuilder("reporter,partner,period,flow,value_usd");
        duplicates.append(",dup".repeat(500));
        write("wide.csv", duplicates + "\n");
        assertTrue(only().warnings().get(0).length() < 1_000);
    }

    @Test
    void aBomMeansUtf8AndOneBadByteRejectsOneLineNotTheFile() throws IOException {
        byte[] text = ("\uFEFFreporter,partner,period,flow,value_usd,source\nKOR,KAZ,2022,export,1,\u041a\u0430\u0437\n"
                + "KOR,KAZ,2023,export,2,X\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length);
        bytes[bytes.length - 2] = (byte) 0xFF; // the X of the last line
        Files.write(dir.resolve("bom.csv"), bytes);
        InputFile f = only();
        assertEquals(StandardCharsets.UTF_8, f.encoding());
        assertEquals(Optional.of(FileKind.TRADE), f.kind(), "the header is not read as \u00ef\u00bb\u00bfreporter");
        assertEquals(List.of("not valid UTF-8 in 1 place: read as UTF-8 (it starts with a UTF-8 byte order mark), and"
                + " the lines with a byte that is not UTF-8 are rejected"), f.warnings());
        try (CsvRecordReader reader = InputScanner.open(f.path(), f.encoding())) {
            reader.next();
            assertEquals("\u041a\u0430\u0437", reader.next().fields().get(5));
            assertEquals(CsvRecordReader.NOT_UTF8_PROBLEM, reader.next().problem());
        }
    }

    @Test
    void cyrillicWithOneBadByteAndNoBomIsStillUtf8() throws IOException {
        byte[] text = ("reporter,partner,period,flow,value_usd,source\n"
                + "KOR,KAZ,2022,export,1,\u041a\u044b\u0440\u0433\u044b\u0437\u0441\u0442\u0430\u043d\n"
                + "KOR,KAZ,2023,export,2,X\n").getBytes(StandardCharsets.UTF_8);
        text[text.length - 2] = (byte) 0xC0;
        Files.write(dir.resolve("c.csv"), text);
        assertEquals(StandardCharsets.UTF_8, only().encoding());
    }

    @Test
    void entriesThatAreNotReadableFilesAreReportedAndTheOthersRead() throws Exception {
        write("a.csv", "group,member\nCENTRAL_ASIA,KAZ\n");
        write("B.CSV", "group,member\nCENTRAL_ASIA,KGZ\n");
        Files.createSymbolicLink(dir.resolve("c-dangling.csv"), dir.resolve("nowhere.csv"));
        Files.createSymbolicLink(dir.resolve("d-loop.csv"), dir.resolve("d-loop.csv"));
        Files.createDirectory(dir.resolve("e-folder.csv"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("f-pipe.csv").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        List<InputFile> files = scanner.scan(dir);
        assertEquals(List.of("B.CSV", "a.csv", "c-dangling.csv", "d-loop.csv", "e-folder.csv", "f-pipe.csv"),
                files.stream().map(InputFile::name).toList());
        assertEquals(Optional.of(FileKind.GROUPS), files.get(0).kind(), "*.CSV is read too");
        assertEquals(Optional.of(FileKind.GROUPS), files.get(1).kind());
        assertEquals(List.of("not read: a symbolic link to nothing (its target is missing, or the links form a loop)"),
                files.get(2).warnings());
        assertEquals(files.get(2).warnings(), files.get(3).warnings());
        assertEquals(List.of("not read: a folder, not a file"), files.get(4).warnings());
        assertEquals(List.of("not read: not a regular file (a pipe, a socket or a device)"), files.get(5).warnings());
        assertTrue(files.subList(2, 6).stream().noneMatch(InputFile::isLoaded));
        assertEquals(2 * 30, InputScanner.bytesOf(dir), "the readable files only");
    }

    @Test
    void invalidUtf8FallsBackToIso88591() throws IOException {
        byte[] latin1 = "group,member,name\nCENTRAL_ASIA,KAZ,Caf\u00e9 r\u00e9gion\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("g.csv"), latin1);
        InputFile f = only();
        assertEquals(StandardCharsets.ISO_8859_1, f.encoding());
        assertEquals(List.of("not valid UTF-8: read as ISO-8859-1"), f.warnings());
        assertEquals(Optional.of(FileKind.GROUPS), f.kind());
        try (CsvRecordReader reader = InputScanner.open(f.path(), f.encoding())) {
            reader.next();
            assertEquals(List.of("CENTRAL_ASIA", "KAZ", "Caf\u00e9 r\u00e9gion"), reader.next().fields());
        }
    }

    @Test
    void invalidByteFarIntoTheFileFallsBackToo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("group,member\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("CENTRAL_ASIA,KAZ\n".repeat(20_000).getBytes(StandardCharsets.UTF_8));
        out.write(0xFF);
        out.write('\n');
        Files.write(dir.resolve("g.csv"), out.toByteArray());
        assertEquals(StandardCharsets.ISO_8859_1, only().encoding());
    }

    @Test
    void truncatedUtf8SequenceAtTheEndIsNotUtf8() throws IOException {
        byte[] text = "group,member\nCENTRAL_ASIA,KAZ\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xC3; // first byte of a two-byte sequence, and then nothing
        Files.write(dir.resolve("g.csv"), bytes);
        assertEquals(StandardCharsets.ISO_8859_1, only().encoding());
    }

    @Test
    void multiByteCharactersAcrossReadBufferBoundariesAreValidUtf8() throws IOException {
        // Korean syllables are three bytes in UTF-8: with a 13-byte header, some fall across every 64 KiB boundary.
        String text = "group,member,name\n" + "CENTRAL_ASIA,KAZ,\uce74\uc790\ud750\uc2a4\ud0c4\n".repeat(8_000)
                + "CENTRAL_ASIA,KGZ,\ud0a4\ub974\uae30\uc2a4\uc2a4\ud0c4 \uD83C\uDDF0\uD83C\uDDEC\n";
        write("g.csv", "\uFEFF" + text);
        assertTrue(Files.size(dir.resolve("g.csv")) > 3 * 65_536);
        InputFile f = only();
        assertEquals(StandardCharsets.UTF_8, f.encoding());
        assertEquals(List.of(), f.warnings());
        assertEquals(Optional.of(FileKind.GROUPS), f.kind());
    }

    @Test
    void filesAreInLexicalOrderOfNameAndOnlyCsv() throws IOException {
        for (String name : List.of("b.csv", "a.csv", "A.csv", "10.csv", "9.csv", "a-trade.csv")) {
            write(name, "group,member\n");
        }
        write("readme.txt", "group,member\n");
        write("a.csv.bak", "group,member\n");
        Files.createDirectory(dir.resolve("sub.csv"));
        List<InputFile> files = scanner.scan(dir);
        assertEquals(List.of("10.csv", "9.csv", "A.csv", "a-trade.csv", "a.csv", "b.csv", "sub.csv"),
                files.stream().map(InputFile::name).toList(), "a folder named *.csv is reported, not passed over");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), files.stream().map(InputFile::seq).toList());
        assertEquals(dir.resolve("9.csv"), files.get(1).path());
    }

    @Test
    void emptyDirectory() {
        assertEquals(List.of(), scanner.scan(dir));
    }

    @Test
    void missingDirectoryIsAnError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> scanner.scan(dir.resolve("nope")));
        assertTrue(e.getMessage().startsWith("cannot list input directory "), e.getMessage());
    }

    @Test
    void groupCodesComeFromGroupsFilesOnly() throws IOException {
        write("a-groups.csv", "name,member,group\nCentral Asia,KAZ, central_asia \nCentral Asia,KGZ,CENTRAL_ASIA\n"
                + "Visegrad,POL,V4\n");
        write("b-more.csv", "group,member\nEAEU,KAZ\n");
        write("c-trade.csv", "reporter,partner,period,flow,value_usd\nKOR,TRADE_GROUP,2022,export,1\n");
        write("d-unknown.csv", "group\nNOT_A_GROUP\n");
        List<InputFile> files = scanner.scan(dir);
        assertEquals(Set.of("CENTRAL_ASIA", "V4", "EAEU"), scanner.groupCodes(files));
    }
}
