package org.tradestat.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradestat.analysis.SeriesStatistics.Insufficient;
import org.tradestat.analysis.SeriesStatistics.Result;
import org.tradestat.analysis.Trend.Interval;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

class SeriesStatisticsTest {

    private static final SeriesKey EXPORT = SeriesKey.trade("KOR", "KGZ", "export", "TOTAL");
    private static final SeriesKey TURNOVER = SeriesKey.trade("KGZ", "KOR", "turnover", "TOTAL");
    private static final SeriesKey COMPANIES = new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", "operating", "");
    private static final SeriesKey INVESTMENT = new SeriesKey(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "");

    /** 97.5% quantile of Student's t with 3 degrees of freedom, from statistical tables, not from Commons Math. */
    private static final double T_975_DF3 = 3.182446305284263;

    /** The sentence of a series that does not qualify, after its label and the reason. */
    private static final String NEEDS_FIVE = "trend, forecast, summary statistics and the outlier check need at least 5 "
            + "yearly figures, none of them a bound (\u2265 or \u2264).";

    /** One cent: amounts in USD are rounded to cents. */
    private static final double CENT = 0.005;

    // ---- trend, forecast and summary statistics ----

    @Test
    void fiveYearSeriesMatchesClosedFormOls() {
        // x = 2019..2023, y = 10, 12, 15, 15, 18 million: x̄ = 2021, Sxx = 10, ȳ = 14 M, Sxy = 19 M, SST = 38 M²
        Result r = SeriesStatistics.analyse(levels(EXPORT, Unit.USD, 2019, "10000000", "12000000", "15000000",
                "15000000", "18000000"));
        double slope = 19e6 / 10;
        double sse = sq(0.2e6) + sq(0.1e6) + sq(1.0e6) + sq(0.9e6) + sq(0.2e6); // residuals of 10.2, 12.1, 14, 15.9, 17.8
        double sst = 38e12;
        double s = Math.sqrt(sse / 3);
        double forecast = 14e6 + slope * 3;
        double half = T_975_DF3 * s * Math.sqrt(1 + 1.0 / 5 + 9.0 / 10);

        assertStat(r, EXPORT, "trend_slope", "2019/2023", "", Unit.USD_PER_YEAR, slope, CENT);
        assertEquals(new BigDecimal("1900000.00"), get(r, EXPORT, "trend_slope").value());
        assertStat(r, EXPORT, "trend_r2", "2019/2023", "", Unit.RATIO, 1 - sse / sst, 1e-12);
        assertEquals(0.95, value(r, EXPORT, "trend_r2"), 1e-12);
        // scipy.stats.linregress: two-sided p of the slope, t = 7.5498 with 3 df
        assertStat(r, EXPORT, "trend_p", "2019/2023", "", Unit.RATIO, 0.0048182304681985335, 1e-12);
        assertStat(r, EXPORT, "forecast", "2019/2023", "2024", Unit.USD, forecast, CENT);
        assertEquals(new BigDecimal("19700000.00"), get(r, EXPORT, "forecast").value());
        assertStat(r, EXPORT, "forecast_lo95", "2019/2023", "2024", Unit.USD, forecast - half, CENT);
        assertStat(r, EXPORT, "forecast_hi95", "2019/2023", "2024", Unit.USD, forecast + half, CENT);
        assertEquals(16029823.88, value(r, EXPORT, "forecast_lo95"), 1e-9); // scipy, rounded to cents
        assertEquals(23370176.12, value(r, EXPORT, "forecast_hi95"), 1e-9);
        assertStat(r, EXPORT, "mean", "2019/2023", "", Unit.USD, 14e6, 0);
        assertStat(r, EXPORT, "median", "2019/2023", "", Unit.USD, 15e6, 0); // odd n: the middle value
        assertStat(r, EXPORT, "stdev", "2019/2023", "", Unit.USD, Math.sqrt(sst / 4), CENT); // sample, n − 1
        assertStat(r, EXPORT, "cv", "2019/2023", "", Unit.RATIO, Math.sqrt(sst / 4) / 14e6, 1e-12);
        assertEquals(List.of("trend_slope", "trend_r2", "trend_p", "forecast", "forecast_lo95", "forecast_hi95",
                "mean", "median", "stdev", "cv"), names(r.added()));
        assertEquals(List.of(), r.outlierMarked());
        // the levels have no yoy_pct in this input: the outlier check says so
        assertEquals(List.of(new Insufficient(EXPORT,
                "KOR–KGZ export: no year-on-year change of South Korea's exports to Kyrgyzstan; the outlier check "
                        + "needs at least 4.")), r.insufficient());
    }

    @Test
    void regressionMatchesNistNorrisCertifiedValues() {
        // NIST StRD linear least squares, Norris (36 observations, lower difficulty)
        double[] x = {0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5,
                666.9, 338.0, 447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0,
                779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5};
        double[] y = {0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1,
                668.8, 339.3, 448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5,
                778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2};
        Trend trend = Trend.fit(x, y);
        assertEquals(36, trend.n());
        assertRelative(1.00211681802045, trend.slope(), 1e-10);
        assertRelative(-0.262323073774029, trend.intercept(), 1e-9);
        assertRelative(0.999993745883712, trend.rSquare(), 1e-12);
        assertRelative(0.884796396144373, Math.sqrt(trend.meanSquareError()), 1e-9); // residual standard deviation
        assertRelative(0.429796848199937E-03, Math.sqrt(trend.meanSquareError() / trend.xSumSquares()), 1e-9);
        assertTrue(trend.significance() < 1e-15, "slope t = 2331.6: p is 0 to double precision");
    }

