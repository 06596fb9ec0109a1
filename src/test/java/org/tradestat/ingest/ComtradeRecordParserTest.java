package org.tradestat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/** Recognising the three UN Comtrade layouts (SPEC 2.6) and reading their lines. */
class ComtradeRecordParserTest {

    static final String PLUS = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
            + "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
            + "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,"
            + "customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,"
            + "altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
            + "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";
    static final String LEGACY_22 = "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,"
            + "Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,"
            + "Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag";
    static final String LEGACY_35 = "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,"
            + "Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,2nd Partner Code,2nd Partner,"
            + "2nd Partner ISO,Customs Proc. Code,Customs,Mode of Transport Code,Mode of Transport,Partner Code,Partner,"
            + "Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Alt Qty Unit Code,Alt Qty Unit,Alt Qty,"
            + "Netweight (kg),Gross weight (kg),Trade Value (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag";
    static final String BULK = "Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,"
            + "Qty Unit Code,Qty,Netweight (kg),Value,Flag";

    // ---- recognition

    private static Optional<FileKind> kindOf(String header) {
        return new Header(List.of(header.split(","))).kind();
    }

    @Test
    void theThreeLayoutsAreRecognisedByTheirHeaders() {
        assertEquals(47, PLUS.split(",").length);
        assertEquals(22, LEGACY_22.split(",").length);
        assertEquals(35, LEGACY_35.split(",").length);
        assertEquals(Optional.of(FileKind.COMTRADE), kindOf(PLUS));
        assertEquals(Optional.of(FileKind.COMTRADE), kindOf(PLUS.toLowerCase()));
        assertEquals(Optional.of(FileKind.COMTRADE_LEGACY), kindOf(LEGACY_22));
        assertEquals(Optional.of(FileKind.COMTRADE_LEGACY), kindOf(LEGACY_35));
        assertEquals(Optional.of(FileKind.COMTRADE_BULK), kindOf(BULK));
        assertEquals("comtrade_legacy", FileKind.COMTRADE_LEGACY.code());
    }

    @Test
    void ourOwnTradeFilesAreNotTakenForComtradeOnesNorTheReverse() {
        // the legacy header holds reporter, partner and period, but not flow and value_usd
        assertTrue(LEGACY_22.toLowerCase().contains("reporter,") && LEGACY_22.toLowerCase().contains("period,"));
        assertEquals(Optional.of(FileKind.TRADE), kindOf("reporter,partner,period,flow,value_usd,commodity,source"));
        assertEquals(Optional.of(FileKind.TRADE), kindOf("reporter,partner,period,flow,value_usd,year,value"));
        assertEquals(Optional.empty(), kindOf("reporterCode,partnerCode,period,flowCode,cmdCode"), "no value column");
        assertEquals(Optional.empty(), kindOf("Year,Reporter Code,Trade Flow Code,Partner Code,Value"), "no commodity");
    }

    @Test
    void aDownloadsOtherColumnsAreNotUnknown() {
        for (String header : List.of(PLUS, LEGACY_22, LEGACY_35, BULK)) {
            Header h = new Header(List.of(header.split(",")));
            assertEquals(List.of(), h.unknownColumns(h.kind().orElseThrow()), header);
        }
        assertTrue(FileKind.COMTRADE.isComtrade());
        assertTrue(!FileKind.TRADE.isComtrade() && !FileKind.TRADE.knows("cmdcode"));
    }

    // ---- parsing

    private static InputRecord parse(String header, Map<String, String> values) {
        List<String> names = List.of(header.split(","));
        assertTrue(names.containsAll(values.keySet()), "test columns " + values.keySet());
        List<String> fields = names.stream().map(n -> values.getOrDefault(n, "")).toList();
        return new ComtradeRecordParser(new Header(names), 3, "t.csv")
                .parse(new CsvRecord(7, fields, String.join(",", fields), null));
    }

    /** A Comtrade Plus total row KOR exports to KGZ, 2022, all goods, 100; then the given columns changed. */
    private static InputRecord plus(String... columnValues) {
        Map<String, String> row = new HashMap<>(Map.of("typeCode", "C", "freqCode", "A", "refMonth", "52",
                "period", "2022", "reporterCode", "410", "reporterISO", "KOR", "flowCode", "X", "partnerCode", "417",
                "partnerISO", "KGZ", "cmdCode", "TOTAL"));
        row.putAll(Map.of("partner2Code", "0", "partner2ISO", "W00", "customsCode", "C00", "motCode", "0",
                "primaryValue", "100.0"));
        for (int i = 0; i < columnValues.length; i += 2) {
            row.put(columnValues[i], columnValues[i + 1]);
        }
        return parse(PLUS, row);
    }

