package org.tradestat.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tradestat.figure.Flag;

class TextsTest {

    @ParameterizedTest
    @CsvSource({
            "63500000,     US$ 63.5 million",
            "306500000,    US$ 306.5 million",
            "999949999,    US$ 999.9 million",
            "49999.6,      'US$ 50,000'",
            "45000,        'US$ 45,000'",
            "50000,        US$ 0.1 million",
            "0,            US$ 0",
    })
    void moneyUnderABillionReadsInMillions(String usd, String expected) {
        assertEquals(expected, Texts.moneyWords(new BigDecimal(usd)));
    }

    @Test
    void aPublishedFigureSaysItsAmountAndPeriodInWords() {
        assertEquals("Investment from Korea in Kazakhstan, more than US$ 8.5 billion in the second half of 2024",
                Texts.published(new org.tradestat.figure.PublishedFigure("Investment from Korea in Kazakhstan",
                        org.tradestat.period.Period.parse("2024-H2"), new BigDecimal("8500000000"),
                        org.tradestat.figure.Unit.USD, org.tradestat.figure.Qualifier.AT_LEAST, "KOR", "KAZ",
                        "test")));
    }

    @Test
    void periodsInWordsForSentences() {
        assertEquals("July 2026", Texts.periodWords(org.tradestat.period.Period.parse("2026-07")));
        assertEquals("the first half of 2026", Texts.periodWords(org.tradestat.period.Period.parse("2026-H1")));
        assertEquals("the third quarter of 2025", Texts.periodWords(org.tradestat.period.Period.parse("2025-Q3")));
        assertEquals("2024", Texts.periodWords(org.tradestat.period.Period.parse("2024")));
    }

    @Test
    void sentencesAreSplitOnlyWhereOneClearlyEnds() {
        assertEquals(List.of("No index could be computed: it needs two partners in the same period [note 22].",
                        "No reporter has turnover with the members of a group.", "10 agreements were signed.",
                        "Is it chance?", "(A remark in brackets.)"),
                CellTexts.sentences("No index could be computed: it needs two partners in the same period [note 22]. "
                        + "No reporter has turnover with the members of a group. 10 agreements were signed. "
                        + "Is it chance? (A remark in brackets.)"));
        assertEquals(List.of("Said by Mr. Kulubaev and Y.V. Lomakina, e.g. HS 84 and 1.5 million, etc. in 2024."),
                CellTexts.sentences("Said by Mr. Kulubaev and Y.V. Lomakina, e.g. HS 84 and 1.5 million, etc. in 2024."));
        assertEquals(List.of("No full stop at the end"), CellTexts.sentences("No full stop at the end"));
        assertEquals(List.of(), CellTexts.sentences(""));
    }

    @Test
    void percentagesHaveOneDecimalAndNoSign() {
        assertEquals("11.4%", Texts.percent(new BigDecimal("11.403509")));
        assertEquals("382.7%", Texts.percent(new BigDecimal("382.677165")));
        assertEquals("2.2%", Texts.percent(new BigDecimal("2.1826")));
        assertEquals("21.4%", Texts.percent(new BigDecimal("-21.428571")));
        assertEquals("1,250.0%", Texts.percent(new BigDecimal("1250")));
    }

    @Test
    void balanceChangesInWordsWithoutPercentages() {
        assertEquals("the deficit narrowed by US$ 38.5 million since 2023",
                balanceChange("-2189900000", "-2151400000", ""));
        assertEquals("the deficit widened by about US$ 600.0 million since 2023",
                balanceChange("-2800000000", "-3400000000", "about "));
        assertEquals("the surplus shrank by US$ 20.0 million since 2023", balanceChange("80000000", "60000000", ""));
        assertEquals("the surplus grew by US$ 30.0 million since 2023", balanceChange("60000000", "90000000", ""));
        assertEquals("the balance turned from a surplus of US$ 10.0 million in 2023 to a deficit of US$ 5.0 million",
                balanceChange("10000000", "-5000000", ""));
        assertEquals("the balance turned from a deficit of US$ 20.0 million in 2023 to a surplus of US$ 5.0 million",
                balanceChange("-20000000", "5000000", ""));
        assertEquals("the balance turned from a deficit of US$ 20.0 million in 2023 to balanced trade",
                balanceChange("-20000000", "0", ""));
        assertEquals("the balance turned from balanced trade in 2023 to a deficit of US$ 5.0 million",
                balanceChange("0", "-5000000", ""));
        assertEquals("the deficit was the same as in 2023", balanceChange("-5000000", "-5000000", ""));
    }

    private static String balanceChange(String earlier, String later, String qualifier) {
        return Texts.balanceChange(new BigDecimal(earlier), new BigDecimal(later), "2023", qualifier);
    }

