package org.tradestat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.chart.FlaggedBarRenderer.LabelMode;
import org.tradestat.report.model.Level;

class ChartPartsTest {

    @Test
    void coloursOfNearLightnessDifferByDotsInABlackAndWhitePrint() {
        // dark blue (about 22% grey) and plum (about 33%) look alike in greyscale: plum's bars carry white dots
        java.awt.Color darkBlue = ChartStyle.PALETTE.get(0);
        java.awt.Color plum = ChartStyle.PALETTE.get(3);
        assertThat(BarFills.dotted(darkBlue)).isFalse();
        assertThat(BarFills.dotted(plum)).isTrue();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(24, 24,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        BarFills.fillBar(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 24, 24), plum, false);
        g2.dispose();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < 24; x++) {
            for (int y = 0; y < 24; y++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).contains(plum.getRGB() & 0xFFFFFF, 0xFFFFFF);
    }

    @Test
    void aSeriesWhoseFiguresAreAllDerivedHasAHatchedSwatchLikeItsBars() {
        Level derived = new Level(Period.parse("2022-H2"), BigDecimal.ONE, Set.of(Flag.DERIVED));
        Level reported = new Level(Period.parse("2022-H1"), BigDecimal.ONE, Set.of());
        assertThat(LegendItems.allDerived(new Level[] {null, derived})).isTrue();
        assertThat(LegendItems.allDerived(new Level[] {reported, derived})).isFalse();
        assertThat(LegendItems.allDerived(new Level[] {null})).isFalse();
        java.awt.Color colour = ChartStyle.PALETTE.get(3);
        assertThat(LegendItems.seriesLegendItem("KGZ\u2013KOR", colour, true).getFillPaint())
                .isEqualTo(BarFills.light(colour));
        assertThat(LegendItems.seriesLegendItem("KGZ\u2013KOR", colour, false).getFillPaint()).isEqualTo(colour);
    }

    private static List<Period> periods(String... texts) {
        return Arrays.stream(texts).map(Period::parse).toList();
    }

    @Test
    void theKindWithMostFiguresWinsAndTiesGoToTheLongerKind() {
        assertThat(PeriodSpan.mostFrequentKind(periods("2017-H1", "2022-H1", "2022-H2", "2022")))
                .contains(PeriodKind.HALF);
        assertThat(PeriodSpan.mostFrequentKind(periods("2021", "2022", "2022-H1", "2022-H2")))
                .contains(PeriodKind.YEAR);
        assertThat(PeriodSpan.mostFrequentKind(periods("2022-Q1", "2022-H1"))).contains(PeriodKind.HALF);
        assertThat(PeriodSpan.mostFrequentKind(List.of())).isEmpty();
    }

    @Test
    void theSpanListsEveryPeriodOfTheKindFromFirstToLast() {
        PeriodSpan span = PeriodSpan.covering(PeriodKind.HALF, periods("2022-H2", "2017-H1", "2022", "2022-H1"))
                .orElseThrow();

        assertThat(span.periods()).extracting(Period::label).containsExactly("2017 H1", "2017 H2", "2018 H1",
                "2018 H2", "2019 H1", "2019 H2", "2020 H1", "2020 H2", "2021 H1", "2021 H2", "2022 H1", "2022 H2");
        assertThat(span.latest(3).periods()).extracting(Period::label).containsExactly("2021 H2", "2022 H1", "2022 H2");
        assertThat(span.contains(Period.parse("2022"))).isFalse();
    }

    @Test
    void axisLabelsAreThinnedOnRoundSteps() {
        PeriodSpan twelveHalves = PeriodSpan.covering(PeriodKind.HALF, periods("2017-H1", "2022-H2")).orElseThrow();
        PeriodSpan fortyQuarters = PeriodSpan.covering(PeriodKind.QUARTER, periods("2014-Q1", "2023-Q4")).orElseThrow();

        assertThat(PeriodCategoryAxis.step(twelveHalves, 790, ChartStyle.TICK_FONT)).isEqualTo(1);
        assertThat(PeriodCategoryAxis.step(fortyQuarters, 790, ChartStyle.TICK_FONT)).isEqualTo(4);
    }

    @Test
    void tickUnitsAreRound() {
        assertThat(ChartStyle.niceUnit(43)).isEqualTo(50);
        assertThat(ChartStyle.niceUnit(1083)).isEqualTo(2000);
        assertThat(ChartStyle.niceUnit(0.22)).isEqualTo(0.25);
        assertThat(ChartStyle.niceUnit(100)).isEqualTo(100);
    }

    @Test
    void figuresAreMillionsWithOneDecimalAndTheirQualifier() {
        Level approxDerived = new Level(Period.parse("2022-H2"), new BigDecimal("306500000"),
                Set.of(Flag.DERIVED, Flag.APPROX));
        Level atLeast = new Level(Period.parse("2024"), new BigDecimal("4300000000"), Set.of(Flag.AT_LEAST));

        assertThat(ValueFormat.MILLIONS.marked(approxDerived)).isEqualTo("~306.5");
        assertThat(ValueFormat.MILLIONS.spoken(approxDerived)).isEqualTo("about 306.5");
        assertThat(Figures.periodNote(approxDerived)).isEqualTo("(2022 H2, derived)");
        assertThat(ValueFormat.MILLIONS.marked(atLeast)).isEqualTo("\u22654,300.0");
        assertThat(ValueFormat.MILLIONS.spoken(atLeast)).isEqualTo("at least 4,300.0");
        assertThat(FlaggedBarRenderer.labelLines(approxDerived, LabelMode.STACKED, ValueFormat.MILLIONS))
                .containsExactly("~306.5", "(derived)");
        assertThat(FlaggedBarRenderer.labelLines(approxDerived, LabelMode.UPRIGHT, ValueFormat.MILLIONS))
                .containsExactly("~306.5 (derived)");
    }

    @Test
    void balanceIsExportMinusImportWithTheWeakerQualifier() {
        Level export = new Level(Period.parse("2022"), new BigDecimal("290000000"), Set.of(Flag.APPROX));
        Level imp = new Level(Period.parse("2022"), new BigDecimal("16500000"), Set.of(Flag.DERIVED));

        Level balance = BalanceChart.difference(export, imp);

        assertThat(balance.value()).isEqualByComparingTo("273500000");
        assertThat(balance.flags()).containsExactlyInAnyOrder(Flag.APPROX, Flag.DERIVED);
    }
}
