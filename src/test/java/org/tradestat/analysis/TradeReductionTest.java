package org.tradestat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/** What the load keeps of a pair's commodity detail, and that the analysis gives the same figures on it. */
class TradeReductionTest {

    private static Figure figure(String flow, String commodity, Period period, long usd) {
        return new Figure(SeriesKey.trade("KOR", "KAZ", flow, commodity), period, BigDecimal.valueOf(usd),
                Qualifier.EXACT, null, "test");
    }

    /** Twelve chapters by month in 2023: chapter c exports c * 1,000 USD a month, imports 100 USD a month. */
    private static List<Figure> twelveChaptersByMonth() {
        List<Figure> figures = new ArrayList<>();
        for (int chapter = 1; chapter <= 12; chapter++) {
            for (int month = 1; month <= 12; month++) {
                String code = String.format("%02d", chapter);
                figures.add(figure("export", code, Period.month(2023, month), chapter * 1000L));
                figures.add(figure("import", code, Period.month(2023, month), 100L));
            }
        }
        return figures;
    }

    private static Optional<Figure> find(List<Figure> figures, String flow, String commodity, Period period) {
        return figures.stream().filter(f -> f.series().measure().equals(flow)
                && f.series().commodity().equals(commodity) && f.period().equals(period)).findFirst();
    }

    @Test
    void keepsTheTenLargestCommoditiesAndSumsTheRestAsOther() {
        List<Figure> kept = TradeAnalysis.reduce(twelveChaptersByMonth());
        Period year = Period.year(2023);
        // chapter 12 exports 12 * 1,000 * 12 months
        assertThat(find(kept, "export", "12", year).orElseThrow().value()).isEqualByComparingTo("144000");
        assertThat(find(kept, "export", "03", year)).isPresent();
        // the two smallest, chapters 01 and 02: (1,000 + 2,000) * 12 exports and 2 * 100 * 12 imports
        assertThat(find(kept, "export", "01", year)).isEmpty();
        Figure other = find(kept, "export", CommodityCode.OTHER, year).orElseThrow();
        assertThat(other.value()).isEqualByComparingTo("36000");
        assertThat(other.derived()).isTrue();
        assertThat(find(kept, "import", CommodityCode.OTHER, year).orElseThrow().value())
                .isEqualByComparingTo("2400");
        // the all-goods months are summed from the chapters: (1 + ... + 12) * 1,000 exports in January
        Figure january = find(kept, "export", SeriesKey.ALL_GOODS, Period.month(2023, 1)).orElseThrow();
        assertThat(january.value()).isEqualByComparingTo("78000");
        assertThat(january.derived()).isTrue();
        assertThat(kept.stream().filter(f -> f.period().kind() == org.tradestat.period.PeriodKind.MONTH
                && !f.series().commodity().equals(SeriesKey.ALL_GOODS))).as("no monthly commodity rows").isEmpty();
    }

    @Test
    void theAnalysisOfTheReducedFiguresGivesTheSameAllGoodsSeries() {
        List<Figure> all = twelveChaptersByMonth();
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        List<Indicator> direct = TradeAnalysis.analyse(all, asOf).indicators().stream()
                .filter(i -> i.series().commodity().equals(SeriesKey.ALL_GOODS)).toList();
        List<Indicator> reduced = TradeAnalysis.analyse(TradeAnalysis.reduce(all), asOf).indicators().stream()
                .filter(i -> i.series().commodity().equals(SeriesKey.ALL_GOODS)).toList();
        assertThat(reduced).isEqualTo(direct);
        assertThat(direct).anySatisfy(i -> {
            assertThat(i.period()).isEqualTo("2023");
            assertThat(i.series().measure()).isEqualTo("turnover");
            assertThat(i.value()).isEqualByComparingTo(BigDecimal.valueOf(78000 * 12 + 1200 * 12));
        });
    }

