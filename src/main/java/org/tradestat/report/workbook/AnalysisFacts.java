package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;

/**
 * The indicators beyond the trade levels and changes, arranged the way the new sheets and the findings read them:
 * investment and company levels with their changes, engagement counts and the time between events, shares,
 * concentration and mirror gaps, statistics over series, correlations, and the remarks that stand where a figure
 * could not be computed. Built once from {@link ReportData}.
 */
final class AnalysisFacts {

    static final String ALL = "all";
    static final String LEVEL_PREFIX = "level:";
    static final String AGREEMENT = "agreement";
    static final String ANY = "*";
    static final String CUMULATIVE = "cumulative";

    /** The engagement categories of SPEC 2.4, in column order. */
    static final List<String> CATEGORIES = List.of("visit", AGREEMENT, "forum", "cultural", "business", "other");
    /** The engagement levels of SPEC 2.4, in column order. */
    static final List<String> LEVELS = List.of("head_of_state", "head_of_government", "minister", "deputy_minister",
            "ambassador", "expert", "other");

    /** The statistics of a series over a range of years, in the order the Statistics sheet shows them. */
    static final List<String> STATISTICS = List.of("trend_slope", "trend_r2", "trend_p", "forecast", "forecast_lo95",
            "forecast_hi95", "mean", "median", "stdev", "cv");
    static final List<String> CORRELATION = List.of("pearson_r", "pearson_p", "spearman_rho", "spearman_p");

    static final Comparator<SeriesKey> SERIES_ORDER = Comparator.comparing(SeriesKey::dataset)
            .thenComparing(SeriesKey::reporter).thenComparing(SeriesKey::partner)
            .thenComparing((SeriesKey s) -> rank(List.of("turnover", "export", "import", "balance"), s.measure()))
            .thenComparing(SeriesKey::measure)
            .thenComparing(SeriesKey::commodity, TradeFacts.COMMODITY_ORDER);

    /** One row of the Investment or Companies sheet: a level of a series in a period, and its changes by type. */
    record LevelRow(SeriesKey series, Period period, Indicator level, Map<String, Indicator> changes) {

        /** The start year of a cumulative level, or null. */
        String since() {
            return level.basis().isEmpty() ? null : level.basis();
        }

        /** A change of the given type ("yoy", "seq", "long") and part ("abs", "pct", "cagr_pct"). */
        Optional<Indicator> change(String type, String part) {
            return Optional.ofNullable(changes.get(type + "_" + part));
        }
    }

