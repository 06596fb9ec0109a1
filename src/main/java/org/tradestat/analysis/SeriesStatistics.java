package org.tradestat.analysis;

import static org.tradestat.analysis.YearlyFigures.byYear;
import static org.tradestat.analysis.YearlyFigures.clash;
import static org.tradestat.analysis.YearlyFigures.count;
import static org.tradestat.analysis.YearlyFigures.firstBound;
import static org.tradestat.analysis.YearlyFigures.flagsOf;
import static org.tradestat.analysis.YearlyFigures.yearOf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.util.Words;

/**
 * The statistics of SPEC 4 on yearly series, computed with Commons Math: OLS trend (slope per year, R², p-value of
 * the slope), a next-year forecast with a 95% prediction interval, mean, median, sample standard deviation and
 * coefficient of variation of the yearly levels, and robust z-scores of the year-on-year changes (in percent; as
 * amounts for a trade balance, see {@link #outlierChange}), with {@link Flag#OUTLIER} where |z| &gt; 3.5
 * ({@link RobustOutliers}). The rules on what a series needs are in docs/statistics.md.
 *
 * <p>Series covered: trade {@code export}, {@code import}, {@code turnover}, {@code balance}; every investment and
 * companies measure. Ratios (coverage, normalized balance) and engagement counts are not covered.
 *
 * <p>Indicators (SPEC 6): the period is the series' range {@code first/last} of its yearly levels; forecasts carry
 * the forecast year as basis. Money statistics are in USD, slopes in USD/year; for companies every statistic,
 * the slope included, is in {@code count} (SPEC has no count-per-year unit). R², p, cv and z are ratios. Amounts
 * in USD, USD/year and count are rounded to 2 decimals (cents); ratios keep their double digits.
 * The median of an even number of values is the mean of the two middle ones (Commons Math's default percentile
 * estimation); cv is stdev / |mean|, so a series of deficits has a positive cv, and none when the mean is 0; the
 * prediction interval is not cut at zero. Gap years stay gaps: x is the calendar year.
 * A statistic carries {@code derived} when any level it was computed from is derived, and {@code approx} when any is
 * approximate or a bound. {@code outlier_z} has the year of its change as period and the comparator year as basis,
 * and the flags of all the changes of the series (as every z depends on their median and MAD).
 */
public final class SeriesStatistics {

    /**
     * Yearly levels a series needs for a trend, forecast, summary statistics and the outlier check; none of them may
     * be a bound (README, "Reading the report": fewer points give intervals and z-scores that claim too much).
     */
    public static final int MIN_POINTS = 5;
    /** Year-on-year changes a series needs for the outlier check, besides {@link #MIN_POINTS} levels. */
    public static final int MIN_CHANGES = 4;
    /** What a series needs, as the sentences say it. */
    static final String NEEDS = "trend, forecast, summary statistics and the outlier check need at least " + MIN_POINTS
            + " yearly figures, none of them a bound (\u2265 or \u2264)";
    /** A change is an outlier when its robust z-score is beyond this, in absolute value (Iglewicz and Hoaglin). */
    public static final double OUTLIER_LIMIT = 3.5;
    /** Makes the MAD consistent with the standard deviation of a normal distribution (Iglewicz and Hoaglin). */
    public static final double MAD_SCALE = 0.6745;
    public static final double CONFIDENCE = 0.95;

    static final Set<String> TRADE_MEASURES = Set.of("export", "import", "turnover", "balance");
    static final int AMOUNT_DECIMALS = 2;
    /** Statistics as sentences name them ({@code trend_r2} is "R²"); the others by their name ("mean"). */
    private static final Map<String, String> IN_WORDS = Map.of("trend_slope", "trend", "trend_r2", "R\u00b2",
            "trend_p", "p-value", "forecast_lo95", "prediction interval", "forecast_hi95", "prediction interval",
            "stdev", "standard deviation", "cv", "coefficient of variation");

    static final Comparator<SeriesKey> SERIES_ORDER = Comparator.comparing(SeriesKey::dataset)
            .thenComparing(SeriesKey::reporter).thenComparing(SeriesKey::partner)
            .thenComparing(SeriesKey::measure).thenComparing(SeriesKey::commodity);

    /**
     * A series, or a statistic of one, that has no figure, and the sentence the report shows instead: its label and
     * range as tables name them (the Statistics sheet reads them back), then the reason in words: "KOR–KGZ export: no
     * yearly figure of South Korea's exports to Kyrgyzstan; ..." ({@link SeriesKey#words()}).
     */
    public record Insufficient(SeriesKey series, String sentence) {
    }