    @Test
    void concentrationWithARemainderIsAnUpperBoundWithoutNormalizedForm() {
        List<Figure> kept = TradeAnalysis.reduce(twelveChaptersByMonth());
        List<Indicator> levels = TradeAnalysis.analyse(kept, LocalDate.of(2024, 6, 30)).indicators().stream()
                .filter(i -> i.name().equals("level")).toList();
        List<Indicator> hhi = Concentration.analyse(levels).stream()
                .filter(i -> i.series().commodity().equals("*")).toList();
        assertThat(hhi).extracting(Indicator::name).containsExactly("hhi");
        assertThat(hhi.get(0).flags()).contains(Flag.AT_MOST);
        // turnover shares: chapter c is 12 * (1,000c + 100); OTHER is chapters 1 and 2 together
        double total = 0;
        double squares = 0;
        double other = 12 * (1100 + 2100);
        for (int c = 3; c <= 12; c++) {
            double v = 12 * (1000.0 * c + 100);
            total += v;
            squares += v * v;
        }
        total += other;
        squares += other * other;
        assertThat(hhi.get(0).value().doubleValue()).isCloseTo(squares / (total * total),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    private static List<Indicator> levels(List<Figure> figures, String measure, String commodity) {
        return TradeAnalysis.analyse(TradeAnalysis.reduce(figures), LocalDate.of(2024, 12, 31)).indicators().stream()
                .filter(i -> i.name().equals("level") && i.series().measure().equals(measure)
                        && i.series().commodity().equals(commodity)).toList();
    }

    @Test
    void theKeptCommoditiesAreChosenOnceOverTheWholeSpanSoThatEachKeptSeriesIsComplete() {
        // twelve chapters 2015-2018; chapter 61 is the 10th largest over the span but the 11th in 2016
        List<Figure> figures = new ArrayList<>();
        for (int year = 2015; year <= 2018; year++) {
            for (int chapter = 1; chapter <= 11; chapter++) {
                figures.add(figure("export", String.format("%02d", chapter + 10), Period.year(year), chapter * 1000L));
            }
            figures.add(figure("export", "61", Period.year(year), year == 2016 ? 1500L : 9000L));
        }
        // over the span: 61 has 28,500, chapters 11 and 12 (1,000 and 2,000 a year) 4,000 and 8,000
        for (int year = 2015; year <= 2018; year++) {
            Period y = Period.year(year);
            assertThat(find(TradeAnalysis.reduce(figures), "export", "61", y)).as("61 in " + year).isPresent();
            assertThat(find(TradeAnalysis.reduce(figures), "export", "11", y)).as("11 folded in " + year).isEmpty();
            assertThat(find(TradeAnalysis.reduce(figures), "export", CommodityCode.OTHER, y).orElseThrow().value())
                    .isEqualByComparingTo("3000");
        }
        assertThat(levels(figures, "export", "61")).extracting(Indicator::period)
                .containsExactly("2015", "2016", "2017", "2018");
    }

    @Test
    void noAllGoodsFigureFromHeadingsOrSubheadings() {
        // a download of one heading (integrated circuits) and one of two subheadings: commodity figures only
        List<Figure> figures = List.of(figure("import", "8542", Period.year(2022), 700L),
                figure("import", "8542", Period.year(2023), 800L),
                figure("export", "252310", Period.year(2023), 50L), figure("export", "871200", Period.year(2023), 60L));
        List<Figure> kept = TradeAnalysis.reduce(figures);
        assertThat(kept).noneMatch(f -> f.series().commodity().equals(SeriesKey.ALL_GOODS));
        List<Indicator> indicators = TradeAnalysis.analyse(kept, LocalDate.of(2024, 12, 31)).indicators();
        assertThat(indicators).noneMatch(i -> i.series().commodity().equals(SeriesKey.ALL_GOODS));
        assertThat(levels(figures, "import", "8542")).extracting(i -> i.value().longValue()).containsExactly(700L, 800L);
    }

    @Test
    void hsAndSitcCodesAreNeverAddedTogether() {
        // HS 84 (machinery) and SITC 84 (apparel) for the same pair and year, no TOTAL row
        List<Figure> figures = List.of(figure("export", "84", Period.year(2023), 100L),
                figure("export", "52", Period.year(2023), 20L),
                figure("export", "SITC:84", Period.year(2023), 7L), figure("export", "SITC:65", Period.year(2023), 3L));
        assertThat(levels(figures, "export", SeriesKey.ALL_GOODS)).singleElement()
                .satisfies(i -> assertThat(i.value()).as("the HS chapters only").isEqualByComparingTo("120"));
        assertThat(levels(figures, "export", "SITC:84")).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualByComparingTo("7"));
        assertThat(levels(figures, "export", "84")).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualByComparingTo("100"));
        // without HS, the SITC sections stand for all goods; divisions only where no section is given
        List<Figure> sitc = List.of(figure("export", "SITC:8", Period.year(2023), 40L),
                figure("export", "SITC:0", Period.year(2023), 2L), figure("export", "SITC:84", Period.year(2023), 7L));
        assertThat(levels(sitc, "export", SeriesKey.ALL_GOODS)).singleElement()
                .satisfies(i -> assertThat(i.value()).isEqualByComparingTo("42"));
    }

    @Test
    void aTurnoverGivenOnlyAsAllGoodsBesideCommodityDetailIsKept() {
        // one file gives the pair's turnover for a year and its first half, another its exports by chapter: the
        // second half is derived from the turnover rows, which have no commodity line to take the source from
        List<Figure> figures = new ArrayList<>(List.of(figure("turnover", SeriesKey.ALL_GOODS, Period.year(2022), 370L),
                figure("turnover", SeriesKey.ALL_GOODS, Period.half(2022, 1), 63L)));
        figures.add(figure("export", "27", Period.year(2022), 5L));
        List<Figure> kept = TradeAnalysis.reduce(figures);
        assertThat(find(kept, "turnover", SeriesKey.ALL_GOODS, Period.half(2022, 2)).orElseThrow().value())
                .isEqualByComparingTo("307");
    }
}