    /** An unordered pair of countries, in alphabetical order. */
    record Pair(String a, String b) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = a.compareTo(o.a);
            return c != 0 ? c : b.compareTo(o.b);
        }

        String label() {
            return a + "\u2013" + b;
        }
    }

    /** The engagement counts of a pair in a year, by measure (category, all, level:x). */
    record EventYear(Pair pair, int year, Map<String, Long> counts) {
        long count(String measure) {
            return counts.getOrDefault(measure, 0L);
        }
    }

    /** The statistics of one series over its range of years. */
    record SeriesStats(SeriesKey series, String range, Map<String, Indicator> figures, List<Indicator> outliers) {
        Optional<Indicator> get(String name) {
            return Optional.ofNullable(figures.get(name));
        }
    }

    /** HHI and its normalized form for one reporter (partner or commodity {@code *}) and period. */
    record Concentration(SeriesKey series, Period period, Indicator hhi, Indicator normalized) {
        boolean acrossPartners() {
            return ANY.equals(series.partner());
        }

        /**
         * The number of parts N the index is over, from the two forms: normalized = (HHI − 1/N) / (1 − 1/N) gives
         * N = 1 + (1 − HHI) / (HHI − normalized). Counted so, it is the analysis's own N, also in a big run whose
         * workbook leaves out the levels of smaller pairs. 0 when it cannot be told (a form missing, or rounding
         * too coarse for a whole number).
         */
        int parts() {
            if (hhi == null || normalized == null) {
                return 0;
            }
            double h = hhi.value().doubleValue();
            double gap = h - normalized.value().doubleValue();
            if (!(gap > 0)) {
                return 0;
            }
            double n = 1 + (1 - h) / gap;
            long whole = Math.round(n);
            return whole >= 2 && Math.abs(n - whole) < 0.1 ? (int) whole : 0;
        }
    }

    // filled by AnalysisFactsReader, read through the methods below
    final Map<Dataset, List<LevelRow>> levelRows = new HashMap<>();
    final List<EventYear> eventYears = new ArrayList<>();
    final List<Indicator> yearsBetween = new ArrayList<>();
    final List<Indicator> shares = new ArrayList<>();
    final List<Concentration> concentration = new ArrayList<>();
    final List<Indicator> mirrorGaps = new ArrayList<>();
    final List<SeriesStats> statistics = new ArrayList<>();
    final List<SeriesStats> correlations = new ArrayList<>();
    final Map<String, List<String>> remarks = new LinkedHashMap<>();
    final Set<Dataset> inInput = java.util.EnumSet.noneOf(Dataset.class);
    final Set<Pair> pairs = new TreeSet<>();
    /** The yearly levels of each series, which tell the n of its statistics and whether they are a finding. */
    final YearlyLevels yearlyLevels = new YearlyLevels();

    AnalysisFacts() {
    }

    static AnalysisFacts of(ReportData data) {
        AnalysisFacts f = of(data.indicators(), data.remarks() == null ? List.of() : data.remarks());
        for (Dataset d : Dataset.values()) {
            if (data.holds(d)) {
                f.inInput.add(d);
            }
        }
        return f;
    }

    static AnalysisFacts of(List<Indicator> indicators, List<Remark> remarks) {
        return AnalysisFactsReader.read(indicators, remarks);
    }

    static Pair pair(String x, String y) {
        return x.compareTo(y) <= 0 ? new Pair(x, y) : new Pair(y, x);
    }

    /** "visit" of "visit:head_of_state". */
    static String category(String measure) {
        int cut = measure.indexOf(':');
        return cut < 0 ? measure : measure.substring(0, cut);
    }

    /** "head_of_state" of "visit:head_of_state" or "level:head_of_state". */
    static String level(String measure) {
        int cut = measure.indexOf(':');
        return cut < 0 ? "" : measure.substring(cut + 1);
    }

    static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    List<LevelRow> levelRows(Dataset dataset) {
        return levelRows.getOrDefault(dataset, List.of());
    }

    List<EventYear> eventYears() {
        return eventYears;
    }

    List<Indicator> yearsBetween() {
        return yearsBetween;
    }

    /**
     * Whether the input holds figures of a dataset (events, for engagement), whatever their periods: also when none
     * counts as of the run.
     */
    boolean inInput(Dataset dataset) {
        return inInput.contains(dataset) || switch (dataset) {
            case ENGAGEMENT -> !eventYears.isEmpty() || !yearsBetween.isEmpty();
            case INVESTMENT, COMPANIES -> !levelRows(dataset).isEmpty();
            case TRADE -> true;
        };
    }

    List<Indicator> shares() {
        return shares;
    }

    List<Concentration> concentration() {
        return concentration;
    }

    List<Indicator> mirrorGaps() {
        return mirrorGaps;
    }

    /** Series with statistics, in series order (a series with only outlier z-scores has an empty range). */
    List<SeriesStats> statistics() {
        return statistics;
    }

    List<SeriesStats> correlations() {
        return correlations;
    }

    /** The remarks of a topic ("statistics", "shares", "correlation"), in the order the analysis gave them. */
    List<String> remarks(String topic) {
        return remarks.getOrDefault(topic, List.of());
    }

    /** The number of yearly levels of a series within a range {@code first/last}: the n of its statistics. */
    int yearsWithFigures(SeriesKey series, String range) {
        return yearlyLevels.yearsWithFigures(series, range);
    }

    /** Why the statistics of a series are no finding, or empty when they are one: see {@link YearlyLevels}. */
    Optional<String> whyNoFinding(SeriesStats st) {
        return yearlyLevels.whyNoFinding(st);
    }

    /** Every pair of countries any indicator is about, unordered. */
    Set<Pair> pairs() {
        return pairs;
    }

    /** Category columns of the engagement sheet: the categories of SPEC 2.4, then any other found, sorted. */
    List<String> categories() {
        TreeSet<String> extra = new TreeSet<>();
        for (EventYear y : eventYears) {
            for (String m : y.counts().keySet()) {
                if (!m.equals(ALL) && !m.startsWith(LEVEL_PREFIX) && !CATEGORIES.contains(m)) {
                    extra.add(m);
                }
            }
        }
        List<String> out = new ArrayList<>(CATEGORIES);
        out.addAll(extra);
        return out;
    }

    /** Level columns of the engagement sheet: the levels of SPEC 2.4, then any other found, sorted. */
    List<String> levels() {
        TreeSet<String> extra = new TreeSet<>();
        for (EventYear y : eventYears) {
            for (String m : y.counts().keySet()) {
                if (m.startsWith(LEVEL_PREFIX) && !LEVELS.contains(m.substring(LEVEL_PREFIX.length()))) {
                    extra.add(m.substring(LEVEL_PREFIX.length()));
                }
            }
        }
        List<String> out = new ArrayList<>(LEVELS);
        out.addAll(extra);
        return out;
    }

    boolean hasLevels() {
        return eventYears.stream()
                .anyMatch(y -> y.counts().keySet().stream().anyMatch(m -> m.startsWith(LEVEL_PREFIX)));
    }

    /** The value of a statistic as a decimal, or null. */
    static BigDecimal value(Optional<Indicator> i) {
        return i.map(Indicator::value).orElse(null);
    }

    static Set<Flag> flags(Indicator i) {
        return i == null ? Set.of() : i.flags();
    }
}