    private static Figure figure(InputRecord record) {
        return assertInstanceOf(InputRecord.FigureLine.class, record, record.toString()).figure();
    }

    private static String rejected(InputRecord record) {
        return assertInstanceOf(InputRecord.Rejected.class, record, record.toString()).reason();
    }

    private static String summarised(InputRecord record) {
        return assertInstanceOf(InputRecord.Summarised.class, record, record.toString()).why();
    }

    private static String partner(InputRecord record) {
        return figure(record).series().partner();
    }

    @Test
    void aTotalRowBecomesATradeFigure() {
        InputRecord r = plus();
        assertEquals(3, r.fileSeq());
        assertEquals(7, r.line());
        Figure f = figure(r);
        assertEquals(new SeriesKey(Dataset.TRADE, "KOR", "KGZ", "export", "TOTAL"), f.series());
        assertEquals(Period.year(2022), f.period());
        assertEquals(0, new BigDecimal("100").compareTo(f.value()));
        assertEquals(Qualifier.EXACT, f.qualifier());
        assertEquals("UN Comtrade download t.csv", f.source());
    }

    @Test
    void breakdownsOfATotalAreSummarisedNotRejected() {
        assertEquals("a breakdown by second partner (398): only the total row (0 / W00) is used",
                summarised(plus("partner2Code", "398", "partner2ISO", "KAZ")));
        assertEquals("a breakdown by customs procedure (C01): only the total row (C00) is used",
                summarised(plus("customsCode", "C01")));
        assertEquals("a breakdown by mode of transport (2100): only the total row (0) is used",
                summarised(plus("motCode", "2100")));
        assertEquals("flow domestic exports (DX) is a part of exports (X): only X, M, RX and RM are used",
                summarised(plus("flowCode", "DX")));
        summarised(plus("flowCode", "MIP"));
        // the totals: 0 / W00, C00, 0, or the columns left empty
        figure(plus("partner2Code", "", "partner2ISO", "", "customsCode", "", "motCode", ""));
        figure(plus("partner2Code", "0", "partner2ISO", ""));
        // a breakdown is summarised even when its other fields would be rejected: it is not used
        summarised(plus("motCode", "1000", "primaryValue", "-1"));
    }

    @Test
    void flowsInEveryLayout() {
        assertEquals("export", figure(plus("flowCode", "X")).series().measure());
        assertEquals("import", figure(plus("flowCode", "M")).series().measure());
        assertEquals("re_export", figure(plus("flowCode", "RX")).series().measure());
        assertEquals("re_import", figure(plus("flowCode", "rm")).series().measure());
        assertEquals("unknown flow 'Z' (expected " + ComtradeFlow.EXPECTED + ")", rejected(plus("flowCode", "Z")));
        Map<String, String> measures = Map.of("1", "import", "2", "export", "3", "re_export", "4", "re_import");
        measures.forEach((code, measure) -> assertEquals(measure, figure(parse(BULK, Map.of("Year", "2022",
                "Reporter Code", "842", "Trade Flow Code", code, "Partner Code", "417", "Commodity Code", "TOTAL",
                "Value", "5"))).series().measure()));
        Map<String, String> texts = Map.of("Import", "import", "Export", "export", "Re-Export", "re_export",
                "Re-Import", "re_import");
        texts.forEach((text, measure) -> assertEquals(measure, figure(parse(LEGACY_22, Map.of("Period", "2022",
                "Trade Flow", text, "Reporter Code", "398", "Reporter ISO", "KAZ", "Partner Code", "410",
                "Partner ISO", "KOR", "Commodity Code", "TOTAL", "Trade Value (US$)", "5"))).series().measure()));
    }

    @Test
    void periods() {
        assertEquals(Period.year(2022), figure(plus("period", "2022", "refMonth", "52")).period());
        assertEquals(Period.month(2022, 1), figure(plus("period", "202201", "refMonth", "1", "freqCode", "M")).period());
        assertEquals(Period.month(2021, 12), figure(plus("period", "202112", "refMonth", "")).period());
        assertEquals(Period.year(2022), figure(plus("period", "202252", "refMonth", "52")).period(), "52 marks a year");
        assertEquals("malformed period '2022-01' (expected YYYY or YYYYMM)", rejected(plus("period", "2022-01")));
        assertEquals("malformed period '202213' (expected YYYY or YYYYMM)", rejected(plus("period", "202213", "refMonth", "")));
        assertEquals("malformed period '' (expected YYYY or YYYYMM)", rejected(plus("period", "")));
        Map<String, String> bulk = Map.of("Year", "2019", "Reporter Code", "842", "Trade Flow Code", "2",
                "Partner Code", "417", "Commodity Code", "TOTAL", "Value", "5");
        assertEquals(Period.year(2019), figure(parse(BULK, bulk)).period());
    }