    /**
     * @param added         the new statistics indicators, series by series in a fixed order
     * @param outlierMarked copies of the year-on-year changes ({@link #outlierChange}) that are outliers, carrying
     *                      {@link Flag#OUTLIER}
     * @param insufficient  the series and statistics with too little data, in words
     */
    public record Result(List<Indicator> added, List<Indicator> outlierMarked, List<Insufficient> insufficient) {

        public Result {
            added = List.copyOf(added);
            outlierMarked = List.copyOf(outlierMarked);
            insufficient = List.copyOf(insufficient);
        }

        /** The given indicators with the outlier changes replaced by their marked copies, then the added ones. */
        public List<Indicator> applyTo(List<Indicator> indicators) {
            Map<List<Object>, Indicator> marked = new HashMap<>();
            for (Indicator i : outlierMarked) {
                marked.put(identity(i), i);
            }
            List<Indicator> out = new ArrayList<>(indicators.size() + added.size());
            for (Indicator i : indicators) {
                out.add(marked.getOrDefault(identity(i), i));
            }
            out.addAll(added);
            return out;
        }

        private static List<Object> identity(Indicator i) {
            return List.of(i.series(), i.period(), i.name(), i.basis());
        }
    }

    private SeriesStatistics() {
    }

    /** True when SPEC 4's statistics apply to the series (its levels are money or counts, not ratios). */
    public static boolean appliesTo(SeriesKey series) {
        return switch (series.dataset()) {
            // the folded rest of the smaller commodities changes its composition from year to year: no trend in it
            case TRADE -> TRADE_MEASURES.contains(series.measure()) && !CommodityCode.isOther(series.commodity());
            case INVESTMENT, COMPANIES -> true;
            case ENGAGEMENT -> false;
        };
    }

    /**
     * The year-on-year change whose robust z-scores the outlier check computes: {@code yoy_abs}, the amount, for a
     * trade balance, which can be negative or zero (a deficit's change has no percentage, and a balance near zero
     * gives percentages of any size); {@code yoy_pct} for every other series, whose figures are never negative, so
     * that the changes of a growing series compare across the years (README, "Reading the report").
     */
    public static String outlierChange(SeriesKey series) {
        return series.dataset() == Dataset.TRADE && "balance".equals(series.measure()) ? "yoy_abs" : "yoy_pct";
    }

    /**
     * @param indicators all indicators of a run; the {@code level} indicators and the year-on-year changes of
     *                   {@link #outlierChange} of yearly periods of the covered series are used, the rest is ignored
     */
    public static Result analyse(List<Indicator> indicators) {
        Map<SeriesKey, List<Indicator>> levels = new TreeMap<>(SERIES_ORDER);
        Map<SeriesKey, List<Indicator>> changes = new TreeMap<>(SERIES_ORDER);
        for (Indicator i : indicators) {
            if (!appliesTo(i.series())) {
                continue;
            }
            Map<SeriesKey, List<Indicator>> target = "level".equals(i.name()) ? levels
                    : outlierChange(i.series()).equals(i.name()) ? changes : null;
            if (target == null) {
                continue;
            }
            List<Indicator> yearly = target.computeIfAbsent(i.series(), k -> new ArrayList<>());
            if (yearOf(i) != null) {
                yearly.add(i);
            }
        }
        Set<SeriesKey> all = new TreeSet<>(SERIES_ORDER);
        all.addAll(levels.keySet());
        all.addAll(changes.keySet());
        List<Indicator> added = new ArrayList<>();
        List<Indicator> marked = new ArrayList<>();
        List<Insufficient> insufficient = new ArrayList<>();
        for (SeriesKey series : all) {
            NavigableMap<Integer, Indicator> yearly = new TreeMap<>();
            String of = " of " + series.words();
            if (levels.containsKey(series)) {
                yearly = byYear(levels.get(series));
                String clash = clash(levels.get(series), yearly, "yearly figures" + of, true);
                if (clash != null) {
                    insufficient.add(new Insufficient(series, series.label() + ": " + clash
                            + "; no trend, forecast or summary statistics."));
                    yearly = new TreeMap<>();
                } else if (yearly.size() < MIN_POINTS || firstBound(yearly) != null) {
                    insufficient.add(new Insufficient(series, series.label() + ": " + tooLittle(yearly, of) + "; "
                            + NEEDS + "."));
                } else {
                    levelStatistics(series, yearly, added, insufficient);
                }
            }
            boolean levelsUsable = yearly.size() >= MIN_POINTS && firstBound(yearly) == null;
            List<Indicator> changeList = changes.getOrDefault(series, List.of());
            NavigableMap<Integer, Indicator> yoy = byYear(changeList);
            String clash = clash(changeList, yoy, "year-on-year changes" + of, false);
            if (clash != null) {
                insufficient.add(new Insufficient(series, series.label() + ": " + clash + "; no outlier check."));
            } else if (levelsUsable && yoy.size() >= MIN_CHANGES) {
                RobustOutliers.check(series, yoy, added, marked, insufficient);
            } else if (levelsUsable) {
                insufficient.add(new Insufficient(series, series.label() + ": "
                        + (yoy.isEmpty() ? "no year-on-year change" : count(yoy.size(), "year-on-year change")) + of
                        + "; the outlier check needs at least " + MIN_CHANGES + "."));
            }
        }
        return new Result(added, marked, insufficient);
    }

