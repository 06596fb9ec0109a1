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
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.analysis.Indicator;
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
    /** Yearly figures, none of them a bound, a series needs before its statistics are put in words or figures. */
    static final int MIN_YEARS_FOR_STATISTICS = 5;

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

    private final Map<Dataset, List<LevelRow>> levelRows = new HashMap<>();
    private final List<EventYear> eventYears = new ArrayList<>();
    private final List<Indicator> yearsBetween = new ArrayList<>();
    private final List<Indicator> shares = new ArrayList<>();
    private final List<Concentration> concentration = new ArrayList<>();
    private final List<Indicator> mirrorGaps = new ArrayList<>();
    private final List<SeriesStats> statistics = new ArrayList<>();
    private final List<SeriesStats> correlations = new ArrayList<>();
    private final Map<String, List<String>> remarks = new LinkedHashMap<>();
    private final Set<Dataset> inInput = java.util.EnumSet.noneOf(Dataset.class);
    private final Set<Pair> pairs = new TreeSet<>();
    /** The flags of each series' yearly levels, by year (the flags of a year with two levels together). */
    private final Map<SeriesKey, TreeMap<Integer, Set<Flag>>> yearlyLevels = new HashMap<>();

    private AnalysisFacts() {
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

    static AnalysisFacts of(List<Indicator> indicators, List<ReportData.Remark> remarks) {
        AnalysisFacts f = new AnalysisFacts();
        Map<Dataset, Map<List<Object>, LevelRow>> rows = new HashMap<>();
        Map<Dataset, List<Indicator>> changes = new HashMap<>();
        Map<Pair, Map<Integer, Map<String, Long>>> events = new TreeMap<>();
        Map<List<Object>, Indicator[]> hhi = new LinkedHashMap<>();
        Map<SeriesKey, SeriesStats> stats = new TreeMap<>(SERIES_ORDER);
        Map<SeriesKey, SeriesStats> corr = new TreeMap<>(SERIES_ORDER);
        for (Indicator i : indicators) {
            SeriesKey s = i.series();
            f.pairs.add(pair(s.reporter(), s.partner()));
            String name = i.name();
            if ("level".equals(name)) {
                Period.tryParse(i.period()).filter(p -> p.kind() == org.tradestat.period.PeriodKind.YEAR)
                        .ifPresent(p -> f.yearlyLevels.computeIfAbsent(s, k -> new TreeMap<>())
                                .computeIfAbsent(p.year(), k -> java.util.EnumSet.noneOf(Flag.class))
                                .addAll(i.flags()));
            }
            if (STATISTICS.contains(name)) {
                stats.computeIfAbsent(s, k -> new SeriesStats(k, i.period(), new LinkedHashMap<>(), new ArrayList<>()))
                        .figures().put(name, i);
                continue;
            }
            if ("outlier_z".equals(name)) {
                stats.computeIfAbsent(s, k -> new SeriesStats(k, "", new LinkedHashMap<>(), new ArrayList<>()))
                        .outliers().add(i);
                continue;
            }
            if (CORRELATION.contains(name)) {
                corr.computeIfAbsent(s, k -> new SeriesStats(k, i.period(), new LinkedHashMap<>(), new ArrayList<>()))
                        .figures().put(name, i);
                continue;
            }
            switch (s.dataset()) {
                case INVESTMENT, COMPANIES -> {
                    Optional<Period> p = Period.tryParse(i.period());
                    if (p.isEmpty()) {
                        continue;
                    }
                    if ("level".equals(name)) {
                        rows.computeIfAbsent(s.dataset(), k -> new LinkedHashMap<>())
                                .put(List.of(s, p.get(), i.basis()), new LevelRow(s, p.get(), i, new TreeMap<>()));
                    } else {
                        changes.computeIfAbsent(s.dataset(), k -> new ArrayList<>()).add(i);
                    }
                }
                case ENGAGEMENT -> {
                    if ("years_since_previous".equals(name)) {
                        f.yearsBetween.add(i);
                    } else if ("level".equals(name)) {
                        Optional<Period> p = Period.tryParse(i.period());
                        if (p.isPresent()) {
                            events.computeIfAbsent(pair(s.reporter(), s.partner()), k -> new TreeMap<>())
                                    .computeIfAbsent(p.get().year(), k -> new TreeMap<>())
                                    .merge(s.measure(), i.value().longValue(), Long::sum);
                        }
                    }
                }
                case TRADE -> {
                    switch (name) {
                        case "share_pct" -> f.shares.add(i);
                        case "mirror_gap_pct" -> f.mirrorGaps.add(i);
                        case "hhi", "hhi_normalized" -> {
                            Indicator[] both = hhi.computeIfAbsent(List.of(s, i.period()), k -> new Indicator[2]);
                            both["hhi".equals(name) ? 0 : 1] = i;
                        }
                        default -> {
                            // trade levels and changes: TradeFacts
                        }
                    }
                }
            }
        }
        for (Dataset d : List.of(Dataset.INVESTMENT, Dataset.COMPANIES)) {
            Map<List<Object>, LevelRow> byKey = rows.getOrDefault(d, Map.of());
            for (Indicator c : changes.getOrDefault(d, List.of())) {
                attachChange(byKey, c);
            }
            List<LevelRow> list = new ArrayList<>(byKey.values());
            list.sort(Comparator.comparing(LevelRow::series, SERIES_ORDER)
                    .thenComparing(r -> r.since() == null ? "" : r.since())
                    .thenComparing(LevelRow::period));
            f.levelRows.put(d, list);
        }
        events.forEach((pair, years) -> years.forEach((year, counts) ->
                f.eventYears.add(new EventYear(pair, year, counts))));
        f.yearsBetween.sort(Comparator.comparing((Indicator i) -> pair(i.series().reporter(), i.series().partner()))
                .thenComparing(i -> rank(CATEGORIES, category(i.series().measure())))
                .thenComparing(i -> rank(LEVELS, level(i.series().measure()))));
        for (var e : hhi.entrySet()) {
            Indicator[] both = e.getValue();
            Indicator any = both[0] != null ? both[0] : both[1];
            Optional<Period> p = Period.tryParse(any.period());
            p.ifPresent(period -> f.concentration.add(new Concentration(any.series(), period, both[0], both[1])));
        }
        f.concentration.sort(Comparator.comparing((Concentration c) -> c.series().reporter())
                .thenComparing(c -> !c.acrossPartners())
                .thenComparing(c -> c.series().partner())
                .thenComparing(Concentration::period));
        f.shares.sort(Comparator.comparing((Indicator i) -> i.series().reporter()).thenComparing(Indicator::basis)
                .thenComparing(i -> Period.tryParse(i.period()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.series().partner()));
        f.mirrorGaps.sort(Comparator.comparing((Indicator i) -> i.series().reporter())
                .thenComparing(i -> i.series().partner())
                .thenComparing(i -> i.series().measure())
                .thenComparing(i -> i.series().commodity(), TradeFacts.COMMODITY_ORDER)
                .thenComparing(i -> Period.tryParse(i.period()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        for (SeriesStats st : stats.values()) {
            st.outliers().sort(Comparator.comparing(Indicator::period));
            f.statistics.add(st);
        }
        f.correlations.addAll(corr.values());
        for (ReportData.Remark r : remarks) {
            if (r != null && r.message() != null && !r.message().isBlank()) {
                f.remarks.computeIfAbsent(r.topic() == null ? "" : r.topic(), k -> new ArrayList<>())
                        .add(r.message().trim());
            }
        }
        return f;
    }

    /**
     * A change belongs to the level of its period; where a cumulative series has levels with different start years
     * for one period, to the one whose start year also has the comparator's level.
     */
    private static void attachChange(Map<List<Object>, LevelRow> byKey, Indicator c) {
        Optional<Period> p = Period.tryParse(c.period());
        if (p.isEmpty()) {
            return;
        }
        LevelRow chosen = null;
        for (LevelRow row : byKey.values()) {
            if (!row.series().equals(c.series()) || !row.period().equals(p.get())) {
                continue;
            }
            if (chosen == null) {
                chosen = row;
            } else {
                Optional<Period> base = Period.tryParse(c.basis());
                String since = row.level().basis();
                if (base.isPresent() && byKey.containsKey(List.of(row.series(), base.get(), since))) {
                    chosen = row;
                }
            }
        }
        if (chosen != null) {
            chosen.changes().putIfAbsent(c.name(), c);
        }
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

    private static int rank(List<String> order, String value) {
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
        return yearlyFlags(series, range).size();
    }

    /** The flags of the yearly levels of a series within a range {@code first/last}, by year. */
    private java.util.SortedMap<Integer, Set<Flag>> yearlyFlags(SeriesKey series, String range) {
        TreeMap<Integer, Set<Flag>> years = yearlyLevels.get(series);
        if (years == null) {
            return new TreeMap<>();
        }
        int[] span = span(range);
        return span == null ? years : years.subMap(span[0], true, span[1], true);
    }

    /**
     * Why the statistics of a series are no finding, or empty when they are one: they need at least
     * {@value #MIN_YEARS_FOR_STATISTICS} yearly figures, none of them a bound (README, "Reading the report"). A trend
     * through three points, or through a figure that only says "more than", gives a forecast and an interval that
     * look precise and are not.
     */
    Optional<String> whyNoFinding(SeriesStats st) {
        java.util.SortedMap<Integer, Set<Flag>> years = yearlyFlags(st.series(), st.range());
        List<String> reasons = new ArrayList<>();
        if (years.size() < MIN_YEARS_FOR_STATISTICS) {
            String range = st.range().isEmpty() ? "" : " over " + Texts.range(st.range());
            reasons.add(years.isEmpty() ? "the yearly figures they rest on are not in this workbook"
                    : "only " + Texts.count(years.size()) + (years.size() == 1 ? " yearly figure" : " yearly figures")
                    + range);
        }
        List<String> bounds = new ArrayList<>();
        years.forEach((year, flags) -> {
            if (flags.contains(Flag.AT_LEAST) || flags.contains(Flag.AT_MOST)) {
                bounds.add(year + (flags.contains(Flag.AT_LEAST) ? " (\u2265)" : " (\u2264)"));
            }
        });
        boolean boundStatistic = st.figures().values().stream().anyMatch(i -> i.flags().contains(Flag.AT_LEAST)
                || i.flags().contains(Flag.AT_MOST));
        if (!bounds.isEmpty()) {
            reasons.add((bounds.size() == 1 ? "the figure of " : "the figures of ") + Texts.joinAnd(bounds)
                    + (bounds.size() == 1 ? " is only a bound" : " are only bounds"));
        } else if (boundStatistic) {
            reasons.add("some of the yearly figures are only bounds");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", and ", reasons) + "; a trend, forecast and summary statistics need at least "
                + MIN_YEARS_FOR_STATISTICS + " yearly figures, none of them a bound (\u2265 or \u2264)");
    }

    /** The first and last year of a range {@code 2015/2024}, or null. */
    static int[] span(String range) {
        if (range == null) {
            return null;
        }
        String[] parts = range.split("/");
        try {
            return parts.length == 2 ? new int[]{Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())}
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