    @Test
    void qualifiersInWords() {
        assertEquals("about ", Texts.qualifierWord(EnumSet.of(Flag.APPROX, Flag.DERIVED)));
        assertEquals("more than ", Texts.qualifierWord(EnumSet.of(Flag.AT_LEAST)));
        assertEquals("at most ", Texts.qualifierWord(EnumSet.of(Flag.AT_MOST)));
        assertEquals("", Texts.qualifierWord(Set.of(Flag.DERIVED)));
    }

    @Test
    void joinsWithAnd() {
        assertEquals("", Texts.joinAnd(List.of()));
        assertEquals("a", Texts.joinAnd(List.of("a")));
        assertEquals("a and b", Texts.joinAnd(List.of("a", "b")));
        assertEquals("a, b and c", Texts.joinAnd(List.of("a", "b", "c")));
    }

    @Test
    void cellTextDropsCharactersXmlCannotHoldAndKeepsTheRest() {
        assertEquals("a\uFFFDb\tc\nd \uD83D\uDE00", CellTexts.cell("a\u0001b\tc\nd \uD83D\uDE00"));
        assertEquals("lone \uFFFD surrogate", CellTexts.cell("lone \uD800 surrogate"));
        assertEquals("=SUM(A1)", CellTexts.cell("=SUM(A1)"));
        assertEquals("", CellTexts.cell(null));
    }

    @Test
    void cellTextIsCutAtExcelsLimitAndSaysSo() {
        String cut = CellTexts.cell("z".repeat(40_000));
        assertEquals(CellTexts.MAX_CELL_CHARS, cut.length());
        assertTrue(cut.endsWith(" [cut: the full text has 40,000 characters, more than a cell holds]"));
        String exact = "z".repeat(CellTexts.MAX_CELL_CHARS);
        assertEquals(exact, CellTexts.cell(exact));
    }

    @Test
    void shortenSaysWhereTheWholeTextIs() {
        assertEquals("abc", CellTexts.shorten("abc", 3, "elsewhere"));
        assertEquals("ab [cut: the full text has 3 characters; elsewhere]", CellTexts.shorten("abc", 2, "elsewhere"));
    }

    /** Excel reads _xHHHH_ in a string as an escaped character: such text must come back as written. */
    @Test
    void textThatLooksLikeAnExcelEscapeComesBackUnchanged() throws IOException {
        String text = "raw _x0041_ and _x000D_ stay as typed";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue(CellTexts.cell(text));
            wb.write(out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(text, read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void wrappedLinesGrowWithTheText() {
        assertEquals(1, CellTexts.wrappedLines("short", 20, false));
        assertEquals(2, CellTexts.wrappedLines("one\ntwo", 20, false));
        assertTrue(CellTexts.wrappedLines("word ".repeat(100), 20, false) >= 20);
        assertTrue(CellTexts.wrappedLines("x".repeat(1000), 20, false) >= 40);
    }

    @Test
    void boldHeadersAreCountedWiderThanRegularText() {
        // the Summary's header in its 13-wide column: LibreOffice wraps it to five lines, and four were cut off
        assertTrue(CellTexts.wrappedLines("Turnover change on a year earlier (US$ million) [note 12]", 13, true) >= 5);
        String text = "Turnover change since then (US$ million) and more words to wrap";
        assertTrue(CellTexts.wrappedLines(text, 14, true) > CellTexts.wrappedLines(text, 14, false));
    }

    @ParameterizedTest
    @CsvSource({
            "4300000000,   US$ 4.3 billion",
            "2834245678.9, US$ 2.8 billion",
            "-1900912345,  US$ 1.9 billion",
            "12500000000,  'US$ 12.5 billion'",
            "450000000,    US$ 450.0 million",
            "8500000000,   US$ 8.5 billion",
            "4800000000,   US$ 4.8 billion",
            "-3400000000,  US$ 3.4 billion",
            "1000000000,   US$ 1.0 billion",
            // US$ 999.95 million would read "US$ 1,000.0 million": it is a billion
            "999950000,    US$ 1.0 billion",
    })
    void sentencesSayBillionsFromABillionUp(String usd, String expected) {
        assertEquals(expected, Texts.moneyWords(new BigDecimal(usd)));
    }

    @Test
    void wordsForRangesDatesPValuesAndGroups() {
        assertEquals("2015\u20132024", Texts.range("2015/2024"));
        assertEquals("p < 0.001", Texts.pValue(0.0004));
        assertEquals("p = 0.021", Texts.pValue(0.02096));
        assertEquals("3 December 2024", Texts.date("2024-12-03"));
        assertEquals("2019", Texts.date("2019"));
        assertEquals("September 2022", Texts.date("2022-09"));
        assertEquals("the first half of 2022", Texts.date("2022-H1"));
        assertEquals("Central Asia", Texts.group("CENTRAL_ASIA"));
        assertEquals("EU", Texts.group("EU"));
        assertEquals("joint venture", Texts.words("joint_venture"));
        assertEquals("1,234.5", Texts.decimal(new BigDecimal("1234.54"), 1));
        assertEquals("-0.72", Texts.decimal(new BigDecimal("-0.7249"), 2));
    }
}