    @Test
    void fivePointsGiveTheWideIntervalOfThreeDegreesOfFreedom() {
        // companies 2019..2023: 200, 230, 370, 250, 400; x − x̄ = −2..2, Sxx = 10, ȳ = 290,
        // y − ȳ = −90, −60, 80, −40, 110: Sxy = 180 + 60 + 0 − 40 + 220 = 420, slope 42, SST = 31800
        Result r = SeriesStatistics.analyse(levels(COMPANIES, Unit.COUNT, 2019, "200", "230", "370", "250", "400"));
        double sse = 14160; // residuals from 206, 248, 290, 332, 374: −6, −18, 80, −82, 26
        double s = Math.sqrt(sse / 3);
        double forecast = 290 + 42 * 3;
        double half = T_975_DF3 * s * Math.sqrt(1 + 1.0 / 5 + 9.0 / 10);
        assertStat(r, COMPANIES, "trend_slope", "2019/2023", "", Unit.COUNT, 42, 0);
        assertStat(r, COMPANIES, "forecast", "2019/2023", "2024", Unit.COUNT, 416, 0);
        assertStat(r, COMPANIES, "forecast_lo95", "2019/2023", "2024", Unit.COUNT, forecast - half, 0.005);
        assertStat(r, COMPANIES, "forecast_hi95", "2019/2023", "2024", Unit.COUNT, forecast + half, 0.005);
        // the half-width is t(0.975; 3) standard errors of a new observation: 3.18, where 1.96 would be normal
        double standardErrors = (value(r, COMPANIES, "forecast_hi95") - value(r, COMPANIES, "forecast_lo95")) / 2
                / (s * Math.sqrt(2.1));
        assertEquals(T_975_DF3, standardErrors, 1e-4);
        double t = 42 / Math.sqrt(sse / 3 / 10);
        assertStat(r, COMPANIES, "trend_p", "2019/2023", "", Unit.RATIO, twoSidedPWithThreeDf(t), 1e-12);
        assertEquals(0.1487, value(r, COMPANIES, "trend_p"), 1e-4, "not significant at 5%");
        assertStat(r, COMPANIES, "trend_r2", "2019/2023", "", Unit.RATIO, 1 - sse / 31800, 1e-12);
        assertStat(r, COMPANIES, "trend_r2", "2019/2023", "", Unit.RATIO, 420.0 * 420 / (10 * 31800), 1e-12);
        assertStat(r, COMPANIES, "mean", "2019/2023", "", Unit.COUNT, 290, 0);
        assertStat(r, COMPANIES, "median", "2019/2023", "", Unit.COUNT, 250, 0);
        assertStat(r, COMPANIES, "stdev", "2019/2023", "", Unit.COUNT, Math.sqrt(31800 / 4.0), 0.005);
        assertEquals(new BigDecimal("89.16"), get(r, COMPANIES, "stdev").value());
    }