    @Test
    void reportersAndPartners() {
        assertEquals("WLD", partner(plus("partnerCode", "0", "partnerISO", "W00")));
        assertEquals("WLD", partner(plus("partnerCode", "0", "partnerISO", "")));
        assertEquals("WLD", partner(plus("partnerCode", "", "partnerISO", "wld")));
        assertEquals("KAZ", partner(plus("partnerCode", "398", "partnerISO", "")), "the code through the M49 table");
        assertEquals("M49_899", partner(plus("partnerCode", "899", "partnerISO", "_X")), "Areas, nes");
        assertEquals("M49_490", partner(plus("partnerCode", "490", "partnerISO", "S19")), "Other Asia, nes");
        assertEquals("M49_142", partner(plus("partnerCode", "142", "partnerISO", "")), "a region: its own partner");
        assertEquals("USA", figure(plus("reporterCode", "842", "reporterISO", "")).series().reporter());
        assertEquals("IND", partner(plus("partnerCode", "699", "partnerISO", "")));
        assertEquals("reporter M49_097 is an aggregate; it must be a country",
                rejected(plus("reporterCode", "97", "reporterISO", "EUR")));
        assertEquals("reporter WLD is an aggregate; it must be a country",
                rejected(plus("reporterCode", "0", "reporterISO", "W00")));
        assertEquals("reporter equals partner (KOR)", rejected(plus("partnerCode", "410", "partnerISO", "KOR")));
        assertEquals("unknown partner: code 'abc' is not a UN M49 number and 'XX' is not an ISO 3166-1 alpha-3 code",
                rejected(plus("partnerCode", "abc", "partnerISO", "XX")));
        assertEquals("unknown reporter: code '' is not a UN M49 number",
                rejected(plus("reporterCode", "", "reporterISO", "")));
    }

    @Test
    void commodities() {
        assertEquals("TOTAL", figure(plus("cmdCode", "total")).series().commodity());
        assertEquals("27", figure(plus("cmdCode", "27")).series().commodity());
        assertEquals("2701", figure(plus("cmdCode", "2701")).series().commodity());
        assertEquals("commodity code 'AG2' is not TOTAL or a code of digits", rejected(plus("cmdCode", "AG2")));
        assertEquals("commodity code '' is not TOTAL or a code of digits", rejected(plus("cmdCode", "")));
    }

    private static BigDecimal value(InputRecord record) {
        return figure(record).value();
    }

    private static void assertValue(String expected, InputRecord record) {
        assertEquals(0, new BigDecimal(expected).compareTo(value(record)), expected + " vs " + value(record));
    }

    @Test
    void valuesInPlainOrScientificNotation() {
        assertValue("123456", plus("primaryValue", "123456.0"));
        assertValue("123000000", plus("primaryValue", "1.23E8"));
        assertEquals("123000000", value(plus("primaryValue", "1.23E8")).toString(), "plain, not 1.23E+8");
        assertValue("0.123457", plus("primaryValue", "0.1234567"));
        assertEquals(BigDecimal.ZERO, value(plus("primaryValue", "0.0")));
        assertValue("5", plus("primaryValue", "", "fobvalue", "5", "cifvalue", "6")); // exports: FOB
        assertValue("6", plus("flowCode", "M", "primaryValue", "", "fobvalue", "5", "cifvalue", "6")); // imports: CIF
        assertEquals("trade value '-5' is negative", rejected(plus("primaryValue", "-5")));
        assertEquals("trade value '-1.0E3' is negative", rejected(plus("primaryValue", "-1.0E3")));
        assertEquals("trade value '1,000' is not a number", rejected(plus("primaryValue", "1,000")));
        assertEquals("trade value 'NaN' is not a number", rejected(plus("primaryValue", "NaN")));
        assertEquals("trade value '1e15' is absurdly large (limit 10^15 US dollars)",
                rejected(plus("primaryValue", "1e15")));
        assertEquals("trade value '1E1000' is not a number", rejected(plus("primaryValue", "1E1000")), "exponent too long");
        assertEquals("the trade value is empty", rejected(plus("primaryValue", "")));
        assertValue("150000000", parse(LEGACY_35, Map.of("Period", "2022", "Trade Flow Code", "2",
                "Reporter Code", "398", "Reporter ISO", "KAZ", "Partner Code", "410", "Partner ISO", "KOR",
                "Commodity Code", "TOTAL", "Trade Value (US$)", "150000000")));
    }

