package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.EngagementCorrelation.Correlation;
import org.tradestat.analysis.EngagementCorrelation.Result;
import org.tradestat.analysis.SeriesStatistics.Insufficient;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class EngagementCorrelationTest {

    private static final SeriesKey KGZ_KOR = new SeriesKey(Dataset.ENGAGEMENT, "KGZ", "KOR", "all", "");
    private static final SeriesKey KAZ_KOR = new SeriesKey(Dataset.ENGAGEMENT, "KAZ", "KOR", "all", "");

    /**
     * Events 2017: 1, 2019: 2, 2022: 12, 2024: 11 (span 2017..2024); KOR–KGZ turnover 2016..2023. Years used: the
     * turnover years inside the span, 2017..2023 (2016 is before the first event, 2024 has no turnover), with
     * engagement 1, 0, 2, 0, 0, 12, 0 and turnover 120, 150, 180, 100, 200, 370, 300 million.
     */
    private static List<Indicator> kyrgyzInput() {
        List<Indicator> in = new ArrayList<>();
        in.add(events(KGZ_KOR, 2017, 1));
        in.add(events(KGZ_KOR, 2019, 2));
        in.add(events(KGZ_KOR, 2022, 12));
        in.add(events(KGZ_KOR, 2024, 11));
        SeriesKey trade = SeriesKey.trade("KOR", "KGZ", "turnover", "TOTAL");
        int year = 2016;
        for (String millions : List.of("90", "120", "150", "180", "100", "200", "370", "300")) {
            in.add(level(trade, Integer.toString(year++), new BigDecimal(millions).movePointRight(6)));
        }
        return in;
    }

    @Test
    void pearsonAndSpearmanOverTheTurnoverYearsInsideTheSpanOfEvents() {
        Result r = EngagementCorrelation.analyse(kyrgyzInput());
        assertEquals(List.of(), r.insufficient());
        assertEquals(List.of("pearson_r", "pearson_p", "spearman_rho", "spearman_p"),
                r.added().stream().map(Indicator::name).toList());
        for (Indicator i : r.added()) {
            assertEquals(KGZ_KOR, i.series(), i.name());
            assertEquals("2017/2023", i.period(), i.name());
            assertEquals("n=7", i.basis(), i.name());
            assertEquals(Unit.RATIO, i.unit(), i.name());
            assertEquals(Set.of(), i.flags(), i.name());
        }
        double[] x = {1, 0, 2, 0, 0, 12, 0};
        double[] y = {120, 150, 180, 100, 200, 370, 300};
        // closed form: r = Sxy / √(Sxx·Syy)
        double r7 = pearsonByHand(x, y);
        assertEquals(r7, value(r, "pearson_r"), 1e-12);
        // scipy.stats.pearsonr and spearmanr (average ranks for the four tied zeros)
        assertEquals(0.7201475852416745, value(r, "pearson_r"), 1e-12);
        assertEquals(0.06797609154184821, value(r, "pearson_p"), 1e-12);
        assertEquals(0.3349469226516178, value(r, "spearman_rho"), 1e-12);
        assertEquals(0.46272903571860363, value(r, "spearman_p"), 1e-12);
        // Spearman's rho is Pearson's r of the ranks: x ranks 5, 2.5, 6, 2.5, 2.5, 7, 2.5; y ranks 2, 3, 4, 1, 5, 7, 6
        assertEquals(pearsonByHand(new double[]{5, 2.5, 6, 2.5, 2.5, 7, 2.5}, new double[]{2, 3, 4, 1, 5, 7, 6}),
                value(r, "spearman_rho"), 1e-12);
        // Commons Math's own matrix p-values agree with the t-based p of the coefficient
        double[][] columns = new double[7][2];
        for (int k = 0; k < 7; k++) {
            columns[k][0] = x[k];
            columns[k][1] = y[k];
        }
        double matrixP = new PearsonsCorrelation(new Array2DRowRealMatrix(columns)).getCorrelationPValues()
                .getEntry(0, 1);
        assertEquals(matrixP, value(r, "pearson_p"), 1e-12);
    }

    @Test
    void aTurnoverYearOutsideTheSpanIsExcludedAndAGapYearInsideCountsAsZero() {
        List<Indicator> in = kyrgyzInput();
        // with 2016 (before the first event) taken in, n would be 8
        assertEquals("n=7", EngagementCorrelation.analyse(in).added().get(0).basis());
        // engagement years with zero events written out change nothing: a gap year inside the span is 0 anyway
        List<Indicator> withZeros = new ArrayList<>(in);
        for (int year : List.of(2018, 2020, 2021, 2023)) {
            withZeros.add(events(KGZ_KOR, year, 0));
        }
        assertEquals(EngagementCorrelation.analyse(in).added().stream().map(Indicator::value).toList(),
                EngagementCorrelation.analyse(withZeros).added().stream().map(Indicator::value).toList());
        // a zero-count year outside the events does not widen the span
        List<Indicator> zeroBefore = new ArrayList<>(in);
        zeroBefore.add(events(KGZ_KOR, 2016, 0));
        assertEquals("n=7", EngagementCorrelation.analyse(zeroBefore).added().get(0).basis());
    }

    @Test
    void otherIndicatorsAreIgnored() {
        List<Indicator> in = new ArrayList<>(kyrgyzInput());
        SeriesKey trade = SeriesKey.trade("KOR", "KGZ", "turnover", "TOTAL");
        in.add(events(KGZ_KOR.withMeasure("visit"), 2018, 40));
        in.add(events(KGZ_KOR.withMeasure("level:minister"), 2020, 40));
        in.add(new Indicator(KGZ_KOR, "2022-H2", "level", new BigDecimal("9"), Unit.COUNT, "", Set.of()));
        in.add(level(SeriesKey.trade("KOR", "KGZ", "turnover", "27"), "2018", new BigDecimal("1")));
        in.add(level(SeriesKey.trade("KOR", "KGZ", "export", "TOTAL"), "2018", new BigDecimal("1")));
        in.add(level(trade, "2022-H1", new BigDecimal("63500000")));
        in.add(new Indicator(trade, "2022", "yoy_pct", new BigDecimal("85"), Unit.PERCENT, "2021", Set.of()));
        assertEquals(EngagementCorrelation.analyse(kyrgyzInput()), EngagementCorrelation.analyse(in));
    }

    @Test
    void fewerThanFiveYearsGiveASentenceNamingTheYears() {
        SeriesKey trade = SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL");
        List<Indicator> in = new ArrayList<>(List.of(events(KGZ_KOR, 2020, 1), events(KGZ_KOR, 2021, 2),
                events(KGZ_KOR, 2023, 3)));
        for (int year = 2020; year <= 2024; year++) {
            in.add(level(trade, Integer.toString(year), BigDecimal.valueOf(10 * (year - 2019))));
        }
        Result r = EngagementCorrelation.analyse(in);
        assertEquals(List.of(), r.added());
        // 2020..2023 inside the span of the events, 2022 without one: 4 years, 3 with events
        assertEquals(List.of(new Insufficient(KGZ_KOR, "KGZ–KOR: 4 years with a turnover figure within the span of "
                + "the engagement events between Kyrgyzstan and South Korea (2020\u20132023), 3 of them with events; "
                + "the correlation of engagement and turnover needs at least 5, at least 3 of them with events.")),
                r.insufficient());
    }

    @Test
    void twoYearsWithElevenEventsDoNotCarryACorrelation() {
        // the case: the summits of 2022 and 2024 (11 events each) and nothing between
        SeriesKey trade = SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL");
        List<Indicator> in = new ArrayList<>(List.of(events(KGZ_KOR, 2020, 11), events(KGZ_KOR, 2024, 11)));
        List<String> millions = List.of("300", "250", "370", "280", "400");
        for (int k = 0; k < 5; k++) {
            in.add(level(trade, Integer.toString(2020 + k), new BigDecimal(millions.get(k))));
        }
        Result r = EngagementCorrelation.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(new Insufficient(KGZ_KOR, "KGZ–KOR: 5 years with a turnover figure within the span of "
                + "the engagement events between Kyrgyzstan and South Korea (2020\u20132024), 2 of them with events; "
                + "the correlation of engagement and turnover needs at least 5, at least 3 of them with events.")),
                r.insufficient());
        // a third year with an event is enough
        in.add(events(KGZ_KOR, 2022, 1));
        assertEquals(List.of(), EngagementCorrelation.analyse(in).insufficient());
        assertEquals("n=5", EngagementCorrelation.analyse(in).added().get(0).basis());
    }

    @Test
    void fiveYearsThreeOfThemWithEventsAreEnoughAndBothCoefficientsAreGiven() {
        Result r = EngagementCorrelation.analyse(kazakhInput());
        assertEquals(List.of(), r.insufficient());
        assertEquals(List.of("pearson_r", "pearson_p", "spearman_rho", "spearman_p"),
                r.added().stream().map(Indicator::name).toList());
        assertEquals("n=5", r.added().get(0).basis());
        assertEquals("2018/2022", r.added().get(0).period());
        // x = 1, 0, 2, 4, 3 (x̄ 2), y = 100, 120, 130, 160, 150 (ȳ 132): Sxy = 130, Sxx = 10, Syy = 2280
        double pearson = 130 / Math.sqrt(10 * 2280.0);
        assertEquals(0.8609460321, pearson, 1e-10);
        assertEquals(pearson, value(r, "pearson_r"), 1e-12);
        // ranks x 2, 1, 3, 5, 4 and y 1, 2, 3, 5, 4: Σd² = 2, rho = 1 − 6·2 / (5·24) = 0.9
        assertEquals(0.9, value(r, "spearman_rho"), 1e-12);
        // t = c·√(3 / (1 − c²)) with 3 degrees of freedom
        double pearsonP = twoSidedPWithThreeDf(pearson * Math.sqrt(3 / (1 - pearson * pearson)));
        double spearmanP = twoSidedPWithThreeDf(0.9 * Math.sqrt(3 / (1 - 0.81)));
        assertEquals(pearsonP, value(r, "pearson_p"), 1e-12);
        assertEquals(spearmanP, value(r, "spearman_p"), 1e-12);
        // the two tests disagree here (Spearman's p below 0.05, Pearson's above): not to be called significant
        assertTrue(pearsonP > 0.05 && spearmanP < 0.05, pearsonP + " " + spearmanP);
        assertEquals(0.0609, pearsonP, 1e-4);
        assertEquals(0.0374, spearmanP, 1e-4);
    }

    @Test
    void noTurnoverAtAllGivesASentence() {
        Result r = EngagementCorrelation.analyse(List.of(events(KAZ_KOR, 2024, 1),
                level(SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL"), "2024", new BigDecimal("10"))));
        assertEquals(List.of(), r.added());
        assertEquals(List.of(new Insufficient(KAZ_KOR, "KAZ–KOR: no year with a turnover figure within the span of "
                + "the engagement events between Kazakhstan and South Korea (2024); the correlation of engagement and "
                + "turnover needs at least 5, at least 3 of them with events.")), r.insufficient());
    }

    @Test
    void pairWithoutEventsGivesASentence() {
        Result r = EngagementCorrelation.analyse(List.of(events(KAZ_KOR, 2023, 0), events(KAZ_KOR, 2024, 0)));
        assertEquals(List.of(new Insufficient(KAZ_KOR,
                "KAZ–KOR: no engagement event between Kazakhstan and South Korea in any year; no correlation with "
                        + "turnover.")), r.insufficient());
    }

    @Test
    void constantSeriesHaveNoCorrelation() {
        SeriesKey trade = SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL");
        List<Indicator> sameEvents = new ArrayList<>();
        List<Indicator> sameTurnover = new ArrayList<>();
        for (int year = 2019; year <= 2023; year++) {
            sameEvents.add(events(KGZ_KOR, year, 2));
            sameEvents.add(level(trade, Integer.toString(year), BigDecimal.valueOf(year - 2000)));
            sameTurnover.add(events(KGZ_KOR, year, year - 2018));
            sameTurnover.add(level(trade, Integer.toString(year), new BigDecimal("50")));
        }
        Result events = EngagementCorrelation.analyse(sameEvents);
        assertEquals(List.of(), events.added());
        assertEquals(List.of(new Insufficient(KGZ_KOR, "KGZ–KOR 2019/2023: the count of engagement events between "
                + "Kyrgyzstan and South Korea is 2 every year; "
                + "no correlation of engagement and turnover.")), events.insufficient());
        Result turnover = EngagementCorrelation.analyse(sameTurnover);
        assertEquals(List.of(), turnover.added());
        assertEquals(List.of(new Insufficient(KGZ_KOR, "KGZ–KOR 2019/2023: trade turnover between Kyrgyzstan and "
                + "South Korea is the same every year; "
                + "no correlation of engagement and turnover.")), turnover.insufficient());
    }

    @Test
    void whenBothDirectionsReportTurnoverTheOneWithMoreYearsIsUsed() {
        List<Indicator> in = new ArrayList<>();
        in.add(events(KAZ_KOR, 2018, 1));
        in.add(events(KAZ_KOR, 2020, 2));
        in.add(events(KAZ_KOR, 2021, 4));
        in.add(events(KAZ_KOR, 2023, 1));
        SeriesKey kazReports = SeriesKey.trade("KAZ", "KOR", "turnover", "TOTAL");
        SeriesKey korReports = SeriesKey.trade("KOR", "KAZ", "turnover", "TOTAL");
        int year = 2019;
        for (String v : List.of("500", "520", "510", "530")) {
            in.add(level(korReports, Integer.toString(year++), new BigDecimal(v)));
        }
        year = 2018;
        for (String v : List.of("100", "120", "130", "160", "150")) {
            in.add(level(kazReports, Integer.toString(year++), new BigDecimal(v)));
        }
        Result r = EngagementCorrelation.analyse(in);
        assertEquals("n=5", r.added().get(0).basis());
        assertEquals("2018/2022", r.added().get(0).period());
        // scipy: x = 1, 0, 2, 4, 0; y = 100, 120, 130, 160, 150
        assertEquals(0.4755948656056708, value(r, "pearson_r"), 1e-12);
        assertEquals(0.4181269561396546, value(r, "pearson_p"), 1e-12);
        assertEquals(0.4103913408340617, value(r, "spearman_rho"), 1e-12);
        assertEquals(0.49253578170279744, value(r, "spearman_p"), 1e-12);
    }

    @Test
    void onATieTheReporterFirstInTheAlphabetIsUsed() {
        List<Indicator> in = new ArrayList<>();
        in.add(events(KAZ_KOR, 2018, 1));
        in.add(events(KAZ_KOR, 2020, 2));
        in.add(events(KAZ_KOR, 2021, 4));
        in.add(events(KAZ_KOR, 2022, 3));
        SeriesKey kazReports = SeriesKey.trade("KAZ", "KOR", "turnover", "TOTAL");
        SeriesKey korReports = SeriesKey.trade("KOR", "KAZ", "turnover", "TOTAL");
        List<String> kaz = List.of("100", "120", "130", "160", "150");
        List<String> kor = List.of("500", "520", "510", "530", "500");
        for (int k = 0; k < 5; k++) {
            in.add(level(korReports, Integer.toString(2018 + k), new BigDecimal(kor.get(k))));
            in.add(level(kazReports, Integer.toString(2018 + k), new BigDecimal(kaz.get(k))));
        }
        for (long seed = 1; seed <= 3; seed++) {
            List<Indicator> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, new Random(seed));
            Result r = EngagementCorrelation.analyse(shuffled);
            // KAZ's figures (as in kazakhInput), not KOR's (x̄ 2, ȳ 512: Sxy = 20, Syy = 680, r = 0.243)
            assertEquals(130 / Math.sqrt(10 * 2280.0), value(r, "pearson_r"), 1e-12);
        }
    }

    @Test
    void flagsOfTheInputsCarryOver() {
        List<Indicator> in = new ArrayList<>(kyrgyzInput());
        SeriesKey trade = SeriesKey.trade("KOR", "KGZ", "turnover", "TOTAL");
        in.removeIf(i -> i.series().equals(trade) && i.period().equals("2022"));
        in.add(new Indicator(trade, "2022", "level", new BigDecimal("370000000"), Unit.USD, "",
                EnumSet.of(Flag.APPROX)));
        in.removeIf(i -> i.series().equals(trade) && i.period().equals("2021"));
        in.add(new Indicator(trade, "2021", "level", new BigDecimal("200000000"), Unit.USD, "",
                EnumSet.of(Flag.DERIVED, Flag.AT_LEAST)));
        for (Indicator i : EngagementCorrelation.analyse(in).added()) {
            assertEquals(Set.of(Flag.DERIVED, Flag.APPROX), i.flags(), i.name());
        }
        // a flagged figure outside the years used does not count
        List<Indicator> outside = new ArrayList<>(kyrgyzInput());
        outside.removeIf(i -> i.series().equals(trade) && i.period().equals("2016"));
        outside.add(new Indicator(trade, "2016", "level", new BigDecimal("90000000"), Unit.USD, "",
                EnumSet.of(Flag.APPROX)));
        for (Indicator i : EngagementCorrelation.analyse(outside).added()) {
            assertEquals(Set.of(), i.flags(), i.name());
        }
    }

    @Test
    void outputIsInPairOrderWhateverTheInputOrder() {
        List<Indicator> in = new ArrayList<>(kyrgyzInput());
        in.addAll(kazakhInput());
        Result expected = EngagementCorrelation.analyse(in);
        assertEquals(List.of(KAZ_KOR, KAZ_KOR, KAZ_KOR, KAZ_KOR, KGZ_KOR, KGZ_KOR, KGZ_KOR, KGZ_KOR),
                expected.added().stream().map(Indicator::series).toList());
        for (long seed = 1; seed <= 5; seed++) {
            List<Indicator> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, EngagementCorrelation.analyse(shuffled));
        }
    }

    @Test
    void engagementPairWrittenInReverseOrderIsTheSamePair() {
        List<Indicator> in = new ArrayList<>();
        for (Indicator i : kyrgyzInput()) {
            SeriesKey s = i.series();
            in.add(s.dataset() == Dataset.ENGAGEMENT
                    ? new Indicator(new SeriesKey(s.dataset(), "KOR", "KGZ", "all", ""), i.period(), i.name(),
                    i.value(), i.unit(), i.basis(), i.flags())
                    : i);
        }
        assertEquals(EngagementCorrelation.analyse(kyrgyzInput()), EngagementCorrelation.analyse(in));
    }

    @Test
    void pValueOfACoefficient() {
        // r = 0.5, n = 10: t = 0.5·√(8 / 0.75) = 1.63299, two-sided p with 8 df (scipy)
        assertEquals(0.14111328125000006, EngagementCorrelation.twoSidedP(0.5, 10), 1e-12);
        assertEquals(0.14111328125000006, EngagementCorrelation.twoSidedP(-0.5, 10), 1e-12);
        assertEquals(1.0, EngagementCorrelation.twoSidedP(0.0, 10), 1e-15);
        assertEquals(0.0, EngagementCorrelation.twoSidedP(1.0, 5));
        assertEquals(0.0, EngagementCorrelation.twoSidedP(-1.0, 5));
    }

    @Test
    void perfectCorrelation() {
        Correlation c = Correlation.of(new double[]{1, 2, 3, 4}, new double[]{10, 20, 30, 40});
        assertEquals(4, c.n());
        assertEquals(1.0, c.pearsonR(), 1e-12);
        assertEquals(1.0, c.spearmanRho(), 1e-12);
        assertEquals(0.0, c.spearmanP(), 1e-12);
        assertEquals(0.0, c.pearsonP(), 1e-12);
    }

    @Test
    void correlationRefusesConstantOrTooShortSeries() {
        assertThrows(IllegalArgumentException.class,
                () -> Correlation.of(new double[]{1, 1, 1, 1}, new double[]{1, 2, 3, 4}));
        assertThrows(IllegalArgumentException.class,
                () -> Correlation.of(new double[]{1, 2}, new double[]{1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> Correlation.of(new double[]{1, 2, 3}, new double[]{1, 2}));
    }

    @Test
    void twoFiguresForOneYearGiveASentenceNotANumber() {
        List<Indicator> twoCounts = new ArrayList<>(kyrgyzInput());
        twoCounts.add(events(KGZ_KOR, 2022, 3));
        Result counts = EngagementCorrelation.analyse(twoCounts);
        assertEquals(List.of(), counts.added());
        assertEquals(List.of(new Insufficient(KGZ_KOR,
                "KGZ–KOR: two engagement counts between Kyrgyzstan and South Korea for 2022; no correlation with "
                        + "turnover.")), counts.insufficient());

        List<Indicator> twoTurnovers = new ArrayList<>(kyrgyzInput());
        twoTurnovers.add(level(SeriesKey.trade("KOR", "KGZ", "turnover", "TOTAL"), "2019", BigDecimal.ONE));
        Result turnover = EngagementCorrelation.analyse(twoTurnovers);
        assertEquals(List.of(), turnover.added());
        assertEquals(List.of(new Insufficient(KGZ_KOR,
                "KGZ–KOR: two yearly figures of trade turnover between South Korea and Kyrgyzstan for 2019; no "
                        + "correlation with turnover.")),
                turnover.insufficient());
    }

    // ---- helpers ----

    /** KAZ–KOR events 2018: 1, 2020: 2, 2021: 4, 2022: 3; KAZ–KOR turnover 2018..2022: 100, 120, 130, 160, 150. */
    private static List<Indicator> kazakhInput() {
        List<Indicator> in = new ArrayList<>(List.of(events(KAZ_KOR, 2018, 1), events(KAZ_KOR, 2020, 2),
                events(KAZ_KOR, 2021, 4), events(KAZ_KOR, 2022, 3)));
        SeriesKey trade = SeriesKey.trade("KAZ", "KOR", "turnover", "TOTAL");
        List<String> values = List.of("100", "120", "130", "160", "150");
        for (int k = 0; k < 5; k++) {
            in.add(level(trade, Integer.toString(2018 + k), new BigDecimal(values.get(k))));
        }
        return in;
    }

    /**
     * The two-sided p-value of a t statistic with 3 degrees of freedom, in closed form: the CDF of Student's t with
     * 3 df is 1/2 + (1/π) (u / (1 + u²) + atan u) with u = t / √3.
     */
    private static double twoSidedPWithThreeDf(double t) {
        double u = Math.abs(t) / Math.sqrt(3);
        return 1 - 2 / Math.PI * (u / (1 + u * u) + Math.atan(u));
    }

    private static Indicator events(SeriesKey pair, int year, int count) {
        return new Indicator(pair, Integer.toString(year), "level", BigDecimal.valueOf(count), Unit.COUNT, "",
                Set.of());
    }

    private static Indicator level(SeriesKey series, String period, BigDecimal value) {
        return new Indicator(series, period, "level", value, Unit.USD, "", Set.of());
    }

    private static double value(Result r, String name) {
        List<Indicator> found = r.added().stream().filter(i -> i.name().equals(name)).toList();
        assertEquals(1, found.size(), name + " in " + r.added());
        return found.get(0).value().doubleValue();
    }

    private static double pearsonByHand(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k] / x.length;
            my += y[k] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
