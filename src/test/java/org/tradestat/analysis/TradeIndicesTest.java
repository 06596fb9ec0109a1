package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * The trade indices on a small world of three reporters in 2023, every expected figure worked out by hand (US$
 * millions; the same figures as src/test/resources/comtrade-downloads/plus-world-2023.csv in dollars):
 * <pre>
 * exports to the World   TOTAL   27    52    84    85
 *   KOR                   1000  100   300   550    50
 *   KAZ                   1000  800   100   100
 *   UZB                    500        400   100
 *   World (sum)           2500  900   800   750    50
 * KAZ imports from the World: 27 200, 84 550, 85 50, 87 200 (sum 1000)
 * KOR exports to KAZ: TOTAL 150, 84 100, 85 50; KOR imports from KAZ: TOTAL 300, 27 250, 84 50
 * UZB exports to KAZ: TOTAL 100; KOR exports to UZB: TOTAL 50 (no KAZ exports to UZB)
 * </pre>
 */
class TradeIndicesTest {

    private static Indicator level(String reporter, String partner, String flow, String commodity, String period,
                                   String usd, Flag... flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, flow, commodity), period, "level", new BigDecimal(usd),
                Unit.USD, "", Set.of(flags));
    }

    private static List<Indicator> world2023() {
        List<Indicator> in = new ArrayList<>();
        for (String[] row : new String[][] {
                {"KOR", "WLD", "export", "TOTAL", "1000"}, {"KOR", "WLD", "export", "27", "100"},
                {"KOR", "WLD", "export", "52", "300"}, {"KOR", "WLD", "export", "84", "550"},
                {"KOR", "WLD", "export", "85", "50"},
                {"KAZ", "WLD", "export", "TOTAL", "1000"}, {"KAZ", "WLD", "export", "27", "800"},
                {"KAZ", "WLD", "export", "52", "100"}, {"KAZ", "WLD", "export", "84", "100"},
                {"UZB", "WLD", "export", "TOTAL", "500"}, {"UZB", "WLD", "export", "52", "400"},
                {"UZB", "WLD", "export", "84", "100"},
                {"KAZ", "WLD", "import", "TOTAL", "1000"}, {"KAZ", "WLD", "import", "27", "200"},
                {"KAZ", "WLD", "import", "84", "550"}, {"KAZ", "WLD", "import", "85", "50"},
                {"KAZ", "WLD", "import", "87", "200"},
                {"KOR", "KAZ", "export", "TOTAL", "150"}, {"KOR", "KAZ", "export", "84", "100"},
                {"KOR", "KAZ", "export", "85", "50"},
                {"KOR", "KAZ", "import", "TOTAL", "300"}, {"KOR", "KAZ", "import", "27", "250"},
                {"KOR", "KAZ", "import", "84", "50"},
                {"UZB", "KAZ", "export", "TOTAL", "100"}, {"KOR", "UZB", "export", "TOTAL", "50"}}) {
            in.add(level(row[0], row[1], row[2], row[3], "2023", row[4]));
        }
        return in;
    }

    /** reporter partner measure commodity period indicator value basis flags, as indicators.csv writes them. */
    private static List<String> lines(List<Indicator> indicators, String name) {
        return indicators.stream().filter(i -> i.name().equals(name)).map(i -> String.join(" ", java.util.stream.Stream
                .of(i.series().reporter(), i.series().partner(), i.series().measure(), i.series().commodity(),
                        i.period(), i.name(), i.valueText(), i.unit().code(), i.basis(), i.flagsText())
                .filter(field -> !field.isEmpty()).toList())).toList();
    }

    @Test
    void revealedComparativeAdvantageAgainstTheSumOfTheReporters() {
        // RCA = (x_ik / X_i) / (x_wk / X_w), X_w = 2500
        assertEquals(List.of(
                "KAZ WLD export 27 2023 rca 2.222222 ratio reporters:3",   // 0.8 / 0.36
                "KAZ WLD export 52 2023 rca 0.3125 ratio reporters:3",     // 0.1 / 0.32
                "KAZ WLD export 84 2023 rca 0.333333 ratio reporters:3",   // 0.1 / 0.3
                "KOR WLD export 27 2023 rca 0.277778 ratio reporters:3",   // 0.1 / 0.36
                "KOR WLD export 52 2023 rca 0.9375 ratio reporters:3",     // 0.3 / 0.32
                "KOR WLD export 84 2023 rca 1.833333 ratio reporters:3",   // 0.55 / 0.3
                "KOR WLD export 85 2023 rca 2.5 ratio reporters:3",        // 0.05 / 0.02
                "UZB WLD export 52 2023 rca 2.5 ratio reporters:3",        // 0.8 / 0.32
                "UZB WLD export 84 2023 rca 0.666667 ratio reporters:3"),  // 0.2 / 0.3
                lines(TradeIndices.analyse(world2023()).indicators(), "rca"));
    }

    @Test
    void tradeIntensityOnlyWhereEveryReporterGivesItsExportsToThePartner() {
        TradeIndices.Result result = TradeIndices.analyse(world2023());
        // KOR to KAZ: (150 / 1000) / ((150 + 100) / 2500) = 0.15 / 0.1; UZB to KAZ: (100 / 500) / 0.1
        assertEquals(List.of("KOR KAZ export TOTAL 2023 trade_intensity 1.5 ratio reporters:3",
                "UZB KAZ export TOTAL 2023 trade_intensity 2 ratio reporters:3"),
                lines(result.indicators(), "trade_intensity"));
        assertTrue(result.remarks().contains(new Remark(TradeIndices.TOPIC, "Trade intensity of KOR's exports to UZB in "
                + "2023 not computed: the World's exports to UZB (x_wj, the sum over the reporters that give their "
                + "exports to the World) lack the exports to UZB of KAZ.")), result.remarks().toString());
    }

    @Test
    void grubelLloydPerCommodityAndWeightedOverCommodities() {
        // KOR-KAZ: 84 1 - 50/150; 85 and 27 one way only; over all: 1 - (50 + 50 + 250) / (150 + 50 + 250) = 2/9
        // KAZ-WLD: 27 2*200/1000, 84 2*100/650; over all: 1 - (600 + 100 + 450 + 50 + 200) / 2000 = 0.3
        assertEquals(List.of(
                "KAZ WLD turnover * 2023 grubel_lloyd 0.3 ratio HS2",
                "KAZ WLD turnover 27 2023 grubel_lloyd 0.4 ratio",
                "KAZ WLD turnover 52 2023 grubel_lloyd 0 ratio",
                "KAZ WLD turnover 84 2023 grubel_lloyd 0.307692 ratio",
                "KAZ WLD turnover 85 2023 grubel_lloyd 0 ratio",
                "KAZ WLD turnover 87 2023 grubel_lloyd 0 ratio",
                "KOR KAZ turnover * 2023 grubel_lloyd 0.222222 ratio HS2",
                "KOR KAZ turnover 27 2023 grubel_lloyd 0 ratio",
                "KOR KAZ turnover 84 2023 grubel_lloyd 0.666667 ratio",
                "KOR KAZ turnover 85 2023 grubel_lloyd 0 ratio"),
                lines(TradeIndices.analyse(world2023()).indicators(), "grubel_lloyd"));
    }

    @Test
    void exportDiversificationCountsTheProductsAndTheirConcentration() {
        List<Indicator> out = TradeIndices.analyse(world2023()).indicators();
        assertEquals(List.of(
                "KAZ WLD export * 2023 export_products 3 count HS2",
                "KOR KAZ export * 2023 export_products 2 count HS2",
                "KOR WLD export * 2023 export_products 4 count HS2",
                "UZB WLD export * 2023 export_products 2 count HS2"), lines(out, "export_products"));
        // KAZ .8² + .1² + .1²; KOR-KAZ (100² + 50²) / 150²; KOR .55² + .05² + .1² + .3²; UZB .8² + .2²
        assertEquals(List.of(
                "KAZ WLD export * 2023 hhi 0.66 ratio HS2",
                "KOR KAZ export * 2023 hhi 0.555556 ratio HS2",
                "KOR WLD export * 2023 hhi 0.405 ratio HS2",
                "UZB WLD export * 2023 hhi 0.68 ratio HS2"), lines(out, "hhi"));
        // (N·H − 1) / (N − 1): (3·0.66 − 1) / 2; (2·5/9 − 1) / 1; (4·0.405 − 1) / 3; (2·0.68 − 1) / 1
        assertEquals(List.of(
                "KAZ WLD export * 2023 hhi_normalized 0.49 ratio HS2",
                "KOR KAZ export * 2023 hhi_normalized 0.111111 ratio HS2",
                "KOR WLD export * 2023 hhi_normalized 0.206667 ratio HS2",
                "UZB WLD export * 2023 hhi_normalized 0.36 ratio HS2"), lines(out, "hhi_normalized"));
    }

    @Test
    void complementarityOfOneCountrysExportsWithAnothersImports() {
        // KOR exports .1 .3 .55 .05 (27 52 84 85) against KAZ imports .2 0 .55 .05 .2 (87): Σ|m − x| = 0.6
        // UZB exports .8 .2 (52 84) against them: Σ|m − x| = .2 + .8 + .35 + .05 + .2 = 1.6
        assertEquals(List.of("KOR KAZ export * 2023 complementarity 70 percent HS2",
                "UZB KAZ export * 2023 complementarity 20 percent HS2"),
                lines(TradeIndices.analyse(world2023()).indicators(), "complementarity"));
    }

    @Test
    void flagsOfThePartsCarryOver() {
        List<Indicator> in = new ArrayList<>(world2023());
        in.replaceAll(i -> i.series().reporter().equals("UZB") && i.series().commodity().equals("TOTAL")
                && i.series().partner().equals("WLD") && i.series().measure().equals("export")
                ? level("UZB", "WLD", "export", "TOTAL", "2023", "500", Flag.DERIVED) : i);
        in.replaceAll(i -> i.series().reporter().equals("KOR") && i.series().commodity().equals("84")
                && i.series().partner().equals("KAZ") && i.series().measure().equals("export")
                ? level("KOR", "KAZ", "export", "84", "2023", "100", Flag.APPROX) : i);
        List<Indicator> out = TradeIndices.analyse(in).indicators();
        // UZB's derived total is part of the World's: every RCA and intensity is derived
        assertTrue(lines(out, "rca").stream().allMatch(l -> l.endsWith(" derived")), lines(out, "rca").toString());
        assertEquals("KOR KAZ export TOTAL 2023 trade_intensity 1.5 ratio reporters:3 derived",
                lines(out, "trade_intensity").get(0));
        assertEquals(List.of("KOR KAZ turnover * 2023 grubel_lloyd 0.222222 ratio HS2 approx",
                "KOR KAZ turnover 27 2023 grubel_lloyd 0 ratio",
                "KOR KAZ turnover 84 2023 grubel_lloyd 0.666667 ratio approx",
                "KOR KAZ turnover 85 2023 grubel_lloyd 0 ratio"),
                lines(out, "grubel_lloyd").stream().filter(l -> l.startsWith("KOR KAZ")).toList());
    }

    @Test
    void codesFoldedIntoOtherMakeTheAggregateAnUpperBoundAndLeaveNoDiversification() {
        List<Indicator> in = List.of(
                level("KOR", "KGZ", "export", "87", "2023", "80"), level("KOR", "KGZ", "export", "OTHER", "2023", "20"),
                level("KOR", "KGZ", "import", "87", "2023", "20"), level("KOR", "KGZ", "import", "OTHER", "2023", "30"));
        TradeIndices.Result result = TradeIndices.analyse(in);
        // 87: 1 - 60/100; over all, OTHER as one commodity: 1 - (60 + 10) / (100 + 50), at most
        assertEquals(List.of("KOR KGZ turnover * 2023 grubel_lloyd 0.533333 ratio HS2 at_most",
                "KOR KGZ turnover 87 2023 grubel_lloyd 0.4 ratio"), lines(result.indicators(), "grubel_lloyd"));
        assertEquals(List.of(), lines(result.indicators(), "export_products"));
        assertTrue(result.remarks().contains(new Remark(TradeIndices.TOPIC, "Export diversification of KOR's exports "
                + "to KGZ (HS codes) in 2023 not computed: the load folded the codes beyond the ten largest into "
                + "OTHER, and the number of products and their HHI need every code.")), result.remarks().toString());
    }

    @Test
    void eachMissingFigureIsNamed() {
        // one reporter with the World, by a heading only: no total (X_i), no second reporter (x_wk, X_w); no imports
        List<Indicator> in = List.of(
                level("KOR", "WLD", "export", "8542", "2022", "86"), level("KOR", "WLD", "export", "8542", "2023", "90"),
                level("KOR", "KGZ", "export", "TOTAL", "2023", "40"));
        TradeIndices.Result result = TradeIndices.analyse(in);
        assertEquals(List.of("KOR WLD export * 2022 export_products 1 count HS4",
                "KOR WLD export * 2022 hhi 1 ratio HS4",
                "KOR WLD export * 2023 export_products 1 count HS4",
                "KOR WLD export * 2023 hhi 1 ratio HS4"), result.indicators().stream().map(i -> lines(List.of(i),
                i.name()).get(0)).toList());
        assertEquals(List.of(
                "Revealed comparative advantage of KOR (HS 4-digit codes) in 2022–2023 not computed: the input gives "
                        + "its exports to the World by commodity but not in total (X_i).",
                "Revealed comparative advantage (HS 4-digit codes) in 2022–2023 not computed: the World's exports "
                        + "(x_wk, X_w) are the sum over the reporters that give their exports to the World by "
                        + "commodity and in total, and the input gives them for none; at least two are needed.",
                "Trade intensity in 2023 not computed: the input gives no reporter's total exports to the World (X_i, "
                        + "X_w).",
                "Grubel–Lloyd index of KOR–WLD (HS codes) in 2022–2023 not computed: the input gives the pair's "
                        + "exports by commodity but not its imports (M_k).",
                "Trade complementarity in 2022–2023 not computed: it needs one country's exports to the World by "
                        + "commodity (x_jk) and another's imports from the World by commodity (m_ik); the input gives "
                        + "the exports of KOR and no imports."),
                result.remarks().stream().map(Remark::message).toList());
    }

    @Test
    void withoutWorldRowsOrCommoditiesOneRemarkSaysWhatIsMissing() {
        TradeIndices.Result result = TradeIndices.analyse(List.of(level("KGZ", "KOR", "export", "TOTAL", "2022", "31"),
                level("KGZ", "KOR", "import", "TOTAL", "2022", "415")));
        assertEquals(List.of(), result.indicators());
        assertEquals(List.of("Revealed comparative advantage, trade intensity and trade complementarity not computed: "
                        + "they need the reporters' trade with the World (partner WLD), and the input gives none.",
                "Grubel–Lloyd indices, export diversification, revealed comparative advantage and trade "
                        + "complementarity not computed: they need trade by commodity, and the input gives none."),
                result.remarks().stream().map(Remark::message).toList());
        assertEquals(new TradeIndices.Result(List.of(), List.of()), TradeIndices.analyse(List.of()));
    }

    @Test
    void oneReporterWithTheWorldIsNoWorld() {
        List<Indicator> in = List.of(level("KOR", "WLD", "export", "TOTAL", "2023", "1000"),
                level("KOR", "WLD", "export", "84", "2023", "600"), level("KOR", "KAZ", "export", "TOTAL", "2023", "150"));
        List<String> remarks = TradeIndices.analyse(in).remarks().stream().map(Remark::message).toList();
        assertTrue(remarks.contains("Trade intensity in 2023 not computed: the World's exports (x_wj, X_w) are the sum "
                + "over the reporters that give their total exports to the World, and the input gives them for only "
                + "KOR; at least two are needed."), remarks.toString());
        assertTrue(remarks.contains("Revealed comparative advantage (HS 2-digit codes) in 2023 not computed: the "
                + "World's exports (x_wk, X_w) are the sum over the reporters that give their exports to the World by "
                + "commodity and in total, and the input gives them for only KOR; at least two are needed."),
                remarks.toString());
    }

    @Test
    void yearsAreSaidAsSpans() {
        assertEquals("2015–2017 and 2019", IndexRemarks.spans(new java.util.TreeSet<>(List.of(2016, 2015, 2019, 2017))));
        assertEquals("2012, 2015–2016 and 2020", IndexRemarks.spans(new java.util.TreeSet<>(List.of(2012, 2015, 2016,
                2020))));
        assertEquals("2023", IndexRemarks.spans(new java.util.TreeSet<>(List.of(2023))));
    }
}