    @Test
    void malformedLinesAndServicesAreRejected() {
        assertEquals("typeCode 'S' is not trade in goods (C)", rejected(plus("typeCode", "S")));
        Header header = new Header(List.of(BULK.split(",")));
        ComtradeRecordParser parser = new ComtradeRecordParser(header, 1, "b.csv");
        assertEquals("wrong number of fields: 2 where the header has 11",
                rejected(parser.parse(new CsvRecord(2, List.of("2022", "842"), "2022,842", null))));
        assertEquals("malformed CSV: a quote inside an unquoted field",
                rejected(parser.parse(new CsvRecord(2, List.of("x"), "x\"", "a quote inside an unquoted field"))));
    }

    @Test
    void legacyBreakdownColumnsAreTheSameRules() {
        Map<String, String> total = Map.of("Period", "2022", "Trade Flow Code", "1", "Reporter Code", "398",
                "Reporter ISO", "KAZ", "Partner Code", "410", "Partner ISO", "KOR", "Commodity Code", "TOTAL",
                "Trade Value (US$)", "7", "Customs Proc. Code", "C00", "Mode of Transport Code", "0");
        figure(parse(LEGACY_35, total));
        for (String[] change : List.of(new String[] {"2nd Partner Code", "156"}, new String[] {"2nd Partner ISO", "CHN"},
                new String[] {"Customs Proc. Code", "C02"}, new String[] {"Mode of Transport Code", "1"})) {
            Map<String, String> row = new HashMap<>(total);
            row.put(change[0], change[1]);
            summarised(parse(LEGACY_35, row));
        }
    }

    // ---- shapes of real downloads (docs/comtrade.md)

    @Test
    void comtradePlusLinesEndWithAnEmptyFieldBeyondTheHeader() {
        List<String> names = List.of(PLUS.split(","));
        Map<String, String> values = Map.of("typeCode", "C", "period", "2022", "refMonth", "52", "reporterISO", "KOR",
                "reporterCode", "410", "flowCode", "X", "partnerCode", "417", "partnerISO", "KGZ", "cmdCode", "TOTAL");
        List<String> fields = new java.util.ArrayList<>(names.stream().map(n -> values.getOrDefault(n,
                n.equals("primaryValue") ? "100.0" : "")).toList());
        fields.add(""); // the trailing comma
        ComtradeRecordParser parser = new ComtradeRecordParser(new Header(names), 1, "plus.csv");
        assertEquals(0, new BigDecimal("100").compareTo(figure(parser.parse(new CsvRecord(2, fields, "", null))).value()));
        fields.set(fields.size() - 1, "x"); // a field beyond the header that holds something is still wrong
        assertEquals("wrong number of fields: 48 where the header has 47",
                rejected(parser.parse(new CsvRecord(3, fields, "", null))));
    }

    /** A legacy 35-column total row KAZ–KOR 2022 all goods, with the flow columns given. */
    private static InputRecord legacyFlow(String code, String text) {
        return parse(LEGACY_35, Map.of("Period", "2022", "Trade Flow Code", code, "Trade Flow", text,
                "Reporter Code", "398", "Reporter ISO", "KAZ", "Partner Code", "410", "Partner ISO", "KOR",
                "Commodity Code", "TOTAL", "Trade Value (US$)", "5", "Customs Proc. Code", "C00"));
    }

    @Test
    void legacyExportsWithTradeFlowCodeZeroTakeTheFlowFromTheTradeFlowColumn() {
        assertEquals("export", figure(legacyFlow("0", "X")).series().measure());
        assertEquals("import", figure(legacyFlow("0", "M")).series().measure());
        assertEquals("export", figure(legacyFlow("0", "Export")).series().measure());
        assertEquals("re_import", figure(legacyFlow("0", "RM")).series().measure());
        assertEquals("re_export", figure(legacyFlow("0", "Re-Export")).series().measure());
        summarised(legacyFlow("0", "DX"));
        summarised(legacyFlow("0", "XOP"));
        assertEquals("import", figure(legacyFlow("1", "Export")).series().measure(), "a known code comes first");
        assertEquals("unknown flow '0' / 'Exports and more' (expected " + ComtradeFlow.EXPECTED + ")",
                rejected(legacyFlow("0", "Exports and more")));
    }

