package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Countries;

/** Header, FileKind, FreeText, Countries and the reject-rate message. */
class HeaderAndTextTest {

    @Test
    void headerNamesAreTrimmedAndCaseInsensitive() {
        Header h = new Header(List.of(" Reporter", "PARTNER ", "period", "Flow", "value_USD", "Remark"));
        assertEquals(6, h.size());
        assertEquals(0, h.positionOf("reporter"));
        assertEquals(4, h.positionOf("value_usd"));
        assertEquals(-1, h.positionOf("commodity"));
        assertEquals(Optional.of(FileKind.TRADE), h.kind());
        assertEquals(List.of("remark"), h.unknownColumns(FileKind.TRADE));
        assertEquals(List.of(), h.duplicates());
    }

    @Test
    void duplicateColumnsMeanNoKind() {
        Header h = new Header(List.of("group", "member", "Group"));
        assertEquals(List.of("group"), h.duplicates());
        assertEquals(Optional.empty(), h.kind());
        assertEquals(0, h.positionOf("group"), "the first of the two");
    }

    @Test
    void twoEmptyColumnNamesAreNotDuplicates() {
        Header h = new Header(List.of("group", "", "member", " "));
        assertEquals(List.of(), h.duplicates());
        assertEquals(Optional.of(FileKind.GROUPS), h.kind());
    }

    @Test
    void theMostSpecificKindWins() {
        assertEquals(Optional.of(FileKind.TRADE), FileKind.recognise(
                Set.of("group", "member", "reporter", "partner", "period", "flow", "value_usd")));
        assertEquals(Optional.of(FileKind.EVENTS), FileKind.recognise(
                Set.of("group", "member", "date", "country_a", "country_b", "category")));
        assertEquals(Optional.of(FileKind.COMPANIES), FileKind.recognise(
                Set.of("origin", "host", "period", "measure", "count", "title")));
        assertEquals(Optional.empty(), FileKind.recognise(Set.of("origin", "host", "period", "measure")));
        assertEquals(Optional.empty(), FileKind.recognise(Set.of()));
    }

    @Test
    void kindsKnowTheirOptionalColumns() {
        assertTrue(FileKind.TRADE.knows("commodity"));
        assertTrue(FileKind.INVESTMENT.knows("since"));
        assertFalse(FileKind.TRADE.knows("since"));
        assertTrue(FileKind.EVENTS.knows("count"));
        assertTrue(FileKind.GROUPS.knows("name"));
        assertEquals("events", FileKind.EVENTS.code());
    }

    @Test
    void countries() {
        assertTrue(Countries.isCountry("KOR"));
        assertTrue(Countries.isCountry("KGZ"));
        assertTrue(Countries.isCountry("TKM"));
        assertTrue(Countries.isCountry("XKX"));
        assertFalse(Countries.isCountry("WLD"), "the World is an aggregate, not a country");
        assertFalse(Countries.isCountry("kor"), "callers upper-case first");
        assertFalse(Countries.isCountry("KO"));
        assertFalse(Countries.isCountry(""));
    }

    @Test
    void freeTextControlCharactersBecomeOneSpace() {
        assertEquals("", FreeText.clean(null, 10));
        assertEquals("", FreeText.clean(" \t\r\n ", 10));
        assertEquals("a b c", FreeText.clean("  a\r\n\tb\u0000\u0007c  ", 100));
        assertEquals("Caf\u00e9 \u00b7 \uce74\uc790\ud750", FreeText.clean("Caf\u00e9 \u00b7 \uce74\uc790\ud750", 100));
    }

    @Test
    void freeTextIsCutAtItsLimitWithAMark() {
        assertEquals("abcdefghij", FreeText.clean("abcdefghij", 10));
        assertEquals("abcdef […]", FreeText.clean("abcdefghijk", 10));
        assertEquals(10, FreeText.clean("x".repeat(50), 10).length());
        String cut = FreeText.clean("x".repeat(FreeText.SOURCE_LIMIT * 3), FreeText.SOURCE_LIMIT);
        assertEquals(FreeText.SOURCE_LIMIT, cut.length());
        assertTrue(cut.endsWith(" […]"));
    }

    @Test
    void freeTextNeverSplitsASurrogatePair() {
        // limit 10 keeps 6 characters; the 6th is the first half of an emoji, so the emoji goes whole.
        String text = "abcde\uD83C\uDDF0xyzxyz";
        assertEquals("abcde […]", FreeText.clean(text, 10));
        assertEquals("abcd\uD83C\uDDF0 […]", FreeText.clean("abcd\uD83C\uDDF0xyzxyz", 10));
    }

    @Test
    void rejectRateMessage() {
        RejectRateExceededException e = new RejectRateExceededException("t.csv", 1, 3, 0.05, List.of("a", "b (2 lines)"));
        assertEquals("t.csv: 1 of 3 data lines rejected (33.3%, limit 5.0%). First reasons: a; b (2 lines)", e.getMessage());
    }
}
