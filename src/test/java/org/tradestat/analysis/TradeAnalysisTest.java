package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradestat.analysis.ComparisonsTest.assertAmount;
import static org.tradestat.analysis.ComparisonsTest.assertSignificant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

class TradeAnalysisTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2023, 12, 31);

    private static Figure fig(String flow, String period, String value, Qualifier qualifier) {
        return new Figure(SeriesKey.trade("KGZ", "KOR", flow, "TOTAL"), Period.parse(period), new BigDecimal(value),
                qualifier, null, "test");
    }

    private static Figure fig(String flow, String period, String value) {
        return fig(flow, period, value, Qualifier.EXACT);
    }

    private static List<Figure> seed() {
        return List.of(
                fig("turnover", "2017-H1", "57000000", Qualifier.APPROX),
                fig("turnover", "2022-H1", "63500000", Qualifier.APPROX),
                fig("turnover", "2022", "370000000"));
    }

    private static Indicator find(TradeAnalysis.Result r, String measure, String period, String name) {
        List<Indicator> found = r.indicators().stream().filter(i -> i.series().measure().equals(measure)
                && i.period().equals(period) && i.name().equals(name)).toList();
        assertEquals(1, found.size(), measure + " " + period + " " + name + " in " + describe(r));
        return found.get(0);
    }

    private static boolean has(TradeAnalysis.Result r, String measure, String period, String name) {
        return r.indicators().stream().anyMatch(i -> i.series().measure().equals(measure) && i.period().equals(period)
                && i.name().equals(name));
    }

    private static List<String> describe(TradeAnalysis.Result r) {
        return r.indicators().stream().map(i -> i.series().measure() + " " + i.period() + " " + i.name()
                + (i.basis().isEmpty() ? "" : " vs " + i.basis())).toList();
    }

    private static List<String> warnings(TradeAnalysis.Result r) {
        return r.warnings().stream().map(w -> w.check() + ": " + w.message()).toList();
    }

    // ---- SPEC 9: the seed figures

    @Test
    void seedDerivedSecondHalf() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(seed(), RUN_DATE);
        Indicator h2 = find(r, "turnover", "2022-H2", "level");
        assertAmount("306500000", h2);
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.APPROX), h2.flags(), "flagged derived, and approximate like its H1");
        assertEquals(Unit.USD, h2.unit());
        assertEquals(SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL"), h2.series());
        assertEquals("derived|approx", h2.flagsText());
        assertEquals("306500000", h2.valueText());
        Indicator year = find(r, "turnover", "2022", "level");
        assertAmount("370000000", year);
        assertEquals(Set.of(), year.flags());
        assertEquals(EnumSet.of(Flag.APPROX), find(r, "turnover", "2022-H1", "level").flags());
        assertEquals(EnumSet.of(Flag.APPROX), find(r, "turnover", "2017-H1", "level").flags());
    }

    @Test
    void seedLongComparison() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(seed(), RUN_DATE);
        Indicator abs = find(r, "turnover", "2022-H1", "long_abs");
        assertAmount("6500000", abs);
        assertEquals("2017-H1", abs.basis());
        assertEquals(EnumSet.of(Flag.APPROX), abs.flags());
        Indicator pct = find(r, "turnover", "2022-H1", "long_pct");
        assertEquals("2017-H1", pct.basis());
        assertEquals(Unit.PERCENT, pct.unit());
        assertSignificant((63.5 - 57.0) / 57.0 * 100.0, pct);                   // 11.4035 %
        assertEquals(new BigDecimal("11.4"), pct.value().setScale(1, RoundingMode.HALF_UP), "SPEC 9: +11.4%");
        assertEquals("11.403509", pct.valueText());
        Indicator cagr = find(r, "turnover", "2022-H1", "long_cagr_pct");
        assertEquals("2017-H1", cagr.basis());
        assertEquals(Unit.PERCENT, cagr.unit());
        assertEquals(EnumSet.of(Flag.APPROX), cagr.flags());
        assertSignificant((Math.pow(63.5 / 57.0, 0.2) - 1.0) * 100.0, cagr);    // 2.18331 % a year over 5 years
        assertEquals(new BigDecimal("2.18"), cagr.value().setScale(2, RoundingMode.HALF_UP), "SPEC 9: CAGR 2.18%");
        // Cross-check: the growth rate compounded over five years gives back the 2022-H1 figure.
        double grown = 57_000_000 * Math.pow(1 + cagr.value().doubleValue() / 100, 5);
        assertEquals(63_500_000, grown, 1.0);
    }

    @Test
    void seedSequentialComparison() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(seed(), RUN_DATE);
        Indicator abs = find(r, "turnover", "2022-H2", "seq_abs");
        assertAmount("243000000", abs);
        assertEquals("2022-H1", abs.basis());
        Indicator pct = find(r, "turnover", "2022-H2", "seq_pct");
        assertEquals("2022-H1", pct.basis());
        assertSignificant((306.5 - 63.5) / 63.5 * 100.0, pct);                  // 382.677 %
        assertEquals(new BigDecimal("382.7"), pct.value().setScale(1, RoundingMode.HALF_UP), "SPEC 9: +382.7%");
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.APPROX), pct.flags());
    }

    @Test
    void seedGivesExactlyTheseFiguresAndNoWarning() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(seed(), RUN_DATE);
        assertEquals(List.of(
                "turnover 2017-H1 level",
                "turnover 2022 level",
                "turnover 2022-H1 level",
                "turnover 2022-H1 long_abs vs 2017-H1",
                "turnover 2022-H1 long_pct vs 2017-H1",
                "turnover 2022-H1 long_cagr_pct vs 2017-H1",
                "turnover 2022-H2 level",
                "turnover 2022-H2 seq_abs vs 2022-H1",
                "turnover 2022-H2 seq_pct vs 2022-H1"), describe(r));
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void nothingInNothingOut() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(), RUN_DATE);
        assertEquals(List.of(), r.indicators());
        assertEquals(List.of(), r.warnings());
    }

    // ---- SPEC 4: turnover, balance, coverage, normalized balance

    @Test
    void turnoverBalanceCoverageAndNormalizedBalance() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2022", "50000000"),
                fig("import", "2022", "320000000")), RUN_DATE);
        assertAmount("50000000", find(r, "export", "2022", "level"));
        assertAmount("320000000", find(r, "import", "2022", "level"));
        Indicator turnover = find(r, "turnover", "2022", "level");
        assertAmount("370000000", turnover);
        assertEquals(Set.of(), turnover.flags(), "export + import of reported figures is not derived");
        assertAmount("-270000000", find(r, "balance", "2022", "level"));
        Indicator coverage = find(r, "coverage", "2022", "level");
        assertAmount("0.15625", coverage);                                  // 50 / 320
        assertEquals(Unit.RATIO, coverage.unit());
        Indicator normalized = find(r, "normalized_balance", "2022", "level");
        assertEquals(Unit.RATIO, normalized.unit());
        assertEquals(0, new BigDecimal("-270").divide(new BigDecimal("370"), MathContext.DECIMAL64)
                .compareTo(normalized.value()));
        assertEquals(-27.0 / 37.0, normalized.value().doubleValue(), 1e-15);
        assertEquals("-0.72973", normalized.valueText());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void normalizedBalanceStaysWithinMinusOneAndOne() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2021", "0"), fig("import", "2021", "10"),
                fig("export", "2022", "10"), fig("import", "2022", "0"),
                fig("export", "2023", "0"), fig("import", "2023", "0")), RUN_DATE);
        assertAmount("-1", find(r, "normalized_balance", "2021", "level"));
        assertAmount("1", find(r, "normalized_balance", "2022", "level"));
        assertAmount("0", find(r, "coverage", "2021", "level"));
        assertTrue(!has(r, "coverage", "2022", "level"), "no coverage ratio with zero imports");
        assertTrue(!has(r, "normalized_balance", "2023", "level"), "nothing from a zero turnover");
        assertAmount("0", find(r, "balance", "2023", "level"));
    }

    @Test
    void balanceAndCoverageComparisons() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2021", "40"), fig("import", "2021", "60"),
                fig("export", "2022", "45"), fig("import", "2022", "40")), RUN_DATE);
        assertAmount("-20", find(r, "balance", "2021", "level"));
        assertAmount("5", find(r, "balance", "2022", "level"));
        assertAmount("25", find(r, "balance", "2022", "yoy_abs"));
        assertTrue(!has(r, "balance", "2022", "yoy_pct"), "a deficit that turns into a surplus has no percentage change");
        assertAmount("1.125", find(r, "coverage", "2022", "level"));
        assertAmount("-15", find(r, "turnover", "2022", "yoy_abs"));
    }

    @Test
    void theChangeOfADeficitIsAnAmountOnlyInEveryComparison() {
        // README's deficit of US$ 2,189.9 million (2020) that became 2,151.4 million (2022), 2,300.0 in 2021
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2020", "310100000"), fig("import", "2020", "2500000000"),
                fig("export", "2021", "200000000"), fig("import", "2021", "2500000000"),
                fig("export", "2022", "348600000"), fig("import", "2022", "2500000000")), RUN_DATE);
        assertAmount("-2189900000", find(r, "balance", "2020", "level"));
        assertAmount("-2151400000", find(r, "balance", "2022", "level"));
        // narrowed by 38.5 million over two years; widened by 110.1 million, then narrowed by 148.6 million
        assertAmount("38500000", find(r, "balance", "2022", "long_abs"));
        assertAmount("-110100000", find(r, "balance", "2021", "yoy_abs"));
        assertAmount("148600000", find(r, "balance", "2022", "yoy_abs"));
        // divided by the negative base, 38.5 / −2,189.9 would read −1.8% for a deficit that narrowed: none is given
        for (String name : List.of("yoy_pct", "long_pct", "long_cagr_pct")) {
            assertTrue(r.indicators().stream().noneMatch(i -> i.series().measure().equals("balance")
                    && i.name().equals(name)), name + " of a deficit in " + describe(r));
        }
        // the flows themselves, positive, keep their percentages: imports flat (0%), exports +12.4% over two years
        assertAmount("0", find(r, "import", "2022", "long_pct"));
        assertSignificant(12.4153499, find(r, "export", "2022", "long_pct")); // 38.5 / 310.1
        assertTrue(Comparisons.hasPercentChange(new BigDecimal("310100000"), new BigDecimal("348600000")));
        assertTrue(!Comparisons.hasPercentChange(new BigDecimal("-2189900000"), new BigDecimal("-2151400000")));
    }

    @Test
    void aTurnoverRowFillsPeriodsWithoutASplit() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("turnover", "2021", "300"),
                fig("export", "2022", "100"), fig("import", "2022", "250")), RUN_DATE);
        assertAmount("300", find(r, "turnover", "2021", "level"));
        assertAmount("350", find(r, "turnover", "2022", "level"));
        assertAmount("50", find(r, "turnover", "2022", "yoy_abs"));
        assertTrue(!has(r, "balance", "2021", "level"));
    }

    @Test
    void exportPlusImportIsUsedWhenBothAreReportedEvenBesideAReportedTurnover() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("turnover", "2022", "201"),
                fig("export", "2022", "100"), fig("import", "2022", "100")), RUN_DATE);
        assertAmount("200", find(r, "turnover", "2022", "level"));
        assertEquals(List.of(), r.warnings(), "201 is exactly 0.5% above 200: not more than 0.5%");
    }

    @Test
    void turnoverDifferingFromExportPlusImportByMoreThanHalfAPercent() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("turnover", "2022", "201.01"),
                fig("export", "2022", "100"), fig("import", "2022", "100"),
                fig("turnover", "2021", "198.99"),
                fig("export", "2021", "100"), fig("import", "2021", "100")), RUN_DATE);
        assertEquals(List.of(
                "turnover differs from export + import: KGZ–KOR 2021: reported turnover 198.99, export + import 200",
                "turnover differs from export + import: KGZ–KOR 2022: reported turnover 201.01, export + import 200"),
                warnings(r));
    }

    @Test
    void aReportedTurnoverBeatsADerivedSum() {
        // Export and import are known by half only: their year sums are derived, the reported year turnover wins.
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("turnover", "2022", "370"),
                fig("export", "2022-H1", "30"), fig("export", "2022-H2", "20"),
                fig("import", "2022-H1", "150"), fig("import", "2022-H2", "160")), RUN_DATE);
        Indicator year = find(r, "turnover", "2022", "level");
        assertAmount("370", year);
        assertEquals(Set.of(), year.flags());
        Indicator exportYear = find(r, "export", "2022", "level");
        assertAmount("50", exportYear);
        assertEquals(EnumSet.of(Flag.DERIVED), exportYear.flags());
        assertAmount("180", find(r, "turnover", "2022-H1", "level"));
        assertAmount("180", find(r, "turnover", "2022-H2", "level"));
        assertEquals(Set.of(), find(r, "turnover", "2022-H1", "level").flags());
        assertEquals(EnumSet.of(Flag.DERIVED), find(r, "balance", "2022", "level").flags());
        assertAmount("-260", find(r, "balance", "2022", "level"));
        assertEquals(List.of(), r.warnings(), "no 0.5% check against a derived sum");
    }

    @Test
    void aDerivedSumReplacesADerivedTurnover() {
        // 2022-H2 turnover would be derived as year minus H1 = 300; export + import of H2 are reported: 290 wins.
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("turnover", "2022", "370"), fig("turnover", "2022-H1", "70"),
                fig("export", "2022-H2", "90"), fig("import", "2022-H2", "200")), RUN_DATE);
        Indicator h2 = find(r, "turnover", "2022-H2", "level");
        assertAmount("290", h2);
        assertEquals(Set.of(), h2.flags());
    }

    @Test
    void yearFromHalvesQuartersOrMonths() {
        List<Figure> figures = new ArrayList<>(List.of(
                fig("export", "2020-H1", "10"), fig("export", "2020-H2", "15"),
                fig("export", "2021-Q1", "1"), fig("export", "2021-Q2", "2"), fig("export", "2021-Q3", "3"),
                fig("export", "2021-Q4", "4")));
        for (int m = 1; m <= 12; m++) {
            figures.add(fig("export", String.format("2022-%02d", m), "0.5"));
        }
        TradeAnalysis.Result r = TradeAnalysis.analyse(figures, RUN_DATE);
        assertAmount("25", find(r, "export", "2020", "level"));
        assertAmount("10", find(r, "export", "2021", "level"));
        assertAmount("3", find(r, "export", "2021-H1", "level"));
        assertAmount("7", find(r, "export", "2021-H2", "level"));
        assertAmount("6", find(r, "export", "2022", "level"));
        assertAmount("3", find(r, "export", "2022-H2", "level"));
        assertEquals(EnumSet.of(Flag.DERIVED), find(r, "export", "2022", "level").flags());
        assertAmount("-4", find(r, "export", "2022", "yoy_abs"));
        assertAmount("-19", find(r, "export", "2022", "long_abs"));
        assertEquals("2020", find(r, "export", "2022", "long_abs").basis());
    }

    // ---- the as-of rule

    @Test
    void periodsEndingAfterTheRunDateAreNotUsed() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(seed(), LocalDate.of(2022, 6, 29));
        assertEquals(List.of("turnover 2017-H1 level"), describe(r));
    }

    @Test
    void aPeriodEndingOnTheRunDateIsUsed() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(seed(), LocalDate.of(2022, 6, 30));
        assertTrue(has(r, "turnover", "2022-H1", "level"));
        assertTrue(has(r, "turnover", "2022-H1", "long_cagr_pct"));
        assertTrue(!has(r, "turnover", "2022", "level"), "2022 had not ended");
        assertTrue(!has(r, "turnover", "2022-H2", "level"), "so no second half is derived from it");
    }

    @Test
    void theYearEndsOnItsLastDay() {
        assertTrue(!has(TradeAnalysis.analyse(seed(), LocalDate.of(2022, 12, 30)), "turnover", "2022-H2", "level"));
        assertTrue(has(TradeAnalysis.analyse(seed(), LocalDate.of(2022, 12, 31)), "turnover", "2022-H2", "level"));
    }

    // ---- consistency warnings

    @Test
    void aJumpByMoreThanAFactorOfTenIsAWarning() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2019", "10"), fig("export", "2020", "100"), fig("export", "2021", "1000.01"),
                fig("export", "2022", "100.001"), fig("export", "2023", "10.0001")), RUN_DATE);
        assertEquals(List.of("jump: KGZ–KOR export: 100 in 2020 then 1000.01 in 2021, a change by more than a factor of 10"),
                warnings(r), "exactly ten times (2019 to 2020 up, 2022 to 2023 down) is not more than ten times");
    }

    @Test
    void aFallByMoreThanAFactorOfTenIsAWarning() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("import", "2022-Q1", "1000"), fig("import", "2022-Q2", "99")), RUN_DATE);
        assertEquals(List.of("jump: KGZ–KOR import: 1000 in 2022-Q1 then 99 in 2022-Q2, a change by more than a factor of 10"),
                warnings(r));
    }

    @Test
    void jumpsFromOrToZeroAreNotFactorChanges() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2020", "0"), fig("export", "2021", "1000"), fig("export", "2022", "0")), RUN_DATE);
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void topLevelCommoditiesStandInForAMissingAllGoodsFigure() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                cfig("export", "2021", "27", "10"), cfig("export", "2021", "87", "20"), cfig("export", "2021", "8703", "15"),
                cfig("export", "2022", "TOTAL", "100"), cfig("export", "2022", "27", "40")), RUN_DATE);
        Indicator derivedTotal = find(r, "export", "2021", "level", "TOTAL");
        assertAmount("30", derivedTotal);                       // 27 + 87; 8703 is inside 87 and is not added again
        assertEquals(EnumSet.of(Flag.DERIVED), derivedTotal.flags());
        Indicator reportedTotal = find(r, "export", "2022", "level", "TOTAL");
        assertAmount("100", reportedTotal);
        assertEquals(Set.of(), reportedTotal.flags());
        assertAmount("70", find(r, "export", "2022", "yoy_abs", "TOTAL"));
        assertAmount("15", find(r, "export", "2021", "level", "8703"));
        assertAmount("40", find(r, "export", "2022", "level", "27"));
        assertEquals(Set.of(), find(r, "export", "2022", "level", "27").flags());
    }

    // ---- SPEC 2.6: re-exports and re-imports

    @Test
    void reExportsCountAsExportsOnlyWhereThereIsNoPlainExport() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                cfig("export", "2022", "TOTAL", "100"), cfig("re_export", "2022", "TOTAL", "7"),
                cfig("re_export", "2021", "TOTAL", "5"),
                cfig("import", "2021", "TOTAL", "40"), cfig("re_import", "2021", "TOTAL", "3"),
                cfig("re_import", "2022", "TOTAL", "2")), RUN_DATE);
        Indicator plain = find(r, "export", "2022", "level", "TOTAL");
        assertAmount("100", plain);                              // not 107: the re-export is not added
        assertEquals(Set.of(), plain.flags());
        Indicator standIn = find(r, "export", "2021", "level", "TOTAL");
        assertAmount("5", standIn);
        assertEquals(EnumSet.of(Flag.DERIVED), standIn.flags());
        assertAmount("40", find(r, "import", "2021", "level", "TOTAL"));
        assertAmount("2", find(r, "import", "2022", "level", "TOTAL"));
        assertAmount("45", find(r, "turnover", "2021", "level", "TOTAL"));
        assertEquals(EnumSet.of(Flag.DERIVED), find(r, "turnover", "2022", "level", "TOTAL").flags());
        assertAmount("57", find(r, "turnover", "2022", "yoy_abs", "TOTAL")); // 102 - 45
    }

    /** A commodity's year gets the levels the Trade sheet shows for it: 2023 from its halves, 300 out and 400 in. */
    @Test
    void aCommodityYearWithBothFlowsHasTurnoverBalanceCoverageAndNormalizedBalance() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                cfig("export", "2023-H1", "27", "100"), cfig("export", "2023-H2", "27", "200"),
                cfig("import", "2023-H1", "27", "150"), cfig("import", "2023-H2", "27", "250"),
                cfig("export", "2023", "85", "50")), RUN_DATE);
        assertEquals(0, new BigDecimal("700").compareTo(find(r, "turnover", "2023", "level", "27").value()));
        assertEquals(0, new BigDecimal("-100").compareTo(find(r, "balance", "2023", "level", "27").value()));
        assertEquals(0.75, find(r, "coverage", "2023", "level", "27").value().doubleValue(), 1e-12);
        // (300 - 400) / (300 + 400)
        assertEquals(-1.0 / 7, find(r, "normalized_balance", "2023", "level", "27").value().doubleValue(), 1e-12);
        assertTrue(find(r, "balance", "2023", "level", "27").flags().contains(Flag.DERIVED), "a year from halves");
        // HS 85 has exports only: no balance, as for all goods
        assertTrue(r.indicators().stream().noneMatch(i -> i.series().commodity().equals("85")
                && i.series().measure().equals("balance")));
    }

    @Test
    void plainCommodityRowsBeatAReExportTotal() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                cfig("export", "2022", "27", "30"), cfig("re_export", "2022", "84", "4"),
                cfig("re_export", "2022", "TOTAL", "90")), RUN_DATE);
        // 27 has a plain export; 84 only a re-export, which stands in for it: 30 + 4, never the re-export total
        Indicator total = find(r, "export", "2022", "level", "TOTAL");
        assertAmount("34", total);
        assertEquals(EnumSet.of(Flag.DERIVED), total.flags());
        assertAmount("4", find(r, "export", "2022", "level", "84"));
        assertEquals(EnumSet.of(Flag.DERIVED), find(r, "export", "2022", "level", "84").flags());
        assertTrue(r.indicators().stream().noneMatch(i -> i.series().measure().startsWith("re_")),
                "re_export and re_import are not measures of the outputs");
    }

    private static Figure cfig(String flow, String period, String commodity, String value) {
        return new Figure(SeriesKey.trade("KOR", "KAZ", flow, commodity), Period.parse(period), new BigDecimal(value),
                Qualifier.EXACT, null, "");
    }

    private static Indicator find(TradeAnalysis.Result r, String measure, String period, String name, String commodity) {
        List<Indicator> found = r.indicators().stream().filter(i -> i.series().measure().equals(measure)
                && i.period().equals(period) && i.name().equals(name) && i.series().commodity().equals(commodity)).toList();
        assertEquals(1, found.size(), measure + " " + commodity + " " + period + " " + name + " in " + describe(r));
        return found.get(0);
    }

    @Test
    void partsExceedingTheYearIsAWarning() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("export", "2022", "100"), fig("export", "2022-H1", "60"), fig("export", "2022-H2", "50")), RUN_DATE);
        assertEquals(List.of("parts exceed year: KGZ–KOR export: 2 reported halves of 2022 add up to 110,"
                + " more than the reported year 100"), warnings(r));
        assertAmount("100", find(r, "export", "2022", "level"));
        assertAmount("50", find(r, "export", "2022-H2", "level"));
    }

    // ---- qualifiers through the analysis

    @Test
    void qualifiersOfDerivedFiguresAndBalances() {
        TradeAnalysis.Result r = TradeAnalysis.analyse(List.of(
                fig("turnover", "2022", "370", Qualifier.AT_LEAST), fig("turnover", "2022-H1", "63.5"),
                fig("turnover", "2021", "300"), fig("turnover", "2021-H1", "100", Qualifier.AT_LEAST),
                fig("export", "2020", "50", Qualifier.AT_LEAST), fig("import", "2020", "20")), RUN_DATE);
        Indicator h2 = find(r, "turnover", "2022-H2", "level");
        assertAmount("306.5", h2);
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.AT_LEAST), h2.flags(), "at_least minus exact is at_least");
        Indicator h2Before = find(r, "turnover", "2021-H2", "level");
        assertAmount("200", h2Before);
        assertEquals(EnumSet.of(Flag.DERIVED, Flag.AT_MOST), h2Before.flags(), "exact minus at_least is at_most");
        assertEquals(EnumSet.of(Flag.AT_LEAST), find(r, "balance", "2020", "level").flags());
        assertEquals(EnumSet.of(Flag.AT_LEAST), find(r, "turnover", "2020", "level").flags());
        assertEquals(EnumSet.of(Flag.AT_LEAST), find(r, "coverage", "2020", "level").flags());
        assertAmount("2.5", find(r, "coverage", "2020", "level"));
    }
}
