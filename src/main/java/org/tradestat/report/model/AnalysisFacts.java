package org.tradestat.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.ReportData;

/**
 * The indicators beyond the trade levels and changes, arranged the way the sheets, the findings and the charts read
 * them: investment and company levels with their changes, engagement counts and the time between events, shares,
 * concentration and mirror gaps, statistics over series and the turnover forecasts among them, correlations, and the
 * remarks that stand where a figure could not be computed. Built once from {@link ReportData} (see
 * {@link ReportModel}).
 */
public final class AnalysisFacts {

    public static final String ALL = "all";
    public static final String LEVEL_PREFIX = "level:";
    public static final String ANY = "*";
    public static final String CUMULATIVE = "cumulative";

    /** The engagement categories of the events file, in column order. */
    public static final List<String> CATEGORIES = EngagementCategory.CODES;
    /** The engagement levels of the events file, in column order. */
    public static final List<String> LEVELS = EngagementLevel.CODES;

    /** The statistics of a series over a range of years, in the order the Statistics sheet shows them. */
    public static final List<String> STATISTICS = List.of("trend_slope", "trend_r2", "trend_p", "forecast",
            "forecast_lo95", "forecast_hi95", "mean", "median", "stdev", "cv");
    public static final List<String> CORRELATION = List.of("pearson_r", "pearson_p", "spearman_rho", "spearman_p");

    public static final Comparator<SeriesKey> SERIES_ORDER = Comparator.comparing(SeriesKey::dataset)
            .thenComparing(SeriesKey::reporter).thenComparing(SeriesKey::partner)
            .thenComparing((SeriesKey s) -> TradeFacts.rank(TradeFacts.MONEY_MEASURES, s.measure()))
            .thenComparing(SeriesKey::measure)
            .thenComparing(SeriesKey::commodity, TradeFacts.COMMODITY_ORDER);

    /** One row of the Investment or Companies sheet: a level of a series in a period, and its changes by type. */
    public record LevelRow(SeriesKey series, Period period, Indicator level, Map<String, Indicator> changes) {

        /** The start year of a cumulative level, or null. */
        public String since() {
            return level.basis().isEmpty() ? null : level.basis();
        }

        /** A change of the given type ("yoy", "seq", "long") and part ("abs", "pct", "cagr_pct"). */
        public Optional<Indicator> change(String type, String part) {
            return Optional.ofNullable(changes.get(type + "_" + part));
        }
    }

    /** A series of levels of investment or companies; a cumulative one is one per start year ({@code since}). */
    public record LevelSeries(SeriesKey series, String since) {
        /** The investor and host, or the origin and host. */
        public Pair pair() {
            return new Pair(series.reporter(), series.partner());
        }
    }

    /** The engagement counts of an {@link Pair#unordered} pair in a year, by measure (category, all, level:x). */
    public record EventYear(Pair pair, int year, Map<String, Long> counts) {
        public long count(String measure) {
            return counts.getOrDefault(measure, 0L);
        }

        /** The categories of the events file, then any other counted this year, sorted. */
        public List<String> categories() {
            return knownThenFound(CATEGORIES, categoriesCounted());
        }

        /** The levels of the events file, then any other counted this year, sorted. */
        public List<String> levels() {
            return knownThenFound(LEVELS, levelsCounted());
        }

        private Stream<String> categoriesCounted() {
            return counts.keySet().stream().filter(AnalysisFacts::isCategory);
        }

        private Stream<String> levelsCounted() {
            return counts.keySet().stream().filter(m -> m.startsWith(LEVEL_PREFIX))
                    .map(m -> m.substring(LEVEL_PREFIX.length()));
        }
    }

    /** The statistics of one series over its range of years. */
    public record SeriesStats(SeriesKey series, String range, Map<String, Indicator> figures,
                              List<Indicator> outliers) {
        public Optional<Indicator> get(String name) {
            return Optional.ofNullable(figures.get(name));
        }
    }

    /** HHI and its normalized form for one reporter (partner or commodity {@code *}) and period. */
    public record Concentration(SeriesKey series, Period period, Indicator hhi, Indicator normalized) {
        public boolean acrossPartners() {
            return ANY.equals(series.partner());
        }

