package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The hand-written UN Comtrade downloads of src/test/resources/comtrade, as the scan and the reader see them. */
class ComtradeFilesTest {

    static Path fixtures() throws URISyntaxException {
        return Path.of(ComtradeFilesTest.class.getResource("/comtrade").toURI());
    }

    @Test
    void kindsAndEncodingsOfTheThreeLayouts() throws Exception {
        List<InputFile> files = new InputScanner().scan(fixtures());
        assertEquals(List.of("a-comtrade-plus.csv", "b-comtrade-legacy.csv", "c-comtrade-bulk.csv"),
                files.stream().map(InputFile::name).toList());
        assertEquals(List.of(Optional.of(FileKind.COMTRADE), Optional.of(FileKind.COMTRADE_LEGACY),
                Optional.of(FileKind.COMTRADE_BULK)), files.stream().map(InputFile::kind).toList());
        assertEquals(List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8),
                files.stream().map(InputFile::encoding).toList(), "the legacy portal download is ISO-8859-1");
        assertEquals(List.of(List.of(), List.of("not valid UTF-8: read as ISO-8859-1"), List.of()),
                files.stream().map(InputFile::warnings).toList(), "no warnings about the download's other columns");
    }

    /** For each file: how many lines became figures (F), were summarised (S) or rejected (R). */
    @Test
    void everyLineIsAFigureASummarisedBreakdownOrAReject() throws Exception {
        List<InputFile> files = new InputScanner().scan(fixtures());
        Map<String, Integer> counts = new TreeMap<>();
        List<String> notLoaded = new ArrayList<>();
        InputFilesReader reader = new InputFilesReader(files, Set.of(), 0.05);
        try {
            for (InputRecord r = next(reader); r != null; r = next(reader)) {
                String type = r instanceof InputRecord.FigureLine ? "F" : r instanceof InputRecord.Summarised ? "S" : "R";
                counts.merge(r.fileSeq() + type, 1, Integer::sum);
                if (r instanceof InputRecord.Summarised s) {
                    notLoaded.add(r.fileSeq() + ":" + r.line() + " " + s.why());
                } else if (r instanceof InputRecord.Rejected rejected) {
                    notLoaded.add(r.fileSeq() + ":" + r.line() + " rejected: " + rejected.reason());
                }
            }
        } finally {
            reader.close();
        }
        assertEquals(Map.of("1F", 19, "1S", 4, "1R", 1, "2F", 12, "2S", 3, "3F", 15), counts);
        assertEquals(List.of(
                "1:5 a breakdown by mode of transport (2100): only the total row (0) is used",
                "1:6 a breakdown by customs procedure (C01): only the total row (C00) is used",
                "1:7 a breakdown by second partner (398): only the total row (0 / W00) is used",
                "1:8 flow domestic exports (DX) is a part of exports (X): only X, M, RX and RM are used",
                "1:25 rejected: trade value '-5' is negative",
                "2:8 a breakdown by mode of transport (1): only the total row (0) is used",
                "2:9 a breakdown by customs procedure (C02): only the total row (C00) is used",
                "2:10 a breakdown by second partner (156): only the total row (0 / W00) is used"), notLoaded);
    }

    /** The next line as a record, or null after the last: blocks of one line, to see every line before a failure. */
    static InputRecord next(InputFilesReader reader) {
        InputBlock block = reader.read(1);
        return block == null ? null : block.records().get(0);
    }
}
