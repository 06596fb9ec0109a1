package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<CsvRecord> readAll(Reader in) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(in)) {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            assertNull(reader.next(), "stays at the end");
        }
        return records;
    }

    private static List<CsvRecord> readAll(String text) throws IOException {
        List<CsvRecord> whole = readAll(new StringReader(text));
        // The same text handed over one character per read() call must give the same records: buffer refills
        // fall between a CR and its LF, inside quotes, and right after the byte order mark.
        assertEquals(whole, readAll(new OneCharAtATime(text)), "records must not depend on buffer boundaries");
        return whole;
    }

    private static void assertRecord(CsvRecord r, long line, List<String> fields) {
        assertEquals(line, r.line(), "line of " + r);
        assertEquals(fields, r.fields());
        assertFalse(r.isMalformed(), "unexpected problem: " + r.problem());
    }

    @Test
    void lfLineEnds() throws IOException {
        List<CsvRecord> rs = readAll("reporter,partner\nKOR,KGZ\nKAZ,UZB\n");
        assertEquals(3, rs.size());
        assertRecord(rs.get(0), 1, List.of("reporter", "partner"));
        assertRecord(rs.get(1), 2, List.of("KOR", "KGZ"));
        assertRecord(rs.get(2), 3, List.of("KAZ", "UZB"));
        assertEquals("KOR,KGZ", rs.get(1).raw());
    }

    @Test
    void crlfLineEndsAreNotPartOfTheLastField() throws IOException {
        List<CsvRecord> rs = readAll("a,b\r\n1,2\r\n3,4\r\n");
        assertEquals(3, rs.size());
        assertRecord(rs.get(1), 2, List.of("1", "2"));
        assertRecord(rs.get(2), 3, List.of("3", "4"));
        assertEquals("3,4", rs.get(2).raw());
    }

    @Test
    void mixedAndOldMacLineEnds() throws IOException {
        List<CsvRecord> rs = readAll("a\r\nb\nc\rd");
        assertEquals(4, rs.size());
        assertRecord(rs.get(0), 1, List.of("a"));
        assertRecord(rs.get(1), 2, List.of("b"));
        assertRecord(rs.get(2), 3, List.of("c"));
        assertRecord(rs.get(3), 4, List.of("d"));
    }

    @Test
    void quotedCommasAndDoubledQuotes() throws IOException {
        List<CsvRecord> rs = readAll("x,y,z\n\"Seoul, Korea\",\"He said \"\"about\"\" 57\",\"\"\n");
        assertRecord(rs.get(1), 2, List.of("Seoul, Korea", "He said \"about\" 57", ""));
        assertEquals("\"Seoul, Korea\",\"He said \"\"about\"\" 57\",\"\"", rs.get(1).raw(), "raw is the line as written");
    }

    @Test
    void newlinesInsideQuotesKeepTheFirstLineAndCountTheRest() throws IOException {
        String text = "title,n\n"
                + "\"first line\nsecond line\nthird line\",1\n"
                + "after,2\n"
                + "\"crlf\r\ninside\",3\r\n"
                + "last,4\n";
        List<CsvRecord> rs = readAll(text);
        assertEquals(5, rs.size());
        assertRecord(rs.get(1), 2, List.of("first line\nsecond line\nthird line", "1"));
        assertEquals("\"first line\nsecond line\nthird line\",1", rs.get(1).raw());
        assertRecord(rs.get(2), 5, List.of("after", "2"));
        assertRecord(rs.get(3), 6, List.of("crlf\r\ninside", "3"));
        assertRecord(rs.get(4), 8, List.of("last", "4"));
    }

    @Test
    void aLoneCarriageReturnInsideQuotesCountsAsALineAsItDoesOutside() throws IOException {
        List<CsvRecord> rs = readAll("\"old\rmac\",1\rnext,2\r");
        assertRecord(rs.get(0), 1, List.of("old\rmac", "1"));
        assertRecord(rs.get(1), 3, List.of("next", "2"));
    }

    @Test
    void byteOrderMarkIsDroppedOnlyAtTheStart() throws IOException {
        List<CsvRecord> rs = readAll("\uFEFFreporter,partner\nKOR,\uFEFFKGZ\n");
        assertRecord(rs.get(0), 1, List.of("reporter", "partner"));
        assertEquals("reporter,partner", rs.get(0).raw());
        assertRecord(rs.get(1), 2, List.of("KOR", "\uFEFFKGZ"));
    }

    @Test
    void onlyAByteOrderMarkIsAnEmptyFile() throws IOException {
        assertEquals(List.of(), readAll("\uFEFF"));
        assertEquals(List.of(), readAll(""));
        assertEquals(List.of(), readAll("\n\r\n  \n"));
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        List<CsvRecord> rs = readAll("h\n\nA\r\n\r\n   \n\t\nB\n\n");
        assertEquals(3, rs.size());
        assertRecord(rs.get(0), 1, List.of("h"));
        assertRecord(rs.get(1), 3, List.of("A"));
        assertRecord(rs.get(2), 7, List.of("B"));
    }

    @Test
    void emptyFieldsAreKeptButALineOfOnlySeparatorsIsBlank() throws IOException {
        List<CsvRecord> rs = readAll(",,\na,\n\"\"\n");
        assertEquals(2, rs.size());
        assertRecord(rs.get(0), 2, List.of("a", ""));
        assertRecord(rs.get(1), 3, List.of(""));
    }

    @Test
    void fieldsAreNotTrimmed() throws IOException {
        assertRecord(readAll(" a , b \n").get(0), 1, List.of(" a ", " b "));
    }

    @Test
    void truncatedLastLineWithoutNewline() throws IOException {
        List<CsvRecord> rs = readAll("a,b\n1,2\n3,4");
        assertEquals(3, rs.size());
        assertRecord(rs.get(2), 3, List.of("3", "4"));
        assertEquals("3,4", rs.get(2).raw());
    }

    @Test
    void anUnterminatedQuoteBreaksItsOwnLineOnlyAndTheLinesAfterItAreReadAgain() throws IOException {
        List<CsvRecord> rs = readAll("a,b\n1,\"open\nstill open,5\n6,7\r\n");
        assertEquals(4, rs.size());
        CsvRecord broken = rs.get(1);
        assertEquals(2, broken.line());
        assertTrue(broken.isMalformed());
        assertEquals("a quoted field is not closed before the end of the file (the lines after it are read as lines"
                + " of their own)", broken.problem());
        assertEquals("1,\"open", broken.raw());
        assertRecord(rs.get(2), 3, List.of("still open", "5"));
        assertRecord(rs.get(3), 4, List.of("6", "7"));
        // on the last line, with nothing after it: the line itself
        assertEquals("a quoted field is not closed before the end of the file", readAll("a\n\"x").get(1).problem());
    }

    @Test
    void aStrayQuoteAtLine901OfAThousandLinesRejectsThatLineAlone() throws IOException {
        StringBuilder text = new StringBuilder("reporter,value\n");
        for (int line = 2; line <= 1001; line++) {
            text.append(line == 901 ? "KOR,\"5\n" : "KOR," + line + "\n");
        }
        List<CsvRecord> rs = readAll(new StringReader(text.toString()));
        assertEquals(1001, rs.size(), "the header and every line, as an editor counts them");
        assertEquals(901, rs.get(900).line());
        assertTrue(rs.get(900).isMalformed());
        assertTrue(rs.get(900).problem().contains("within " + CsvRecordReader.MAX_QUOTED_LINES + " lines"));
        for (int i = 901; i < rs.size(); i++) {
            assertRecord(rs.get(i), i + 1, List.of("KOR", Integer.toString(i + 1)));
        }
    }

    @Test
    void aQuotedFieldMayStillHoldLineBreaks() throws IOException {
        List<CsvRecord> rs = readAll("a,b\n1,\"two\nlines\"\n2,x\n");
        assertRecord(rs.get(1), 2, List.of("1", "two\nlines"));
        assertRecord(rs.get(2), 4, List.of("2", "x"));
    }

    @Test
    void linesOfControlCharactersAreNotBlankButCountedAsLines() throws IOException {
        List<CsvRecord> rs = readAll("a,b\n\u001c\u001d\u001e\n\u000b\n\f\n , ,\t\n1,2\n");
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L), rs.stream().map(CsvRecord::line).toList(),
                "only the line of spaces, tabs and commas is blank");
    }

    @Test
    void aByteThatIsNotUtf8MarksItsLine() throws IOException {
        List<CsvRecord> rs = readAll("a,b\nx" + CsvRecordReader.NOT_UTF8 + ",1\n2,3\n");
        assertEquals(CsvRecordReader.NOT_UTF8_PROBLEM, rs.get(1).problem());
        assertFalse(rs.get(2).isMalformed());
    }

    @Test
    void textAfterAClosingQuoteIsAProblemAndTheNextRecordIsFine() throws IOException {
        List<CsvRecord> rs = readAll("\"KOR\"X,KGZ\n\"KOR\" ,KGZ\nKAZ,UZB\n");
        assertEquals(3, rs.size());
        assertEquals("text follows a closing quote", rs.get(0).problem());
        assertEquals(1, rs.get(0).line());
        assertEquals("\"KOR\"X,KGZ", rs.get(0).raw());
        assertEquals("text follows a closing quote", rs.get(1).problem());
        assertRecord(rs.get(2), 3, List.of("KAZ", "UZB"));
    }

    @Test
    void quoteInsideAnUnquotedField() throws IOException {
        List<CsvRecord> rs = readAll("ab\"c,d\n");
        assertEquals("a quote inside an unquoted field", rs.get(0).problem());
        assertEquals(List.of("ab\"c", "d"), rs.get(0).fields());
    }

    @Test
    void rawTextIsCutAtItsLimitButFieldsAreWhole() throws IOException {
        String longField = "x".repeat(CsvRecordReader.RAW_LIMIT + 500);
        List<CsvRecord> rs = readAll("a,b\n" + longField + ",1\nnext,2\n");
        CsvRecord r = rs.get(1);
        assertEquals(List.of(longField, "1"), r.fields());
        assertEquals("x".repeat(CsvRecordReader.RAW_LIMIT) + "…[cut]", r.raw());
        assertRecord(rs.get(2), 3, List.of("next", "2"));
    }

    @Test
    void rawTextOfExactlyTheLimitIsNotMarkedCut() throws IOException {
        String exact = "y".repeat(CsvRecordReader.RAW_LIMIT - 2) + ",1";
        assertEquals(exact, readAll(exact + "\n").get(0).raw());
        String oneMore = "y".repeat(CsvRecordReader.RAW_LIMIT - 1) + ",1";
        assertEquals(oneMore.substring(0, CsvRecordReader.RAW_LIMIT) + "…[cut]", readAll(oneMore + "\n").get(0).raw());
    }

    @Test
    void overlongFieldIsAProblem() throws IOException {
        String huge = "z".repeat(CsvRecordReader.FIELD_LIMIT + 1);
        List<CsvRecord> rs = readAll(new StringReader("a,b\n" + huge + ",1\nok,2\n"));
        assertEquals("a field is longer than " + CsvRecordReader.FIELD_LIMIT + " characters", rs.get(1).problem());
        assertEquals(CsvRecordReader.FIELD_LIMIT, rs.get(1).fields().get(0).length());
        assertRecord(rs.get(2), 3, List.of("ok", "2"));
    }

    /** Hands out one character per call, as a slow stream may. */
    private static final class OneCharAtATime extends Reader {
        private final String text;
        private int pos;

        OneCharAtATime(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= text.length()) {
                return -1;
            }
            buf[off] = text.charAt(pos++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
