package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class MirrorCheckTest {

    private static Indicator level(String reporter, String partner, String flow, String period, String usd, Flag... flags) {
        return level(reporter, partner, flow, "TOTAL", period, usd, flags);
    }

    private static Indicator level(String reporter, String partner, String flow, String commodity, String period,
                                   String usd, Flag... flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, flow, commodity), period, "level",
                new BigDecimal(usd), Unit.USD, "", Set.of(flags));
    }

    /** reporter, partner, measure, commodity, period, indicator, value as indicators.csv writes it, basis, flags. */
    private static List<String> lines(List<Indicator> indicators) {
        return indicators.stream().map(i -> String.join(" ", i.series().reporter(), i.series().partner(),
                i.series().measure(), i.series().commodity(), i.period(), i.name(), i.valueText(), i.basis(),
                i.flagsText()).trim()).toList();
    }

    @Test
    void importsReportedByThePartnerAreComparedWithTheExportsBothWays() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "export", "2022", "100"),
                level("KOR", "KAZ", "import", "2022", "120")));

        // KAZ's export: (120 - 100) / 100 = +20%; KOR's import: (100 - 120) / 120 = -16.67%
        assertEquals(List.of(
                "KAZ KOR export TOTAL 2022 mirror_gap_pct 20 KOR",
                "KOR KAZ import TOTAL 2022 mirror_gap_pct -16.666667 KAZ"), lines(result.indicators()));
        Indicator export = result.indicators().get(0);
        assertEquals(new SeriesKey(Dataset.TRADE, "KAZ", "KOR", "export", "TOTAL"), export.series());
        assertEquals(Unit.PERCENT, export.unit());
        assertEquals(0, new BigDecimal("20").compareTo(export.value()));
        assertEquals(new BigDecimal("-16.66666666666667"), result.indicators().get(1).value());
        // one flow of goods, one warning
        assertEquals(List.of(new QualityWarning("mirror gap", "KAZ reports exports to KOR of US$ 100 and KOR imports"
                + " from KAZ of US$ 120 (2022): a mirror gap of +20.0% on the exporter's figure")), result.warnings());
    }

    @Test
    void aGapOfTenPercentOrLessIsNoWarning() {
        MirrorCheck.Result tenPercent = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "export", "2022", "1000"),
                level("KOR", "KAZ", "import", "2022", "1100")));
        assertEquals(0, new BigDecimal("10").compareTo(tenPercent.indicators().get(0).value()));
        assertEquals(List.of(), tenPercent.warnings());

        MirrorCheck.Result tenPointOne = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "export", "2022", "1000"),
                level("KOR", "KAZ", "import", "2022", "1101")));
        assertEquals(1, tenPointOne.warnings().size());
        assertEquals("KAZ reports exports to KOR of US$ 1,000 and KOR imports from KAZ of US$ 1,101 (2022): a mirror gap"
                + " of +10.1% on the exporter's figure", tenPointOne.warnings().get(0).message());
    }

    @Test
    void importsBelowTheExportsGiveANegativeGap() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("KGZ", "KOR", "export", "27", "2021-H1", "200"),
                level("KOR", "KGZ", "import", "27", "2021-H1", "150")));

        // (150 - 200) / 200 = -25%; (200 - 150) / 150 = +33.33%
        assertEquals(List.of(
                "KGZ KOR export 27 2021-H1 mirror_gap_pct -25 KOR",
                "KOR KGZ import 27 2021-H1 mirror_gap_pct 33.333333 KGZ"), lines(result.indicators()));
        assertEquals(List.of(new QualityWarning("mirror gap", "KGZ reports exports to KOR of US$ 200 and KOR imports"
                + " from KGZ of US$ 150 (commodity 27, 2021-H1): a mirror gap of -25.0% on the exporter's figure")),
                result.warnings());
    }

    @Test
    void onlyTheSamePeriodAndCommodityAreCompared() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "export", "2022", "100"),
                level("KOR", "KAZ", "import", "2022-H1", "50"),
                level("KOR", "KAZ", "import", "27", "2022", "90"),
                level("KOR", "KAZ", "export", "2022", "70"), // needs KAZ's import from KOR, which is missing
                level("KOR", "UZB", "import", "2022", "70"))); // needs UZB's export to KOR

        assertEquals(List.of(), result.indicators());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void goodsGoingEachWayAreCheckedSeparately() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("KOR", "KAZ", "import", "2022", "105"),
                level("KAZ", "KOR", "import", "2022", "400"),
                level("KOR", "KAZ", "export", "2022", "500"),
                level("KAZ", "KOR", "export", "2022", "100")));

        // goods KAZ -> KOR: (105 - 100) / 100 = +5%, (100 - 105) / 105 = -4.76%
        // goods KOR -> KAZ: (400 - 500) / 500 = -20%, (500 - 400) / 400 = +25%
        assertEquals(List.of(
                "KAZ KOR export TOTAL 2022 mirror_gap_pct 5 KOR",
                "KAZ KOR import TOTAL 2022 mirror_gap_pct 25 KOR",
                "KOR KAZ export TOTAL 2022 mirror_gap_pct -20 KAZ",
                "KOR KAZ import TOTAL 2022 mirror_gap_pct -4.761905 KAZ"), lines(result.indicators()));
        assertEquals(1, result.warnings().size());
        assertEquals("KOR reports exports to KAZ of US$ 500 and KAZ imports from KOR of US$ 400 (2022): a mirror gap"
                + " of -20.0% on the exporter's figure", result.warnings().get(0).message());
    }

    @Test
    void noExportsAgainstSomeImportsHasNoPercentageButAWarning() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("TJK", "KOR", "export", "2020", "0"),
                level("KOR", "TJK", "import", "2020", "50")));

        // (0 - 50) / 50 = -100% on the importer's figure; none on a zero export
        assertEquals(List.of("KOR TJK import TOTAL 2020 mirror_gap_pct -100 TJK"), lines(result.indicators()));
        assertEquals(List.of(new QualityWarning("mirror gap", "TJK reports exports to KOR of US$ 0 and KOR imports"
                + " from TJK of US$ 50 (2020): the importer reports goods the exporter does not")), result.warnings());
    }

    @Test
    void flagsFollowTheDirectionOfEachFigure() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "export", "2022", "100"),
                level("KOR", "KAZ", "import", "2022", "104", Flag.AT_LEAST, Flag.DERIVED)));

        // import / export - 1 grows with the import: at least; export / import - 1 shrinks with it: at most
        assertEquals(Set.of(Flag.AT_LEAST, Flag.DERIVED), result.indicators().get(0).flags());
        assertEquals(Set.of(Flag.AT_MOST, Flag.DERIVED), result.indicators().get(1).flags());

        MirrorCheck.Result approx = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "export", "2022", "100", Flag.APPROX),
                level("KOR", "KAZ", "import", "2022", "104")));
        assertEquals(Set.of(Flag.APPROX), approx.indicators().get(0).flags());
        assertEquals(Set.of(Flag.APPROX), approx.indicators().get(1).flags());
    }

    @Test
    void turnoverAndChangeIndicatorsAreNotMirrored() {
        MirrorCheck.Result result = MirrorCheck.analyse(List.of(
                level("KAZ", "KOR", "turnover", "2022", "100"),
                level("KOR", "KAZ", "turnover", "2022", "300"),
                new Indicator(SeriesKey.trade("KAZ", "KOR", "export", "TOTAL"), "2022", "yoy_abs",
                        BigDecimal.TEN, Unit.USD, "2021", Set.of()),
                new Indicator(SeriesKey.trade("KOR", "KAZ", "import", "TOTAL"), "2022", "yoy_abs",
                        BigDecimal.ONE, Unit.USD, "2021", Set.of())));

        assertEquals(List.of(), result.indicators());
        assertEquals(List.of(), result.warnings());
    }

    /** Reporter by reporter (as the job does, to hold one reporter's levels at a time), in order: the same as at once. */
    @Test
    void reporterByReporterTheGapsAndWarningsAreThoseOfAllReportersAtOnce() {
        List<Indicator> levels = List.of(
                level("KAZ", "KOR", "export", "2022", "100"),
                level("KOR", "KAZ", "import", "2022", "150"),
                level("KOR", "KAZ", "export", "2022", "80"),
                level("KAZ", "KOR", "import", "2022", "60"),
                level("UZB", "KOR", "export", "2022-07", "10"),
                level("KOR", "UZB", "import", "2022-07", "0"),
                level("KOR", "UZB", "export", "27", "2022", "5"),
                level("UZB", "KOR", "import", "27", "2022", "50"));
        MirrorCheck.Result all = MirrorCheck.analyse(levels);
        List<Indicator> indicators = new java.util.ArrayList<>();
        List<QualityWarning> warnings = new java.util.ArrayList<>();
        for (String reporter : List.of("KAZ", "KOR", "UZB")) {
            List<Indicator> feed = levels.stream().filter(i -> i.series().reporter().equals(reporter)
                    || i.series().partner().equals(reporter)).toList();
            MirrorCheck.Result one = MirrorCheck.analyse(feed, reporter::equals);
            indicators.addAll(one.indicators());
            warnings.addAll(one.warnings());
        }
        assertEquals(7, all.indicators().size());
        assertEquals(all.indicators(), indicators);
        assertEquals(4, all.warnings().size());
        assertEquals(all.warnings(), warnings);
    }
}
