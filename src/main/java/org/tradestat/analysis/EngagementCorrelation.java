package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.tradestat.analysis.SeriesStatistics.Insufficient;
import org.tradestat.figure.CountryNames;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * Pearson and Spearman correlation (SPEC 4), with two-sided p-values and n, between a pair's yearly engagement
 * count (engagement {@code level} indicators of measure {@code all}) and its yearly trade turnover (trade
 * {@code level} indicators of measure {@code turnover}, commodity {@code TOTAL}), computed with Commons Math.
 *
 * <p>The years are those with a turnover figure inside the span of the pair's events (first to last year with an
 * event); a year of that span without an event counts as 0. A correlation needs {@value #MIN_YEARS} such years, as a
 * trend does, and at least {@value #MIN_EVENT_YEARS} of them with events: a coefficient over years that are mostly
 * zeros only contrasts the turnover of the few years with events with the rest (two years of 11 events once carried
 * r = 0.75). The sentence of a pair without a correlation names both counts (docs/statistics.md, "Correlation"). The pair is unordered: KGZ–KOR trade matches the
 * engagement pair (KGZ, KOR) as well as KOR–KGZ trade. Where both directions are reported, the one with more
 * years in common with the events is used; on a tie, the one whose reporter comes first alphabetically.
 *
 * <p>Indicators: dataset {@code engagement}, the pair in alphabetical order, measure {@code all}, period
 * {@code first/last} of the years used; {@code pearson_r}, {@code pearson_p}, {@code spearman_rho},
 * {@code spearman_p} in {@code ratio}, with basis {@code n=<years>}. Flags: {@code derived} or {@code approx} when
 * any input figure is.
 */
public final class EngagementCorrelation {

    /** Years with both figures (a year without events counting as 0) a correlation needs, as a trend does. */
    public static final int MIN_YEARS = SeriesStatistics.MIN_POINTS;
    /** Of those years, how many need at least one event. */
    public static final int MIN_EVENT_YEARS = 3;

    private static final Comparator<List<String>> PAIR_ORDER =
            Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1));

    /**
     * @param added        the correlation indicators, pair by pair in alphabetical order
     * @param insufficient the engagement pairs without a correlation, with the reason in words
     */
    public record Result(List<Indicator> added, List<Insufficient> insufficient) {

        public Result {
            added = List.copyOf(added);
            insufficient = List.copyOf(insufficient);
        }
    }

    /** Both coefficients with their two-sided p-values over n pairs of values. */
    public record Correlation(int n, double pearsonR, double pearsonP, double spearmanRho, double spearmanP) {

        /** Needs at least 3 pairs, and neither series constant. */
        public static Correlation of(double[] x, double[] y) {
            if (x.length != y.length || x.length < 3) {
                throw new IllegalArgumentException("a correlation needs at least 3 pairs of values");
            }
            double r = new PearsonsCorrelation().correlation(x, y);
            double rho = new SpearmansCorrelation().correlation(x, y);
            if (Double.isNaN(r) || Double.isNaN(rho)) {
                throw new IllegalArgumentException("a correlation needs values that vary");
            }
            return new Correlation(x.length, r, twoSidedP(r, x.length), rho, twoSidedP(rho, x.length));
        }
    }

    private EngagementCorrelation() {
    }

    /**
     * The two-sided p-value of a correlation coefficient c over n pairs, against no correlation:
     * t = c·√((n − 2) / (1 − c²)) with n − 2 degrees of freedom; 0 for a perfect correlation.
     */
    public static double twoSidedP(double c, int n) {
        if (Math.abs(c) >= 1.0) {
            return 0.0;
        }
        double t = Math.abs(c) * Math.sqrt((n - 2) / (1.0 - c * c));
        return 2.0 * new TDistribution(null, n - 2).cumulativeProbability(-t); // no random generator: none is drawn from
    }

    /** @param indicators all indicators of a run; engagement {@code all} and trade turnover levels are used */
    public static Result analyse(List<Indicator> indicators) {
        Map<List<String>, List<Indicator>> events = new TreeMap<>(PAIR_ORDER);
        Map<List<String>, Map<SeriesKey, List<Indicator>>> turnover = new TreeMap<>(PAIR_ORDER);
        for (Indicator i : indicators) {
            SeriesKey s = i.series();
            Period period = Period.tryParse(i.period()).orElse(null);
            if (!i.name().equals("level") || period == null || period.kind() != PeriodKind.YEAR) {
                continue;
            }
            if (s.dataset() == Dataset.ENGAGEMENT && s.measure().equals("all")) {
                events.computeIfAbsent(pair(s), p -> new ArrayList<>()).add(i);
            } else if (s.dataset() == Dataset.TRADE && s.measure().equals("turnover")
                    && SeriesKey.ALL_GOODS.equals(s.commodity())) {
                turnover.computeIfAbsent(pair(s), p -> new TreeMap<>(SeriesStatistics.SERIES_ORDER))
                        .computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        List<Indicator> added = new ArrayList<>();
        List<Insufficient> insufficient = new ArrayList<>();
        for (var entry : events.entrySet()) {
            List<String> pair = entry.getKey();
            SeriesKey key = new SeriesKey(Dataset.ENGAGEMENT, pair.get(0), pair.get(1), "all", "");
            String label = key.pairLabel();
            String between = " between " + CountryNames.place(pair.get(0)) + " and " + CountryNames.place(pair.get(1));
            NavigableMap<Integer, Indicator> counts = YearlyFigures.byYear(entry.getValue());
            String clash = YearlyFigures.clash(entry.getValue(), counts, "engagement counts" + between, false);
            Map<SeriesKey, NavigableMap<Integer, Indicator>> candidates = new TreeMap<>(SeriesStatistics.SERIES_ORDER);
            for (var t : turnover.getOrDefault(pair, Map.of()).entrySet()) {
                NavigableMap<Integer, Indicator> byYear = YearlyFigures.byYear(t.getValue());
                clash = clash != null ? clash : YearlyFigures.clash(t.getValue(), byYear,
                        "yearly figures of " + t.getKey().words(), false);
                candidates.put(t.getKey(), byYear);
            }
            if (clash != null) {
                insufficient.add(new Insufficient(key, label + ": " + clash + "; no correlation with turnover."));
                continue;
            }
            Integer first = null;
            Integer last = null;
            for (var e : counts.entrySet()) {
                if (e.getValue().value().signum() > 0) {
                    first = first == null ? e.getKey() : first;
                    last = e.getKey();
                }
            }
            if (first == null) {
                insufficient.add(new Insufficient(key, label + ": no engagement event" + between + " in any year; "
                        + "no correlation with turnover."));
                continue;
            }
            String span = first.equals(last) ? first.toString() : first + "\u2013" + last;
            NavigableMap<Integer, Indicator> trade = null;
            for (NavigableMap<Integer, Indicator> candidate : candidates.values()) {
                NavigableMap<Integer, Indicator> within = candidate.subMap(first, true, last, true);
                if (trade == null || within.size() > trade.size()) {
                    trade = within;
                }
            }
            int eventYears = trade == null ? 0 : (int) trade.keySet().stream()
                    .filter(year -> counts.containsKey(year) && counts.get(year).value().signum() > 0).count();
            if (trade == null || trade.size() < MIN_YEARS || eventYears < MIN_EVENT_YEARS) {
                int n = trade == null ? 0 : trade.size();
                insufficient.add(new Insufficient(key, label + ": " + (n == 0 ? "no year" : YearlyFigures.count(n,
                        "year")) + " with a turnover figure within the span of the engagement events" + between + " ("
                        + span + ")" + (n == 0 ? "" : ", " + eventYears + " of them with events")
                        + "; the correlation of engagement and turnover needs at least " + MIN_YEARS + ", at least "
                        + MIN_EVENT_YEARS + " of them with events."));
                continue;
            }
            int n = trade.size();
            double[] x = new double[n];
            double[] y = new double[n];
            List<Indicator> inputs = new ArrayList<>(trade.values());
            int k = 0;
            for (var e : trade.entrySet()) {
                Indicator count = counts.get(e.getKey());
                x[k] = count == null ? 0.0 : count.value().doubleValue();
                y[k] = e.getValue().value().doubleValue();
                if (count != null) {
                    inputs.add(count);
                }
                k++;
            }
            String range = trade.firstKey() + "/" + trade.lastKey();
            String constant = constant(x) ? "the count of engagement events" + between + " is " + plain(x[0])
                    + " every year" : constant(y) ? "trade turnover" + between + " is the same every year" : null;
            if (constant != null) {
                insufficient.add(new Insufficient(key, label + " " + range + ": " + constant
                        + "; no correlation of engagement and turnover."));
                continue;
            }
            Correlation c = Correlation.of(x, y);
            Set<Flag> flags = YearlyFigures.flagsOf(inputs);
            String basis = "n=" + n;
            added.add(new Indicator(key, range, "pearson_r", BigDecimal.valueOf(c.pearsonR()), Unit.RATIO, basis, flags));
            added.add(new Indicator(key, range, "pearson_p", BigDecimal.valueOf(c.pearsonP()), Unit.RATIO, basis, flags));
            added.add(new Indicator(key, range, "spearman_rho", BigDecimal.valueOf(c.spearmanRho()), Unit.RATIO, basis,
                    flags));
            added.add(new Indicator(key, range, "spearman_p", BigDecimal.valueOf(c.spearmanP()), Unit.RATIO, basis,
                    flags));
        }
        return new Result(added, insufficient);
    }

    /** The unordered pair of a series, in alphabetical order. */
    private static List<String> pair(SeriesKey s) {
        return s.reporter().compareTo(s.partner()) <= 0 ? List.of(s.reporter(), s.partner())
                : List.of(s.partner(), s.reporter());
    }

    private static boolean constant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