    /**
     * Why yearly levels give no statistics, in words: too few of them, one a bound, or both ("3 yearly figures of
     * ..., the one for 2024 only a bound (≥)"): the three points, one a lower bound, once gave "explains 100%".
     */
    private static String tooLittle(NavigableMap<Integer, Indicator> yearly, String of) {
        Indicator bound = firstBound(yearly);
        String sign = bound == null ? "" : bound.flags().contains(Flag.AT_LEAST) ? "\u2265" : "\u2264";
        if (yearly.size() >= MIN_POINTS) {
            return "the figure" + of + " for " + yearOf(bound) + " is only a bound (" + sign + ")";
        }
        String few = (yearly.isEmpty() ? "no yearly figure" : count(yearly.size(), "yearly figure")) + of;
        return bound == null ? few : few + ", the one for " + yearOf(bound) + " only a bound (" + sign + ")";
    }

    private static void levelStatistics(SeriesKey series, NavigableMap<Integer, Indicator> yearly,
                                        List<Indicator> out, List<Insufficient> insufficient) {
        int n = yearly.size();
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (var e : yearly.entrySet()) {
            x[k] = e.getKey();
            y[k] = e.getValue().value().doubleValue();
            k++;
        }
        Unit unit = yearly.firstEntry().getValue().unit();
        for (Indicator level : yearly.values()) {
            if (level.unit() != unit) {
                throw new IllegalArgumentException(series + " has levels in " + unit + " and " + level.unit());
            }
        }
        Unit slopeUnit = unit == Unit.USD ? Unit.USD_PER_YEAR : unit;
        String range = yearly.firstKey() + "/" + yearly.lastKey();
        String next = Integer.toString(yearly.lastKey() + 1);
        Set<Flag> flags = flagsOf(yearly.values());

        Trend trend = Trend.fit(x, y);
        Trend.Interval interval = trend.predictionInterval(yearly.lastKey() + 1, CONFIDENCE);
        DescriptiveStatistics stats = new DescriptiveStatistics(y);
        double mean = stats.getMean();
        double stdev = stats.getStandardDeviation();

        List<String> undefined = new ArrayList<>();
        add(out, undefined, series, range, "trend_slope", trend.slope(), slopeUnit, "", flags);
        add(out, undefined, series, range, "trend_r2", trend.rSquare(), Unit.RATIO, "", flags);
        add(out, undefined, series, range, "trend_p", trend.significance(), Unit.RATIO, "", flags);
        add(out, undefined, series, range, "forecast", trend.predict(yearly.lastKey() + 1), unit, next, flags);
        add(out, undefined, series, range, "forecast_lo95", interval.lower(), unit, next, flags);
        add(out, undefined, series, range, "forecast_hi95", interval.upper(), unit, next, flags);
        add(out, undefined, series, range, "mean", mean, unit, "", flags);
        add(out, undefined, series, range, "median", stats.getPercentile(50), unit, "", flags);
        add(out, undefined, series, range, "stdev", stdev, unit, "", flags);
        add(out, undefined, series, range, "cv", mean == 0 ? Double.NaN : stdev / Math.abs(mean), Unit.RATIO, "", flags);
        if (!undefined.isEmpty()) {
            String why = stdev == 0 ? "the value is the same every year" : mean == 0 ? "the mean is 0" : "not defined";
            insufficient.add(new Insufficient(series, series.label() + " " + range + ": no "
                    + Words.join(undefined.stream().map(u -> IN_WORDS.getOrDefault(u, u)).distinct().toList(), "or")
                    + " for " + series.words() + " (" + why + ")."));
        }
    }

    private static void add(List<Indicator> out, List<String> undefined, SeriesKey series, String range, String name,
                            double value, Unit unit, String basis, Set<Flag> flags) {
        if (!Double.isFinite(value)) {
            undefined.add(name);
            return;
        }
        out.add(new Indicator(series, range, name, amount(value, unit), unit, basis, flags));
    }

    /** The value as a decimal: amounts rounded to {@value #AMOUNT_DECIMALS} decimals, ratios as computed. */
    static BigDecimal amount(double value, Unit unit) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        return switch (unit) {
            case USD, USD_PER_YEAR, COUNT -> decimal.setScale(AMOUNT_DECIMALS, RoundingMode.HALF_EVEN);
            default -> decimal;
        };
    }
}
