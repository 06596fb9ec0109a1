package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.figure.Figure;
import org.tradestat.figure.GroupMember;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

class RecordParserTest {

    private static final String TRADE = "reporter,partner,period,flow,value_usd,commodity,qualifier,source";
    private static final String INVESTMENT = "investor,host,period,measure,value_usd,since,qualifier,source";
    private static final String COMPANIES = "origin,host,period,measure,count,qualifier,source";
    private static final String EVENTS = "date,country_a,country_b,category,level,title,count,source";
    private static final String GROUPS = "group,member,name";
    private static final Set<String> GROUP_CODES = Set.of("CENTRAL_ASIA");
    private static final int FILE_SEQ = 3;
    private static final long LINE = 17;

    private static final String NOT_PLAIN = " is not a number in plain decimal notation (digits and an optional decimal"
            + " point; no thousands separators, exponents or currency signs)";

    /** Parses one data line under a header, both written as CSV text. */
    private static InputRecord parse(FileKind kind, String header, String line) {
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(header + "\n" + line + "\n"))) {
            Header h = new Header(reader.next().fields());
            CsvRecord record = reader.next();
            CsvRecord moved = new CsvRecord(LINE, record.fields(), record.raw(), record.problem());
            return new RecordParser(kind, h, GROUP_CODES, FILE_SEQ).parse(moved);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Figure figure(FileKind kind, String header, String line) {
        InputRecord r = parse(kind, header, line);
        InputRecord.FigureLine f = assertInstanceOf(InputRecord.FigureLine.class, r, () -> r.toString());
        assertEquals(FILE_SEQ, f.fileSeq());
        assertEquals(LINE, f.line());
        return f.figure();
    }

    private static Figure trade(String line) {
        return figure(FileKind.TRADE, TRADE, line);
    }

    private static void assertRejected(FileKind kind, String header, String line, String reason) {
        InputRecord r = parse(kind, header, line);
        InputRecord.Rejected rejected = assertInstanceOf(InputRecord.Rejected.class, r, () -> "not rejected: " + r);
        assertEquals(reason, rejected.reason());
        assertEquals(line, rejected.raw(), "the raw line travels with the reject");
        assertEquals(LINE, rejected.line());
        assertEquals(FILE_SEQ, rejected.fileSeq());
    }

    private static String reason(FileKind kind, String header, String line) {
        InputRecord r = parse(kind, header, line);
        return assertInstanceOf(InputRecord.Rejected.class, r, () -> "not rejected: " + r).reason();
    }

    private static void assertTradeRejected(String line, String reason) {
        assertRejected(FileKind.TRADE, TRADE, line, reason);
    }

    // ---- trade: accepted lines

    @Test
    void tradeLineBecomesAFigure() {
        Figure f = trade("KGZ,KOR,2022-H1,turnover,63500000,,approx,001: Kabar interview (2023)");
        assertEquals(new SeriesKey(Dataset.TRADE, "KGZ", "KOR", "turnover", "TOTAL"), f.series());
        assertEquals(Period.half(2022, 1), f.period());
        assertEquals(0, new BigDecimal("63500000").compareTo(f.value()));
        assertSame(Qualifier.APPROX, f.qualifier());
        assertNull(f.sinceYear());
        assertEquals("001: Kabar interview (2023)", f.source());
    }

    @Test
    void countryCodesAreUpperCasedAndFieldsStripped() {
        Figure f = trade(" kgz , Kor ,  2022 , Export ,  370000000.50 , total , APPROX ,  src ");
        assertEquals(new SeriesKey(Dataset.TRADE, "KGZ", "KOR", "export", "TOTAL"), f.series());
        assertEquals(Period.year(2022), f.period());
        assertEquals(0, new BigDecimal("370000000.5").compareTo(f.value()));
        assertSame(Qualifier.APPROX, f.qualifier());
        assertEquals("src", f.source());
    }

    @Test
    void optionalColumnsMayBeAbsentAndInAnyOrder() {
        Figure f = figure(FileKind.TRADE, "Value_USD,FLOW,period,Partner,REPORTER", "12.5,import,2023-07,kor,kaz");
        assertEquals(new SeriesKey(Dataset.TRADE, "KAZ", "KOR", "import", "TOTAL"), f.series());
        assertEquals(Period.month(2023, 7), f.period());
        assertEquals(0, new BigDecimal("12.5").compareTo(f.value()));
        assertSame(Qualifier.EXACT, f.qualifier(), "exact is the default");
        assertEquals("", f.source());
    }

    @Test
    void unknownExtraColumnsAreIgnored() {
        Figure f = figure(FileKind.TRADE, "reporter,partner,period,flow,value_usd,remark", "KOR,UZB,2023-Q4,export,1,whatever");
        assertEquals(Period.quarter(2023, 4), f.period());
        assertEquals("UZB", f.series().partner());
    }

    @Test
    void commodityCodes() {
        assertEquals("8703", trade("KOR,KAZ,2023,export,5,8703,,").series().commodity());
        assertEquals("27", trade("KOR,KAZ,2023,export,5,27,,").series().commodity());
        assertEquals("TOTAL", trade("KOR,KAZ,2023,export,5,,,").series().commodity());
        assertEquals("TOTAL", trade("KOR,KAZ,2023,export,5,Total,,").series().commodity());
        assertTradeRejected("KOR,KAZ,2023,export,5,27.09,,", "commodity '27.09' is not an HS code (digits), a code such as SITC:84, or TOTAL");
        assertTradeRejected("KOR,KAZ,2023,export,5,7,,", "commodity '7' is not an HS code (digits), a code such as SITC:84, or TOTAL");
    }

    @Test
    void worldAndKnownGroupsAreAcceptedAsPartner() {
        assertEquals("WLD", trade("KOR,wld,2023,export,5,,,").series().partner());
        assertEquals("CENTRAL_ASIA", trade("KOR,central_asia,2023,export,5,,,").series().partner());
    }

    @Test
    void kosovoIsACountry() {
        assertEquals("XKX", trade("XKX,KOR,2023,export,5,,,").series().reporter());
    }

    @ParameterizedTest
    @CsvSource({"-0, 0", "-0.00, 0", "0, 0", "0.0, 0", "1., 1", ".5, 0.5", "007, 7", "0.000001, 0.000001",
            "1.0000000000, 1", "999999999999999999.999999, 999999999999999999.999999"})
    void acceptedNumbers(String text, BigDecimal expected) {
        BigDecimal value = trade("KOR,KAZ,2023,export," + text + ",,,").value();
        assertEquals(0, expected.compareTo(value), text + " gave " + value);
        assertTrue(value.signum() >= 0, text);
        if (expected.signum() == 0) {
            assertEquals("0", value.toString(), "zero, negative or not, is a plain zero");
        }
    }

    // ---- trade: every reject reason of SPEC 3

    @Test
    void wrongNumberOfFields() {
        assertTradeRejected("KOR,KAZ,2023,export,5", "wrong number of fields: 5 where the header has 8");
        assertTradeRejected("KOR,KAZ,2023,export,5,,,,x", "wrong number of fields: 9 where the header has 8");
        // empty fields beyond the header carry nothing: a trailing comma is no error
        assertEquals(5, trade("KOR,KAZ,2023,export,5,,,,").value().intValue());
        assertTradeRejected("KOR", "wrong number of fields: 1 where the header has 8");
    }

    @Test
    void brokenQuotingIsRejectedWithTheProblem() {
        assertTradeRejected("\"KOR\"x,KAZ,2023,export,5,,,", "malformed CSV: text follows a closing quote");
    }

    @Test
    void unknownCountryCodes() {
        assertTradeRejected("KOX,KAZ,2023,export,5,,,",
                "unknown country code 'KOX' in reporter (expected ISO 3166-1 alpha-3 such as KOR)");
        assertTradeRejected("KOR,Kazakhstan,2023,export,5,,,",
                "unknown country code 'Kazakhstan' in partner (expected ISO 3166-1 alpha-3 such as KOR, WLD or a group code)");
        assertTradeRejected("KOR,KZ,2023,export,5,,,",
                "unknown country code 'KZ' in partner (expected ISO 3166-1 alpha-3 such as KOR, WLD or a group code)");
        assertTradeRejected("KOR,ASEAN,2023,export,5,,,",
                "unknown country code 'ASEAN' in partner (expected ISO 3166-1 alpha-3 such as KOR, WLD or a group code)");
        assertTradeRejected(",KAZ,2023,export,5,,,", "reporter is empty");
        assertTradeRejected("KOR, ,2023,export,5,,,", "partner is empty");
    }

    @Test
    void aggregateAsReporterIsRejected() {
        assertTradeRejected("WLD,KOR,2023,export,5,,,", "reporter 'WLD' is an aggregate; it must be a country");
        assertTradeRejected("central_asia,KOR,2023,export,5,,,",
                "reporter 'CENTRAL_ASIA' is an aggregate; it must be a country");
    }

    @Test
    void reporterEqualToPartner() {
        assertTradeRejected("KOR,kor,2023,export,5,,,", "reporter equals partner (KOR)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2023-Q5", "2023-H0", "2023-H3", "23", "", "2023-00", "2023/01", "0999"})
    void malformedPeriod(String period) {
        assertTradeRejected("KOR,KAZ," + period + ",export,5,,,", "malformed period '" + period
                + "' (expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM)");
    }

    @Test
    void negativeValue() {
        assertTradeRejected("KOR,KAZ,2023,export,-5,,,", "value_usd '-5' is negative");
        assertTradeRejected("KOR,KAZ,2023,export,-0.01,,,", "value_usd '-0.01' is negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e9", "1E9", "1,000", "NaN", "Infinity", "-Infinity", "abc", "$5", "5 USD", "+5", "0x10",
            ".", "-", "1.2.3", "5%", "1 000", "١٢"})
    void nonNumericValue(String text) {
        String field = text.contains(",") ? "\"" + text + "\"" : text;
        assertTradeRejected("KOR,KAZ,2023,export," + field + ",,,", "value_usd '" + text + "'" + NOT_PLAIN);
    }

    @Test
    void emptyValue() {
        assertTradeRejected("KOR,KAZ,2023,export,,,,", "value_usd is empty");
    }

    @Test
    void tooLargeValue() {
        String huge = "1" + "0".repeat(300);
        assertTradeRejected("KOR,KAZ,2023,export," + huge + ",,,", "value_usd '" + huge.substring(0, 59) + "\u2026' is too large (limit 10^18)");
        assertTradeRejected("KOR,KAZ,2023,export,1000000000000000000,,,",
                "value_usd '1000000000000000000' is too large (limit 10^18)");
    }

    @Test
    void tooManyDecimals() {
        assertTradeRejected("KOR,KAZ,2023,export,0.0000001,,,", "value_usd '0.0000001' has more than 6 decimal places");
    }

    @Test
    void unknownFlow() {
        assertTradeRejected("KOR,KAZ,2023,exports,5,,,", "unknown flow 'exports' (expected one of export, import, turnover)");
        assertTradeRejected("KOR,KAZ,2023,,5,,,", "unknown flow '' (expected one of export, import, turnover)");
    }

    @Test
    void unknownQualifier() {
        assertTradeRejected("KOR,KAZ,2023,export,5,,about,",
                "unknown qualifier 'about' (expected exact, approx, at_least or at_most)");
    }

    @ParameterizedTest
    @CsvSource({"exact, EXACT", "approx, APPROX", "at_least, AT_LEAST", "AT_MOST, AT_MOST", "'', EXACT"})
    void qualifiers(String text, Qualifier expected) {
        assertSame(expected, trade("KOR,KAZ,2023,export,5,," + text + ",").qualifier());
    }

    @Test
    void sourceIsCleanedFreeText() {
        Figure f = trade("KOR,KAZ,2023,export,5,,,\"Kabar\ninterview,\t2023 \"");
        assertEquals("Kabar interview, 2023", f.source());
    }

    // ---- investment

    @Test
    void investmentWithSince() {
        Figure f = figure(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,cumulative,4300000000,1992,at_least,004");
        assertEquals(new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", ""), f.series());
        assertEquals(Period.year(2024), f.period());
        assertEquals(0, new BigDecimal("4300000000").compareTo(f.value()));
        assertEquals(Integer.valueOf(1992), f.sinceYear());
        assertSame(Qualifier.AT_LEAST, f.qualifier());
        assertNull(figure(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,Stock,1,,,").sinceYear());
        assertEquals(Integer.valueOf(2024), figure(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,inflow,1,2024,,").sinceYear());
    }

    @Test
    void investmentRejects() {
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,flow,1,,,",
                "unknown measure 'flow' (expected one of cumulative, inflow, stock)");
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,stock,1,2025,,",
                "since '2025' is not a year on or before the period");
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,stock,1,92,,",
                "since '92' is not a year on or before the period");
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,WLD,2024,stock,1,,,",
                "host 'WLD' is an aggregate; it must be a country");
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,KOR,2024,stock,1,,,", "investor equals host (KOR)");
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024,stock,-1,,,", "value_usd '-1' is negative");
        assertRejected(FileKind.INVESTMENT, INVESTMENT, "KOR,KAZ,2024-H3,stock,1,,,",
                "malformed period '2024-H3' (expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM)");
    }

    // ---- companies

    @Test
    void companiesCount() {
        Figure f = figure(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,Operating,370,at_least,004");
        assertEquals(new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", "operating", ""), f.series());
        assertEquals(0, BigDecimal.valueOf(370).compareTo(f.value()));
        assertSame(Qualifier.AT_LEAST, f.qualifier());
        assertEquals("joint_venture", figure(FileKind.COMPANIES, COMPANIES, "KOR,KGZ,2020,Joint_Venture,200,,").series().measure());
        assertEquals(0, BigDecimal.ZERO.compareTo(figure(FileKind.COMPANIES, COMPANIES, "KOR,KGZ,2020,operating,0,,").value()));
    }

    @Test
    void companiesRejects() {
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,joint venture,1,,",
                "unknown measure 'joint venture': use a snake_case label such as operating or joint_venture");
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,,1,,",
                "unknown measure '': use a snake_case label such as operating or joint_venture");
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,operating,-3,,", "count '-3' must be non-negative");
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,operating,2.5,,", "count '2.5' is not a whole number");
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,operating,,,", "count '' is not a whole number");
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,operating,12345678901,,",
                "count '12345678901' is too large");
        assertRejected(FileKind.COMPANIES, COMPANIES, "KOR,KAZ,2024,operating,3000000000,,", "count '3000000000' is too large");
    }

    // ---- engagement events

    private static EngagementEvent event(String line) {
        InputRecord r = parse(FileKind.EVENTS, EVENTS, line);
        return assertInstanceOf(InputRecord.EventLine.class, r, () -> r.toString()).event();
    }

    @Test
    void eventWithAFullDate() {
        EngagementEvent e = event("2024-12-03,kor,kgz,Visit,Head_of_State,\"State visit to Seoul\",10,002");
        assertEquals(LocalDate.of(2024, 12, 3), e.day());
        assertEquals(Period.month(2024, 12), e.period());
        assertEquals("KGZ", e.countryA(), "the pair is stored in alphabetical order");
        assertEquals("KOR", e.countryB());
        assertEquals("visit", e.category());
        assertEquals("head_of_state", e.level());
        assertEquals("State visit to Seoul", e.title());
        assertEquals(10, e.count());
        assertEquals("002", e.source());
        assertEquals("2024-12-03", e.dateText());
    }

    @Test
    void eventWithOnlyAPeriodAndDefaults() {
        EngagementEvent e = event("2022,KGZ,KOR,cultural,,,,");
        assertNull(e.day());
        assertEquals(Period.year(2022), e.period());
        assertEquals("", e.level());
        assertEquals(1, e.count(), "count defaults to 1");
        assertEquals("2022", e.dateText());
        assertEquals(Period.month(2022, 9), event("2022-09,KGZ,KOR,forum,,,1,").period());
        assertEquals(Period.half(2022, 2), event("2022-H2,KGZ,KOR,forum,,,1,").period());
        assertEquals(LocalDate.of(2024, 2, 29), event("2024-02-29,KGZ,KOR,forum,,,1,").day());
    }

    @Test
    void eventRejects() {
        assertRejected(FileKind.EVENTS, EVENTS, "2024-02-30,KGZ,KOR,visit,,,,", "malformed date '2024-02-30': no such day");
        assertRejected(FileKind.EVENTS, EVENTS, "2023-02-29,KGZ,KOR,visit,,,,", "malformed date '2023-02-29': no such day");
        assertRejected(FileKind.EVENTS, EVENTS, "3 Dec 2024,KGZ,KOR,visit,,,,",
                "malformed date '3 Dec 2024' (expected YYYY-MM-DD, or a period such as 2022 or 2022-09)");
        assertRejected(FileKind.EVENTS, EVENTS, "2024-12-3,KGZ,KOR,visit,,,,",
                "malformed date '2024-12-3' (expected YYYY-MM-DD, or a period such as 2022 or 2022-09)");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,KOR,meeting,,,,",
                "unknown category 'meeting' (expected one of agreement, business, cultural, forum, other, visit)");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,KOR,visit,king,,,",
                "unknown level 'king' (expected one of ambassador, deputy_minister, expert, head_of_government,"
                        + " head_of_state, minister, other)");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,KOR,visit,,,0,", "count '0' must be at least 1");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,KOR,visit,,,-2,", "count '-2' must be at least 1");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,KOR,visit,,,ten,", "count 'ten' is not a whole number");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,kgz,visit,,,,", "country_a equals country_b (KGZ)");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,WLD,KGZ,visit,,,,",
                "country_a 'WLD' is an aggregate; it must be a country");
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,CENTRAL_ASIA,visit,,,,",
                "country_b 'CENTRAL_ASIA' is an aggregate; it must be a country");
    }

    @Test
    void eventCountBeyondAnIntIsRejectedNotWrappedAround() {
        assertRejected(FileKind.EVENTS, EVENTS, "2024,KGZ,KOR,visit,,,3000000000,", "count '3000000000' is too large");
    }

    @Test
    void eventDateBeforeYear1000IsRejectedNotACrash() {
        InputRecord r = parse(FileKind.EVENTS, EVENTS, "0999-05-01,KGZ,KOR,visit,,,,");
        InputRecord.Rejected rejected = assertInstanceOf(InputRecord.Rejected.class, r);
        assertEquals("malformed date '0999-05-01': the year is out of range", rejected.reason());
    }

    // ---- groups

    @Test
    void groupMember() {
        InputRecord r = parse(FileKind.GROUPS, GROUPS, "central_asia,kaz,Central Asia");
        GroupMember m = assertInstanceOf(InputRecord.GroupLine.class, r).member();
        assertEquals(new GroupMember("CENTRAL_ASIA", "KAZ", "Central Asia"), m);
    }

    @Test
    void groupRejects() {
        assertRejected(FileKind.GROUPS, GROUPS, "KOR,KAZ,", "group code 'KOR' must be upper-case letters, digits or _"
                + " (at most 40 characters) and not a country code");
        assertRejected(FileKind.GROUPS, GROUPS, "central asia,KAZ,", "group code 'central asia' must be upper-case"
                + " letters, digits or _ (at most 40 characters) and not a country code");
        assertRejected(FileKind.GROUPS, GROUPS, "CENTRAL_ASIA,WLD,", "member 'WLD' is an aggregate; it must be a country");
        assertRejected(FileKind.GROUPS, GROUPS, "CENTRAL_ASIA,XYZ,",
                "unknown country code 'XYZ' in member (expected ISO 3166-1 alpha-3 such as KOR)");
    }

    // ---- look-alike letters and over-long labels (they reach no database column limit)

    @Test
    void codesAreAsciiLookAlikeLettersAreNoCodes() {
        // dotless i upper-cases to I and long s to S in Java's Unicode mapping: ırq would pass as IRQ
        for (String[] lineAndReason : new String[][] {
                {"\u0131rq,KOR,2023,export,5,,,", "unknown country code '\u0131rq' in reporter"},
                {"\u017fvn,KOR,2023,export,5,,,", "unknown country code '\u017fvn' in reporter"},
                {"KOR,KAZ,2023,e\u0445port,5,,,", "unknown flow 'e\u0445port'"},
                {"KOR,KAZ,2023,export,5,,at_lea\u017ft,", "unknown qualifier 'at_lea\u017ft'"}}) {
            String reason = reason(FileKind.TRADE, TRADE, lineAndReason[0]);
            assertTrue(reason.startsWith(lineAndReason[1]), reason);
        }
        assertEquals("IRQ", trade("irq,KOR,2023,export,5,,,").series().reporter());
    }

    @Test
    void overLongLabelsAndCodesAreRejectedNotStored() {
        String label = "operating_" + "x".repeat(60);
        assertEquals("measure label '" + label.substring(0, 59) + "\u2026' is longer than 40 characters",
                reason(FileKind.COMPANIES, "origin,host,period,measure,count", "KOR,KAZ,2024," + label + ",3"));
        String group = "G".repeat(41);
        assertEquals("group code '" + group + "' must be upper-case letters, digits or _ (at most 40 characters) and"
                + " not a country code", reason(FileKind.GROUPS, "group,member", group + ",KAZ"));
    }

    private static final String PUBLISHED = "subject,period,value,unit,qualifier,reporter,partner,source";

    @Test
    void aPublishedFigureAsTheSourceStatesIt() {
        InputRecord r = parse(FileKind.PUBLISHED, PUBLISHED, "Share of Korea's trade with Central Asia that is with"
                + " Kazakhstan,2024,60,Percent,at_least,kor,KAZ,\"KazISS seminar, 11 Nov 2024\"");
        PublishedFigure p = assertInstanceOf(InputRecord.PublishedLine.class, r, () -> r.toString()).figure();
        assertEquals("Share of Korea's trade with Central Asia that is with Kazakhstan", p.subject());
        assertEquals(Period.parse("2024"), p.period());
        assertEquals(new BigDecimal("60"), p.value());
        assertEquals(Unit.PERCENT, p.unit());
        assertEquals(Qualifier.AT_LEAST, p.qualifier());
        assertEquals(List.of("KOR", "KAZ", "KazISS seminar, 11 Nov 2024"), List.of(p.reporter(), p.partner(), p.source()));
        // countries and qualifier are optional; a published change may be negative
        PublishedFigure bare = ((InputRecord.PublishedLine) parse(FileKind.PUBLISHED, "subject,period,value,unit",
                "Growth of trade in Central Asia,2024-H1,-3.25,percent")).figure();
        assertEquals(new BigDecimal("-3.25"), bare.value());
        assertEquals(Qualifier.EXACT, bare.qualifier());
        assertEquals(List.of("", "", ""), List.of(bare.reporter(), bare.partner(), bare.source()));
    }

    @Test
    void aPublishedFigureThatCannotBeShownIsRejectedWithTheReason() {
        assertEquals("subject is empty: say what the figure is, e.g. Korea's trade with Central Asia: share going to"
                + " Kazakhstan", reason(FileKind.PUBLISHED, PUBLISHED, ",2024,60,percent,,,,"));
        assertEquals("unknown unit 'per cent' (expected one of USD, percent, ratio, count, years, USD/year)",
                reason(FileKind.PUBLISHED, PUBLISHED, "Share,2024,60,per cent,,,,"));
        assertEquals("value '60%'" + NOT_PLAIN, reason(FileKind.PUBLISHED, PUBLISHED, "Share,2024,60%,percent,,,,"));
        assertEquals("malformed period '2024-13' (expected YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM)",
                reason(FileKind.PUBLISHED, PUBLISHED, "Share,2024-13,60,percent,,,,"));
        assertEquals("reporter 'CENTRAL_ASIA' is an aggregate; it must be a country",
                reason(FileKind.PUBLISHED, PUBLISHED, "Share,2024,60,percent,,CENTRAL_ASIA,KAZ,"));
        assertEquals("reporter equals partner (KOR)", reason(FileKind.PUBLISHED, PUBLISHED, "Share,2024,60,percent,,KOR,KOR,"));
        assertEquals("unknown qualifier 'roughly' (expected exact, approx, at_least or at_most)",
                reason(FileKind.PUBLISHED, PUBLISHED, "Share,2024,60,percent,roughly,,,"));
    }

    @Test
    void aPublishedFiguresFileIsKnownByItsHeader() {
        assertEquals(FileKind.PUBLISHED, FileKind.recognise(Set.of("subject", "period", "value", "unit", "source")).orElseThrow());
    }
}