    @Test
    void aPartOfAFlowWithoutItsTotalIsReportedWhenTheFileEnds() {
        List<String> names = List.of(PLUS.split(","));
        ComtradeRecordParser parser = new ComtradeRecordParser(new Header(names), 4, "plus.csv");
        java.util.function.BiFunction<Long, Map<String, String>, InputRecord> line = (n, changes) -> {
            Map<String, String> row = new HashMap<>(Map.of("typeCode", "C", "period", "2022", "refMonth", "52",
                    "reporterCode", "398", "reporterISO", "KAZ", "flowCode", "X", "partnerCode", "410",
                    "partnerISO", "KOR", "cmdCode", "TOTAL", "primaryValue", "10"));
            row.putAll(changes);
            List<String> fields = names.stream().map(c -> row.getOrDefault(c, "")).toList();
            return parser.parse(new CsvRecord(n, fields, "", null));
        };
        summarised(line.apply(2L, Map.of("flowCode", "DX"))); // before its total: fine
        figure(line.apply(3L, Map.of()));
        summarised(line.apply(4L, Map.of("flowCode", "MIP", "period", "2023")));
        figure(line.apply(5L, Map.of("flowCode", "M", "period", "2023")));
        summarised(line.apply(6L, Map.of("flowCode", "DX", "partnerCode", "860", "partnerISO", "UZB")));
        summarised(line.apply(7L, Map.of("flowCode", "FM", "partnerCode", "860", "partnerISO", "UZB")));
        summarised(line.apply(8L, Map.of("flowCode", "XOP", "cmdCode", "27")));
        List<InputRecord.FileWarning> warnings = parser.finish();
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals(new InputRecord.FileWarning(4, 6, ComtradeRecordParser.PART_WITHOUT_TOTAL, "plus.csv line 6:"
                + " KAZ\u2013UZB, all goods, 2022: the file gives domestic exports (DX), a part of exports (X), but not"
                + " the total; the part is not counted as exports (X) and no total is derived from it"), warnings.get(0));
        assertTrue(warnings.get(1).message().startsWith("plus.csv line 7: KAZ\u2013UZB, all goods, 2022: the file gives"
                + " foreign imports (FM), a part of imports (M), but not the total"), warnings.get(1).message());
        assertTrue(warnings.get(2).message().startsWith("plus.csv line 8: KAZ\u2013KOR, HS 27, 2022: the file gives"
                + " exports for outward processing (XOP)"), warnings.get(1).message());
    }

    @Test
    void codesCarryTheirClassification() {
        assertEquals("84", figure(plus("cmdCode", "84", "classificationCode", "H6")).series().commodity());
        assertEquals("84", figure(plus("cmdCode", "84", "classificationCode", "H0")).series().commodity());
        assertEquals("SITC:84", figure(plus("cmdCode", "84", "classificationCode", "S4")).series().commodity());
        assertEquals("BEC:41", figure(plus("cmdCode", "41", "classificationCode", "B5")).series().commodity());
        assertEquals("TOTAL", figure(plus("cmdCode", "TOTAL", "classificationCode", "S3")).series().commodity(),
                "all goods are all goods in any classification");
        assertEquals("SITC:65", figure(parse(BULK, Map.of("Year", "2022", "Reporter Code", "860", "Trade Flow Code",
                "2", "Partner Code", "410", "Classification", "S3", "Commodity Code", "65", "Value", "5")))
                .series().commodity());
        assertEquals("classification 'EB' is not HS (H0 to H6), SITC (S1 to S4) or BEC (B4, B5)",
                rejected(plus("cmdCode", "84", "classificationCode", "EB")));
    }

    @Test
    void formerCountriesAreCountriesUnderTheirFormerIsoCode() {
        Map<String, String> former = Map.of("810", "SUN", "200", "CSK", "890", "YUG", "891", "SCG", "530", "ANT",
                "278", "DDR", "58", "BEL", "280", "DEU");
        former.forEach((code, iso) -> assertEquals(iso, partner(plus("partnerCode", code, "partnerISO", "")), code));
        assertEquals("SUN", figure(plus("reporterCode", "810", "reporterISO", "")).series().reporter(),
                "a former country reports");
        assertEquals("DEU", figure(plus("reporterCode", "280", "reporterISO", "")).series().reporter());
        assertEquals("SCG", partner(plus("partnerCode", "891", "partnerISO", "SCG")), "its ISO code as given");
    }
}