    @Test
    void predictionIntervalUsesTheTQuantileWithNMinusTwoDegreesOfFreedom() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {10, 12, 15, 15, 18};
        Interval interval = Trend.fit(x, y).predictionInterval(6, 0.95);
        double half = T_975_DF3 * Math.sqrt(1.9 / 3) * Math.sqrt(1 + 1.0 / 5 + 9.0 / 10);
        assertEquals(19.7 - half, interval.lower(), 1e-9);
        assertEquals(19.7 + half, interval.upper(), 1e-9);
        Interval ninety = Trend.fit(x, y).predictionInterval(6, 0.90);
        double t95Df3 = 2.353363434801823; // 95% quantile, df 3, from tables
        assertEquals(19.7 + t95Df3 * Math.sqrt(1.9 / 3) * Math.sqrt(2.1), ninety.upper(), 1e-9);
    }

    @Test
    void gapYearsKeepTheirRealYearsOnTheXAxis() {
        // 2016, 2017, 2019, 2021, 2022 (no 2018, 2020): x̄ = 2019, x − x̄ = −3, −2, 0, 2, 3, Sxx = 26;
        // y = 96, 103, 132, 151, 168 million lie on 130 + 12 (x − x̄) million with residuals 2, −3, 2, −3, 2 million.
        // Treated as five consecutive years the slope would be 19.2 million a year.
        List<Indicator> in = List.of(level(TURNOVER, "2016", "96000000", Unit.USD),
                level(TURNOVER, "2017", "103000000", Unit.USD),
                level(TURNOVER, "2019", "132000000", Unit.USD),
                level(TURNOVER, "2021", "151000000", Unit.USD),
                level(TURNOVER, "2022", "168000000", Unit.USD));
        Result r = SeriesStatistics.analyse(in);
        double sse = 30e12;
        double sst = 34e6 * 34e6 + 27e6 * 27e6 + 2e6 * 2e6 + 21e6 * 21e6 + 38e6 * 38e6; // 3774 M²
        double half = T_975_DF3 * Math.sqrt(sse / 3) * Math.sqrt(1 + 1.0 / 5 + 16.0 / 26); // 2023: x − x̄ = 4
        assertStat(r, TURNOVER, "trend_slope", "2016/2022", "", Unit.USD_PER_YEAR, 12e6, 0);
        assertStat(r, TURNOVER, "trend_r2", "2016/2022", "", Unit.RATIO, 1 - sse / sst, 1e-12);
        double t = 12e6 / Math.sqrt(sse / 3 / 26);
        assertStat(r, TURNOVER, "trend_p", "2016/2022", "", Unit.RATIO, twoSidedPWithThreeDf(t), 1e-12);
        assertStat(r, TURNOVER, "forecast", "2016/2022", "2023", Unit.USD, 178e6, 0);
        assertStat(r, TURNOVER, "forecast_lo95", "2016/2022", "2023", Unit.USD, 178e6 - half, CENT);
        assertStat(r, TURNOVER, "forecast_hi95", "2016/2022", "2023", Unit.USD, 178e6 + half, CENT);
        assertStat(r, TURNOVER, "median", "2016/2022", "", Unit.USD, 132e6, 0);
        assertStat(r, TURNOVER, "mean", "2016/2022", "", Unit.USD, 130e6, 0);
    }

    @Test
    void medianOfAnEvenNumberOfSkewedValues() {
        Result r = SeriesStatistics.analyse(levels(INVESTMENT, Unit.USD, 2015, "1", "2", "3", "100", "4", "5"));
        assertStat(r, INVESTMENT, "median", "2015/2020", "", Unit.USD, 3.5, 0);
        assertStat(r, INVESTMENT, "mean", "2015/2020", "", Unit.USD, 115.0 / 6, CENT);
        assertStat(r, INVESTMENT, "trend_slope", "2015/2020", "", Unit.USD_PER_YEAR, slopeByHand(
                new double[]{2015, 2016, 2017, 2018, 2019, 2020}, new double[]{1, 2, 3, 100, 4, 5}), CENT);
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<Indicator> in = new ArrayList<>(levels(TURNOVER, Unit.USD, 2014, "5", "7", "6", "9", "12", "11"));
        in.addAll(levels(EXPORT, Unit.USD, 2016, "1", "3", "2", "4", "5"));
        in.addAll(levels(COMPANIES, Unit.COUNT, 2016, "10", "12", "15", "18", "20"));
        in.addAll(levels(INVESTMENT, Unit.USD, 2016, "7", "8", "9", "10"));
        in.addAll(levels(INVESTMENT.withMeasure("stock"), Unit.USD, 2016, "7", "8", "9"));
        in.addAll(yoyChanges(TURNOVER, 2015, "40", "-14.285714", "50", "33.333333", "-8.333333"));
        Result expected = SeriesStatistics.analyse(in);
        for (long seed = 1; seed <= 5; seed++) {
            List<Indicator> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, SeriesStatistics.analyse(shuffled));
        }
        // series in (dataset, reporter, partner, measure, commodity) order: trade before companies,
        // KGZ–KOR before KOR–KGZ; each series' statistics in SPEC order, then its outlier_z
        List<String> seriesOrder = expected.added().stream().map(i -> i.series().pairLabel() + " " + i.series().measure())
                .distinct().toList();
        assertEquals(List.of("KGZ–KOR turnover", "KOR–KGZ export", "KOR–KAZ operating"), seriesOrder);
        List<String> turnoverNames = names(expected.added().stream().filter(i -> i.series().equals(TURNOVER)).toList());
        assertEquals(List.of("trend_slope", "trend_r2", "trend_p", "forecast", "forecast_lo95", "forecast_hi95",
                "mean", "median", "stdev", "cv", "outlier_z", "outlier_z", "outlier_z", "outlier_z", "outlier_z"),
                turnoverNames);
        assertEquals(List.of("2015", "2016", "2017", "2018", "2019"), expected.added().stream()
                .filter(i -> i.name().equals("outlier_z")).map(Indicator::period).toList());
        assertEquals(List.of("KOR–KGZ export", "KOR–KAZ investment inflow", "KOR–KAZ investment stock",
                "KOR–KAZ companies operating"), expected.insufficient().stream()
                .map(i -> i.sentence().substring(0, i.sentence().indexOf(':'))).toList());
    }

    // ---- insufficient data ----

    @Test
    void fewerThanFiveYearlyFiguresGiveNoNumbersButASentence() {
        List<Indicator> in = List.of(
                level(TURNOVER, "2017-H1", "57000000", Unit.USD, Flag.APPROX),
                level(TURNOVER, "2022-H1", "63500000", Unit.USD, Flag.APPROX),
                level(TURNOVER, "2022-H2", "306500000", Unit.USD, Flag.DERIVED),
                level(TURNOVER, "2022", "370000000", Unit.USD),
                level(EXPORT, "2021", "1", Unit.USD),
                level(EXPORT, "2022", "2", Unit.USD),
                level(INVESTMENT, "2022-H1", "5", Unit.USD));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(), r.outlierMarked());
        assertEquals(List.of(
                new Insufficient(TURNOVER, "KGZ–KOR turnover: 1 yearly figure of trade turnover between Kyrgyzstan and "
                        + "South Korea; " + NEEDS_FIVE),
                new Insufficient(EXPORT, "KOR–KGZ export: 2 yearly figures of South Korea's exports to Kyrgyzstan; "
                        + NEEDS_FIVE),
                new Insufficient(INVESTMENT, "KOR–KAZ investment inflow: no yearly figure of investment inflows from "
                        + "South Korea to Kazakhstan; " + NEEDS_FIVE)),
                r.insufficient());
    }

    @Test
    void fourYearlyFiguresGiveNoStatisticsAndNoOutlierCheck() {
        // three changes with a clear outlier (median 3, MAD 1, z of 60 = 38.4) that 3 points used to flag
        List<Indicator> in = levelsGrowingBy(EXPORT, 2019, "100", "2", "3", "60");
        assertEquals(4, in.stream().filter(i -> i.name().equals("level")).count());
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(), r.outlierMarked());
        assertEquals(List.of(new Insufficient(EXPORT, "KOR–KGZ export: 4 yearly figures of South Korea's exports to "
                + "Kyrgyzstan; " + NEEDS_FIVE)),
                r.insufficient());
    }

    @Test
    void fiveYearlyFiguresAreEnough() {
        Result r = SeriesStatistics.analyse(levels(EXPORT, Unit.USD, 2019, "1", "2", "4", "5", "7"));
        assertEquals(List.of("trend_slope", "trend_r2", "trend_p", "forecast", "forecast_lo95", "forecast_hi95",
                "mean", "median", "stdev", "cv"), names(r.added()));
        assertStat(r, EXPORT, "trend_slope", "2019/2023", "", Unit.USD_PER_YEAR, 1.5, 0); // Sxy 15, Sxx 10
        assertEquals(List.of(new Insufficient(EXPORT,
                "KOR–KGZ export: no year-on-year change of South Korea's exports to Kyrgyzstan; the outlier check "
                        + "needs at least 4.")), r.insufficient());
    }

    @Test
    void aBoundAmongFiveYearlyFiguresGivesNoStatisticsButTheBoundSentence() {
        for (Flag bound : List.of(Flag.AT_LEAST, Flag.AT_MOST)) {
            List<Indicator> in = new ArrayList<>(levels(COMPANIES, Unit.COUNT, 2019, "200", "230"));
            in.add(level(COMPANIES, "2021", "370", Unit.COUNT, bound));
            in.addAll(levels(COMPANIES, Unit.COUNT, 2022, "250", "400"));
            Result r = SeriesStatistics.analyse(in);
            assertEquals(List.of(), r.added(), bound.toString());
            assertEquals(List.of(new Insufficient(COMPANIES, "KOR–KAZ companies operating: the figure of the number of "
                    + "companies from South Korea in Kazakhstan (operating) for 2021 is only a bound ("
                    + (bound == Flag.AT_LEAST ? "\u2265" : "\u2264") + "); " + NEEDS_FIVE)),
                    r.insufficient(), bound.toString());
        }
    }

    @Test
    void threeFiguresOneOfThemABoundGiveNoTrendAndBothReasons() {
        // the case: three yearly figures, one a lower bound, once gave "explains 100%, interval 385 to 385"
        List<Indicator> in = new ArrayList<>(levels(COMPANIES, Unit.COUNT, 2022, "200", "370"));
        in.add(level(COMPANIES, "2024", "385", Unit.COUNT, Flag.AT_LEAST));
        in.addAll(yoyChanges(COMPANIES, 2023, "85", "4.054054"));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(), r.outlierMarked());
        assertEquals(List.of(new Insufficient(COMPANIES, "KOR–KAZ companies operating: 3 yearly figures of the number "
                + "of companies from South Korea in Kazakhstan (operating), the one for 2024 only a bound (\u2265); "
                + NEEDS_FIVE)), r.insufficient());
        assertTrue(r.applyTo(in).stream().noneMatch(i -> i.flags().contains(Flag.OUTLIER)));
    }

    @Test
    void theFirstOfSeveralBoundsIsNamed() {
        List<Indicator> in = new ArrayList<>(levels(COMPANIES, Unit.COUNT, 2019, "200", "230", "370"));
        in.add(level(COMPANIES, "2022", "250", Unit.COUNT, Flag.AT_MOST));
        in.add(level(COMPANIES, "2018", "180", Unit.COUNT, Flag.AT_LEAST));
        assertEquals(List.of(new Insufficient(COMPANIES, "KOR–KAZ companies operating: the figure of the number of "
                + "companies from South Korea in Kazakhstan (operating) for 2018 is only a bound (\u2265); "
                + NEEDS_FIVE)), SeriesStatistics.analyse(in).insufficient());
    }

    @Test
    void constantSeriesHasNoRSquareOrPValue() {
        Result r = SeriesStatistics.analyse(levels(INVESTMENT, Unit.USD, 2020, "5", "5", "5", "5", "5"));
        assertEquals(List.of("trend_slope", "forecast", "forecast_lo95", "forecast_hi95", "mean", "median", "stdev",
                "cv"), names(r.added()));
        assertStat(r, INVESTMENT, "trend_slope", "2020/2024", "", Unit.USD_PER_YEAR, 0, 0);
        assertStat(r, INVESTMENT, "forecast_lo95", "2020/2024", "2025", Unit.USD, 5, 0);
        assertStat(r, INVESTMENT, "forecast_hi95", "2020/2024", "2025", Unit.USD, 5, 0);
        assertStat(r, INVESTMENT, "cv", "2020/2024", "", Unit.RATIO, 0, 0);
        assertTrue(r.insufficient().contains(new Insufficient(INVESTMENT,
                "KOR–KAZ investment inflow 2020/2024: no R\u00b2 or p-value for investment inflows from South Korea to "
                        + "Kazakhstan (the value is the same every year).")),
                r.insufficient().toString());
    }

    @Test
    void meanOfZeroGivesNoCoefficientOfVariation() {
        SeriesKey balance = EXPORT.withMeasure("balance");
        Result r = SeriesStatistics.analyse(levels(balance, Unit.USD, 2020, "-10", "5", "5", "-5", "5"));
        assertEquals(9, r.added().size());
        assertTrue(r.added().stream().noneMatch(i -> i.name().equals("cv")));
        assertStat(r, balance, "mean", "2020/2024", "", Unit.USD, 0, 0);
        assertTrue(r.insufficient().contains(new Insufficient(balance,
                "KOR–KGZ balance 2020/2024: no coefficient of variation for South Korea's trade balance with "
                        + "Kyrgyzstan (the mean is 0).")), r.insufficient().toString());
    }

    @Test
    void coefficientOfVariationOfANegativeSeriesIsPositive() {
        SeriesKey balance = EXPORT.withMeasure("balance");
        // mean −30, squared deviations 400, 100, 0, 100, 400: stdev √(1000 / 4)
        Result r = SeriesStatistics.analyse(levels(balance, Unit.USD, 2020, "-10", "-20", "-30", "-40", "-50"));
        assertStat(r, balance, "cv", "2020/2024", "", Unit.RATIO, Math.sqrt(250) / 30, 1e-12); // stdev / |mean|
        assertStat(r, balance, "trend_slope", "2020/2024", "", Unit.USD_PER_YEAR, -10, 0);
    }

    // ---- scope, units and flags ----

    @Test
    void coversMoneyAndCountSeriesOnly() {
        assertTrue(SeriesStatistics.appliesTo(EXPORT));
        assertTrue(SeriesStatistics.appliesTo(EXPORT.withMeasure("import")));
        assertTrue(SeriesStatistics.appliesTo(EXPORT.withMeasure("balance")));
        assertTrue(SeriesStatistics.appliesTo(TURNOVER));
        assertTrue(SeriesStatistics.appliesTo(INVESTMENT));
        assertTrue(SeriesStatistics.appliesTo(COMPANIES));
        assertTrue(!SeriesStatistics.appliesTo(EXPORT.withMeasure("coverage")));
        assertTrue(!SeriesStatistics.appliesTo(EXPORT.withMeasure("normalized_balance")));
        SeriesKey engagement = new SeriesKey(Dataset.ENGAGEMENT, "KGZ", "KOR", "all", "");
        assertTrue(!SeriesStatistics.appliesTo(engagement));

        List<Indicator> in = new ArrayList<>(levels(EXPORT.withMeasure("coverage"), Unit.RATIO, 2020, "1", "2", "3",
                "4", "5"));
        in.addAll(levels(engagement, Unit.COUNT, 2020, "1", "2", "3", "4", "5"));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(), r.insufficient());
    }

    @Test
    void indicatorsOtherThanLevelAndYoyPctAreIgnored() {
        List<Indicator> levels = levels(EXPORT, Unit.USD, 2020, "1", "2", "4", "5", "7");
        List<Indicator> in = new ArrayList<>(levels);
        in.add(new Indicator(EXPORT, "2022", "yoy_abs", new BigDecimal("2"), Unit.USD, "2021", Set.of()));
        in.add(new Indicator(EXPORT, "2022", "long_pct", new BigDecimal("300"), Unit.PERCENT, "2020", Set.of()));
        in.add(new Indicator(EXPORT, "2020/2024", "forecast", new BigDecimal("9"), Unit.USD, "2025", Set.of()));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(10, r.added().size());
        assertEquals(SeriesStatistics.analyse(levels), r);
    }

    @Test
    void unitsOfEachDataset() {
        List<Indicator> in = new ArrayList<>(levels(INVESTMENT, Unit.USD, 2020, "1", "2", "4", "5", "7"));
        in.addAll(levels(COMPANIES, Unit.COUNT, 2020, "1", "2", "4", "5", "7"));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(Unit.USD_PER_YEAR, get(r, INVESTMENT, "trend_slope").unit());
        assertEquals(Unit.USD, get(r, INVESTMENT, "forecast").unit());
        assertEquals(Unit.USD, get(r, INVESTMENT, "stdev").unit());
        assertEquals(Unit.COUNT, get(r, COMPANIES, "trend_slope").unit());
        assertEquals(Unit.COUNT, get(r, COMPANIES, "forecast_hi95").unit());
        assertEquals(Unit.RATIO, get(r, COMPANIES, "cv").unit());
        assertEquals(Unit.RATIO, get(r, COMPANIES, "trend_p").unit());
    }

    @Test
    void flagsOfTheInputsCarryOver() {
        List<Indicator> derived = new ArrayList<>(levels(EXPORT, Unit.USD, 2020, "1", "2", "4", "5"));
        derived.add(level(EXPORT, "2024", "7", Unit.USD, Flag.DERIVED));
        List<Indicator> added = SeriesStatistics.analyse(derived).added();
        assertEquals(10, added.size());
        for (Indicator i : added) {
            assertEquals(Set.of(Flag.DERIVED), i.flags(), i.name());
        }
        List<Indicator> approximate = new ArrayList<>(derived);
        approximate.set(0, level(EXPORT, "2020", "1", Unit.USD, Flag.APPROX));
        added = SeriesStatistics.analyse(approximate).added();
        assertEquals(10, added.size());
        for (Indicator i : added) {
            assertEquals(Set.of(Flag.APPROX, Flag.DERIVED), i.flags(), i.name());
        }
        for (Indicator i : SeriesStatistics.analyse(levels(EXPORT, Unit.USD, 2020, "1", "2", "4", "5", "7")).added()) {
            assertEquals(Set.of(), i.flags(), i.name());
        }
    }

    @Test
    void amountsAreRoundedToCents() {
        // 1, 2, 2, 3, 3: mean 2.2, Sxy 5, slope 0.5, SST 2.8, stdev √0.7 = 0.8367, forecast 2.2 + 0.5 · 3 = 3.7
        Result r = SeriesStatistics.analyse(levels(EXPORT, Unit.USD, 2019, "1", "2", "2", "3", "3"));
        assertEquals(new BigDecimal("2.20"), get(r, EXPORT, "mean").value());
        assertEquals(new BigDecimal("0.50"), get(r, EXPORT, "trend_slope").value());
        assertEquals(new BigDecimal("0.84"), get(r, EXPORT, "stdev").value());
        assertEquals(new BigDecimal("3.70"), get(r, EXPORT, "forecast").value());
        // ratios keep their digits: R² = Sxy² / (Sxx · SST) = 25 / 28, cv = √0.7 / 2.2
        assertEquals(25.0 / 28, value(r, EXPORT, "trend_r2"), 1e-12);
        assertEquals(Math.sqrt(0.7) / 2.2, value(r, EXPORT, "cv"), 1e-12);
    }

    @Test
    void twoFiguresForOneYearGiveASentenceNotANumber() {
        List<Indicator> in = new ArrayList<>(levels(EXPORT, Unit.USD, 2019, "1", "2", "3", "4", "5"));
        in.add(level(EXPORT, "2020", "6", Unit.USD));
        in.addAll(yoyChanges(EXPORT, 2020, "100", "50", "33.333333", "25"));
        in.add(new Indicator(EXPORT, "2021", "yoy_pct", new BigDecimal("-40"), Unit.PERCENT, "2020", Set.of()));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(
                new Insufficient(EXPORT, "KOR–KGZ export: two yearly figures of South Korea's exports to Kyrgyzstan "
                        + "for 2020; no trend, forecast or summary statistics."),
                new Insufficient(EXPORT, "KOR–KGZ export: two year-on-year changes of South Korea's exports to "
                        + "Kyrgyzstan for 2021; no outlier check.")),
                r.insufficient());
    }

    @Test
    void cumulativeInvestmentFromDifferentStartYearsIsNotOneSeries() {
        SeriesKey cumulative = INVESTMENT.withMeasure("cumulative");
        List<Indicator> in = new ArrayList<>();
        for (int year = 2019; year <= 2023; year++) {
            in.add(new Indicator(cumulative, Integer.toString(year), "level", BigDecimal.valueOf(year - 2000),
                    Unit.USD, "1992", Set.of()));
        }
        Result sameStart = SeriesStatistics.analyse(in);
        assertEquals(10, sameStart.added().size());
        in.add(new Indicator(cumulative, "2023", "level", new BigDecimal("4300000000"), Unit.USD, "2000", Set.of()));
        in.add(new Indicator(cumulative, "2022", "level", new BigDecimal("4000000000"), Unit.USD, "", Set.of()));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(new Insufficient(cumulative, "KOR–KAZ investment cumulative: the yearly figures of "
                + "cumulative investment from South Korea in Kazakhstan count from different start years (1992, 2000, "
                + "unstated); no trend, forecast or summary statistics.")),
                r.insufficient());
    }

    @Test
    void trendRefusesFewerThanFivePointsOrOneX() {
        assertEquals(5, Trend.fit(new double[]{1, 2, 3, 4, 5}, new double[]{1, 2, 3, 4, 6}).n());
        assertThrows(IllegalArgumentException.class,
                () -> Trend.fit(new double[]{1, 2, 3, 4}, new double[]{1, 2, 3, 4}));
        assertThrows(IllegalArgumentException.class,
                () -> Trend.fit(new double[]{1, 2, 3, 4, 5}, new double[]{1, 2, 3, 4}));
        IllegalArgumentException oneX = assertThrows(IllegalArgumentException.class,
                () -> Trend.fit(new double[]{2020, 2020, 2020, 2020, 2020}, new double[]{1, 2, 3, 4, 5}));
        assertEquals("a trend needs at least two different x", oneX.getMessage());
    }

    // ---- outliers on year-on-year changes ----

    @Test
    void clearOutlierIsFlagged() {
        // 2, 3, 2, 4, 3, 60: median 3; |x − 3| = 1, 0, 1, 1, 0, 57, their median (MAD) 1; z = 0.6745 (x − 3)
        List<Indicator> in = levelsGrowingBy(TURNOVER, 2017, "100", "2", "3", "2", "4", "3", "60");
        Result r = SeriesStatistics.analyse(in);
        List<Indicator> z = zScores(r);
        assertEquals(6, z.size());
        double[] expected = {-0.6745, 0, -0.6745, 0.6745, 0, 38.4465};
        for (int k = 0; k < 6; k++) {
            Indicator i = z.get(k);
            assertEquals(TURNOVER, i.series());
            assertEquals(Integer.toString(2018 + k), i.period());
            assertEquals(Integer.toString(2017 + k), i.basis());
            assertEquals(Unit.RATIO, i.unit());
            assertEquals(expected[k], i.value().doubleValue(), 1e-12, i.period());
            assertEquals(k == 5 ? Set.of(Flag.OUTLIER) : Set.of(), i.flags(), i.period());
        }
        Indicator sixty = in.stream().filter(i -> i.name().equals("yoy_pct") && i.period().equals("2023"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new Indicator(TURNOVER, "2023", "yoy_pct", sixty.value(), Unit.PERCENT, "2022",
                Set.of(Flag.OUTLIER))), r.outlierMarked());
        assertEquals(List.of(), r.insufficient());
    }

    @Test
    void outlierThresholdIsStrictlyAboveThreePointFive() {
        // 2, 3, 3, 4, x: median 3, deviations 1, 0, 0, 1, x − 3, MAD 1: 8.19 gives z = 3.500655, 8.18 gives 3.493910
        Result above = SeriesStatistics.analyse(levelsGrowingBy(EXPORT, 2018, "100", "2", "3", "3", "4", "8.19"));
        assertEquals(List.of("2023"), above.outlierMarked().stream().map(Indicator::period).toList());
        Result below = SeriesStatistics.analyse(levelsGrowingBy(EXPORT, 2018, "100", "2", "3", "3", "4", "8.18"));
        assertEquals(List.of(), below.outlierMarked());
        assertEquals(0.6745 * 5.18, zScores(below).get(4).value().doubleValue(), 1e-12);
        assertTrue(below.added().stream().noneMatch(i -> i.flags().contains(Flag.OUTLIER)));
    }

    @Test
    void negativeOutlierIsFlaggedToo() {
        // 2, 3, −60, 4, 3: median 3, deviations 1, 0, 63, 1, 0, MAD 1
        Result r = SeriesStatistics.analyse(levelsGrowingBy(EXPORT, 2018, "100", "2", "3", "-60", "4", "3"));
        assertEquals(List.of("2021"), r.outlierMarked().stream().map(Indicator::period).toList());
        assertEquals(0.6745 * -63, zScores(r).get(2).value().doubleValue(), 1e-12);
    }

    @Test
    void madOfZeroGivesNoZScore() {
        // 5, 5, 5, 9: median 5, deviations 0, 0, 0, 4, MAD 0
        Result r = SeriesStatistics.analyse(levelsGrowingBy(EXPORT, 2018, "100", "5", "5", "5", "9"));
        assertEquals(10, r.added().size(), "the levels still get their statistics");
        assertEquals(List.of(), zScores(r));
        assertEquals(List.of(), r.outlierMarked());
        assertEquals(List.of(new Insufficient(EXPORT, "KOR–KGZ export 2019/2022: half or more of the year-on-year "
                + "changes of South Korea's exports to Kyrgyzstan equal their median (MAD 0); no outlier check.")),
                r.insufficient());
    }

    @Test
    void fiveYearlyFiguresWithThreeChangesGiveStatisticsButNoOutlierCheck() {
        // exports that start at zero: the change of 2019, from zero, has no percentage
        List<Indicator> in = new ArrayList<>(levels(EXPORT, Unit.USD, 2018, "0", "10", "11", "12", "14"));
        in.addAll(yoyChanges(EXPORT, 2020, "10", "9.090909", "16.666667"));
        in.add(new Indicator(EXPORT, "2022-H1", "yoy_pct", new BigDecimal("500"), Unit.PERCENT, "2021-H1",
                Set.of()));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of("trend_slope", "trend_r2", "trend_p", "forecast", "forecast_lo95", "forecast_hi95",
                "mean", "median", "stdev", "cv"), names(r.added()));
        assertEquals(List.of(new Insufficient(EXPORT,
                "KOR–KGZ export: 3 year-on-year changes of South Korea's exports to Kyrgyzstan; the "
                        + "outlier check needs at least 4.")), r.insufficient());
    }

    @Test
    void aDeficitIsCheckedOnTheAmountsOfItsChanges() {
        // yearly balances 2019–2024 of -100, -110, -120, -125, -400, -130 million: no change has a percentage (each
        // is of a deficit), so the check reads the amounts (yoy_abs), in million:
        //   2020: -10, 2021: -10, 2022: -5, 2023: -275, 2024: +270
        //   sorted -275, -10, -10, -5, 270: median -10
        //   |x - (-10)| = 0, 0, 5, 265, 280; sorted 0, 0, 5, 265, 280: MAD 5
        //   z(2023) = 0.6745 * (-275 - (-10)) / 5 = 0.6745 * -53 = -35.7485  -> |z| > 3.5, an outlier
        //   z(2024) = 0.6745 * (270 - (-10)) / 5 = 0.6745 * 56 = 37.772      -> an outlier
        //   z(2022) = 0.6745 * 5 / 5 = 0.6745; z(2020) = z(2021) = 0
        SeriesKey balance = EXPORT.withMeasure("balance");
        List<Indicator> in = new ArrayList<>(levels(balance, Unit.USD, 2019, "-100000000", "-110000000",
                "-120000000", "-125000000", "-400000000", "-130000000"));
        in.addAll(amountChanges(balance, 2020, "-10000000", "-10000000", "-5000000", "-275000000", "270000000"));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.insufficient(), "no more \"no year-on-year change ...; needs at least 4\"");
        List<Indicator> z = zScores(r);
        assertEquals(List.of("2020", "2021", "2022", "2023", "2024"), z.stream().map(Indicator::period).toList());
        double[] expected = {0, 0, 0.6745, -35.7485, 37.772};
        for (int k = 0; k < 5; k++) {
            assertEquals(expected[k], z.get(k).value().doubleValue(), 1e-9, z.get(k).period());
            assertEquals(Unit.RATIO, z.get(k).unit());
            assertEquals(Integer.toString(2019 + k), z.get(k).basis());
            assertEquals(k >= 3 ? Set.of(Flag.OUTLIER) : Set.of(), z.get(k).flags(), z.get(k).period());
        }
        assertEquals(List.of(
                new Indicator(balance, "2023", "yoy_abs", new BigDecimal("-275000000"), Unit.USD, "2022",
                        Set.of(Flag.OUTLIER)),
                new Indicator(balance, "2024", "yoy_abs", new BigDecimal("270000000"), Unit.USD, "2023",
                        Set.of(Flag.OUTLIER))), r.outlierMarked());
        assertEquals(2, r.applyTo(in).stream().filter(i -> i.name().equals("yoy_abs")
                && i.flags().contains(Flag.OUTLIER)).count());
    }

    @Test
    void aSurplusIsStillCheckedAndOtherSeriesKeepTheirPercentages() {
        // the same figures as a surplus, 100, 110, 120, 125, 400, 130 million: the balance is checked on its
        // amounts (10, 10, 5, 275, -270: median 10, MAD 5), and 2023 and 2024 stand out as before, when its
        // percentages were used; its percentages are ignored
        SeriesKey balance = EXPORT.withMeasure("balance");
        String[] levels = {"100000000", "110000000", "120000000", "125000000", "400000000", "130000000"};
        String[] amounts = {"10000000", "10000000", "5000000", "275000000", "-270000000"};
        String[] percents = {"10", "9.0909090909", "4.1666666667", "220", "-67.5"};
        List<Indicator> in = new ArrayList<>(levels(balance, Unit.USD, 2019, levels));
        in.addAll(amountChanges(balance, 2020, amounts));
        in.addAll(yoyChanges(balance, 2020, percents));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.insufficient());
        assertEquals(0.6745 * 265 / 5, zScores(r).get(3).value().doubleValue(), 1e-9);
        assertEquals(0.6745 * -280 / 5, zScores(r).get(4).value().doubleValue(), 1e-9);
        assertEquals(List.of("2023 yoy_abs", "2024 yoy_abs"), r.outlierMarked().stream()
                .map(i -> i.period() + " " + i.name()).toList());

        // exports of the same figures: percentages, as before (median 100/11 = 9.0909; deviations 0.9091, 0,
        // 4.9242, 210.9091, 76.5909: MAD 100/11 - 25/6 = 4.9242; z(2023) = 0.6745 * 210.9091 / 4.9242 = 28.889)
        List<Indicator> exports = new ArrayList<>(levels(EXPORT, Unit.USD, 2019, levels));
        exports.addAll(amountChanges(EXPORT, 2020, amounts));
        exports.addAll(yoyChanges(EXPORT, 2020, percents));
        Result e = SeriesStatistics.analyse(exports);
        double mad = 100.0 / 11 - 25.0 / 6;
        assertEquals(0.6745 * (220 - 100.0 / 11) / mad, zScores(e).get(3).value().doubleValue(), 1e-6);
        assertEquals(28.889, zScores(e).get(3).value().doubleValue(), 1e-3);
        assertEquals(List.of("2023 yoy_pct", "2024 yoy_pct"), e.outlierMarked().stream()
                .map(i -> i.period() + " " + i.name()).toList());
    }

    @Test
    void aSeriesWithABoundNeverGetsAnOutlierFlag() {
        // the changes alone would flag 60 (median 3, MAD 1, z 38.4); the 2020 level is only a lower bound
        List<Indicator> in = new ArrayList<>();
        for (Indicator i : levelsGrowingBy(TURNOVER, 2017, "100", "2", "3", "2", "4", "3", "60")) {
            boolean level2020 = i.name().equals("level") && i.period().equals("2020");
            in.add(level2020 ? level(TURNOVER, "2020", i.value().toPlainString(), Unit.USD, Flag.AT_LEAST) : i);
        }
        Result r = SeriesStatistics.analyse(in);
        assertEquals(List.of(), r.added());
        assertEquals(List.of(), r.outlierMarked());
        assertEquals(List.of(new Insufficient(TURNOVER, "KGZ–KOR turnover: the figure of trade turnover between "
                + "Kyrgyzstan and South Korea for 2020 is only a bound (\u2265); " + NEEDS_FIVE)), r.insufficient());
        assertTrue(r.applyTo(in).stream().noneMatch(i -> i.flags().contains(Flag.OUTLIER)));
    }

    @Test
    void halfYearChangesAreNotPartOfTheYearlyCheck() {
        // 2, 3, 2, 4: median 2.5, deviations 0.5, 0.5, 0.5, 1.5, MAD 0.5, z = 0.6745 (x − 2.5) / 0.5;
        // with the 900 of 2022-H1 the median would be 3, the MAD 1 and 900 an outlier
        List<Indicator> in = new ArrayList<>(levelsGrowingBy(EXPORT, 2018, "100", "2", "3", "2", "4"));
        in.add(new Indicator(EXPORT, "2022-H1", "yoy_pct", new BigDecimal("900"), Unit.PERCENT, "2021-H1", Set.of()));
        Result r = SeriesStatistics.analyse(in);
        List<Indicator> z = zScores(r);
        assertEquals(List.of("2019", "2020", "2021", "2022"), z.stream().map(Indicator::period).toList());
        assertEquals(0.6745 * 1.5 / 0.5, z.get(3).value().doubleValue(), 1e-12);
        assertEquals(List.of(), r.outlierMarked());
    }

    @Test
    void outlierKeepsTheFlagsOfItsChange() {
        List<Indicator> in = new ArrayList<>(levelsGrowingBy(TURNOVER, 2017, "100", "2", "3", "2", "4", "3"));
        in.add(new Indicator(TURNOVER, "2023", "yoy_pct", new BigDecimal("60"), Unit.PERCENT, "2022",
                Set.of(Flag.DERIVED, Flag.APPROX)));
        in.add(level(TURNOVER, "2023", "183.665723904", Unit.USD, Flag.DERIVED, Flag.APPROX));
        Result r = SeriesStatistics.analyse(in);
        assertEquals(Set.of(Flag.DERIVED, Flag.APPROX, Flag.OUTLIER), r.outlierMarked().get(0).flags());
        List<Indicator> z = zScores(r);
        assertEquals("2023", z.get(5).period());
        assertEquals(Set.of(Flag.DERIVED, Flag.APPROX, Flag.OUTLIER), z.get(5).flags());
        assertEquals(Set.of(Flag.DERIVED, Flag.APPROX), z.get(0).flags());
    }

    @Test
    void applyToReplacesTheOutlierChangesAndAppendsTheStatistics() {
        List<Indicator> in = new ArrayList<>(levels(TURNOVER, Unit.USD, 2017, "100", "102", "105", "103", "107",
                "110", "176"));
        in.addAll(yoyChanges(TURNOVER, 2018, "2", "3", "2", "4", "3", "60"));
        Result r = SeriesStatistics.analyse(in);
        List<Indicator> all = r.applyTo(in);
        assertEquals(in.size() + r.added().size(), all.size());
        assertEquals(r.added(), all.subList(in.size(), all.size()));
        for (int k = 0; k < in.size(); k++) {
            Indicator before = in.get(k);
            Indicator after = all.get(k);
            boolean outlier = before.name().equals("yoy_pct") && before.period().equals("2023");
            assertEquals(outlier ? r.outlierMarked().get(0) : before, after, before.name() + " " + before.period());
        }
        assertTrue(all.get(12).flags().contains(Flag.OUTLIER));
    }

    // ---- helpers ----

    private static Indicator level(SeriesKey series, String period, String value, Unit unit, Flag... flags) {
        return new Indicator(series, period, "level", new BigDecimal(value), unit, "", flagSet(flags));
    }

    private static List<Indicator> levels(SeriesKey series, Unit unit, int firstYear, String... values) {
        List<Indicator> out = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            out.add(level(series, Integer.toString(firstYear + k), values[k], unit));
        }
        return out;
    }

    /**
     * Yearly levels from {@code firstYear}, starting at {@code firstLevel} and growing by the given percentages, and
     * those percentages as the {@code yoy_pct} of the following years: the levels the changes were computed from.
     */
    private static List<Indicator> levelsGrowingBy(SeriesKey series, int firstYear, String firstLevel,
                                                   String... percents) {
        List<Indicator> out = new ArrayList<>();
        BigDecimal level = new BigDecimal(firstLevel);
        out.add(level(series, Integer.toString(firstYear), level.toPlainString(), Unit.USD));
        for (int k = 0; k < percents.length; k++) {
            level = level.multiply(BigDecimal.ONE.add(new BigDecimal(percents[k]).movePointLeft(2)));
            out.add(level(series, Integer.toString(firstYear + k + 1), level.toPlainString(), Unit.USD));
        }
        out.addAll(yoyChanges(series, firstYear + 1, percents));
        return out;
    }

    private static List<Indicator> yoyChanges(SeriesKey series, int firstYear, String... percents) {
        List<Indicator> out = new ArrayList<>();
        for (int k = 0; k < percents.length; k++) {
            out.add(new Indicator(series, Integer.toString(firstYear + k), "yoy_pct", new BigDecimal(percents[k]),
                    Unit.PERCENT, Integer.toString(firstYear + k - 1), Set.of()));
        }
        return out;
    }

    /** Year-on-year changes as amounts ({@code yoy_abs}) from {@code firstYear}, each on the year before. */
    private static List<Indicator> amountChanges(SeriesKey series, int firstYear, String... amounts) {
        List<Indicator> out = new ArrayList<>();
        for (int k = 0; k < amounts.length; k++) {
            out.add(new Indicator(series, Integer.toString(firstYear + k), "yoy_abs", new BigDecimal(amounts[k]),
                    Unit.USD, Integer.toString(firstYear + k - 1), Set.of()));
        }
        return out;
    }

    private static Set<Flag> flagSet(Flag... flags) {
        return flags.length == 0 ? Set.of() : EnumSet.copyOf(List.of(flags));
    }

    private static Indicator get(Result r, SeriesKey series, String name) {
        List<Indicator> found = r.added().stream().filter(i -> i.series().equals(series) && i.name().equals(name))
                .toList();
        assertEquals(1, found.size(), name + " of " + series + " in " + r.added());
        return found.get(0);
    }

    private static double value(Result r, SeriesKey series, String name) {
        return get(r, series, name).value().doubleValue();
    }

    private static void assertStat(Result r, SeriesKey series, String name, String period, String basis, Unit unit,
                                   double expected, double tolerance) {
        Indicator i = get(r, series, name);
        assertEquals(period, i.period(), name);
        assertEquals(basis, i.basis(), name);
        assertEquals(unit, i.unit(), name);
        assertEquals(expected, i.value().doubleValue(), tolerance, name);
    }

    private static void assertRelative(double expected, double actual, double relative) {
        assertEquals(expected, actual, Math.abs(expected) * relative);
    }

    private static List<String> names(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::name).toList();
    }

    private static List<Indicator> zScores(Result r) {
        return r.added().stream().filter(i -> i.name().equals("outlier_z")).toList();
    }

    /**
     * The two-sided p-value of a t statistic with 3 degrees of freedom, in closed form: the CDF of Student's t with
     * 3 df is 1/2 + (1/π) (u / (1 + u²) + atan u) with u = t / √3.
     */
    private static double twoSidedPWithThreeDf(double t) {
        double u = Math.abs(t) / Math.sqrt(3);
        return 1 - 2 / Math.PI * (u / (1 + u * u) + Math.atan(u));
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Closed-form OLS slope: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)². */
    private static double slopeByHand(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k] / x.length;
            my += y[k] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxy / sxx;
    }
}