        /**
         * The number of parts N the index is over, from the two forms: normalized = (HHI − 1/N) / (1 − 1/N) gives
         * N = 1 + (1 − HHI) / (HHI − normalized). Counted so, it is the analysis's own N, also in a big run whose
         * workbook leaves out the levels of smaller pairs. 0 when it cannot be told (a form missing, or rounding
         * too coarse for a whole number).
         */
        public int parts() {
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
    final Map<Pair, Forecast> forecasts = new TreeMap<>();
    /** The yearly levels of each series, which tell the n of its statistics and whether they are a finding. */
    final YearlyLevels yearlyLevels = new YearlyLevels();

    AnalysisFacts() {
    }

    public static AnalysisFacts of(ReportData data) {
        AnalysisFacts f = of(data.indicators(), data.remarks() == null ? List.of() : data.remarks());
        for (Dataset d : Dataset.values()) {
            if (data.holds(d)) {
                f.inInput.add(d);
            }
        }
        return f;
    }

    /** The facts of these indicators, with the input taken to hold the datasets they are of. */
    public static AnalysisFacts of(List<Indicator> indicators, List<Remark> remarks) {
        return AnalysisFactsReader.read(indicators, remarks);
    }

    /** Whether an engagement count is of a category (not {@code all}, nor of a level). */
    public static boolean isCategory(String measure) {
        return !ALL.equals(measure) && !measure.startsWith(LEVEL_PREFIX);
    }

    /** "visit" of "visit:head_of_state". */
    public static String category(String measure) {
        int cut = measure.indexOf(':');
        return cut < 0 ? measure : measure.substring(0, cut);
    }

    /** "head_of_state" of "visit:head_of_state" or "level:head_of_state". */
    public static String level(String measure) {
        int cut = measure.indexOf(':');
        return cut < 0 ? "" : measure.substring(cut + 1);
    }

    public List<LevelRow> levelRows(Dataset dataset) {
        return levelRows.getOrDefault(dataset, List.of());
    }

    /** The levels of each series of investment or companies by period, in the order of {@link #levelRows}. */
    public Map<LevelSeries, SortedMap<Period, Level>> levelSeries(Dataset dataset) {
        Map<LevelSeries, SortedMap<Period, Level>> out = new LinkedHashMap<>();
        for (LevelRow r : levelRows(dataset)) {
            Level level = new Level(r.period(), r.level().value(), r.level().flags());
            out.computeIfAbsent(new LevelSeries(r.series(), r.level().basis()), k -> new TreeMap<>())
                    .merge(r.period(), level, Level::firstReported);
        }
        return out;
    }

    public List<EventYear> eventYears() {
        return eventYears;
    }

    public List<Indicator> yearsBetween() {
        return yearsBetween;
    }

    /**
     * Whether the input holds figures of a dataset (events, for engagement), whatever their periods: also when none
     * counts as of the run ({@link ReportData#holds}).
     */
    public boolean inInput(Dataset dataset) {
        return inInput.contains(dataset);
    }

    public List<Indicator> shares() {
        return shares;
    }

    public List<Concentration> concentration() {
        return concentration;
    }

    public List<Indicator> mirrorGaps() {
        return mirrorGaps;
    }

    /** Series with statistics, in series order (a series with only outlier z-scores has an empty range). */
    public List<SeriesStats> statistics() {
        return statistics;
    }

    public List<SeriesStats> correlations() {
        return correlations;
    }

    /** The remarks of a topic ("statistics", "shares", "correlation"), in the order the analysis gave them. */
    public List<String> remarks(String topic) {
        return remarks.getOrDefault(topic, List.of());
    }

    /** The number of yearly levels of a series within a range {@code first/last}: the n of its statistics. */
    public int yearsWithFigures(SeriesKey series, String range) {
        return yearlyLevels.yearsWithFigures(series, range);
    }

    /**
     * The flags of the yearly levels of a series within a range {@code first/last}, by year: whether its statistics
     * rest on enough figures, none of them a bound, to be a finding.
     */
    public SortedMap<Integer, Set<Flag>> yearlyFlags(SeriesKey series, String range) {
        return yearlyLevels.yearlyFlags(series, range);
    }

    /** The next-year forecasts of all-goods turnover, by pair. */
    public Map<Pair, Forecast> forecasts() {
        return Collections.unmodifiableMap(forecasts);
    }

    /** Every pair of countries any indicator is about, unordered. */
    public Set<Pair> pairs() {
        return pairs;
    }

    /** Category columns of the engagement sheet: the categories of the events file, then any other found, sorted. */
    public List<String> categories() {
        return knownThenFound(CATEGORIES, eventYears.stream().flatMap(EventYear::categoriesCounted));
    }

    /** Level columns of the engagement sheet: the levels of the events file, then any other found, sorted. */
    public List<String> levels() {
        return knownThenFound(LEVELS, eventYears.stream().flatMap(EventYear::levelsCounted));
    }

    public boolean hasLevels() {
        return eventYears.stream().anyMatch(y -> y.levelsCounted().findAny().isPresent());
    }

    /** The codes the events file defines, in their order, then the other codes found, sorted. */
    private static List<String> knownThenFound(List<String> known, Stream<String> found) {
        List<String> out = new ArrayList<>(known);
        found.filter(code -> !known.contains(code)).distinct().sorted().forEach(out::add);
        return out;
    }

    /** The value of a statistic as a decimal, or null. */
    public static BigDecimal value(Optional<Indicator> i) {
        return i.map(Indicator::value).orElse(null);
    }

    public static Set<Flag> flags(Indicator i) {
        return i == null ? Set.of() : i.flags();
    }
}
