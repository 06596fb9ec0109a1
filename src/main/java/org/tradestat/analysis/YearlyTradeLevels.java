package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.figure.Classification;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * The yearly trade levels that the trade indices read (docs/indicators.md, "Trade indices"): per reporter, partner,
 * flow ({@code export}, {@code import}) and year, the all-goods level and the levels of each commodity code. Built
 * from the {@code level} indicators of whole years; other figures are ignored. Plain Java, read-only once built.
 */
final class YearlyTradeLevels {

    static final String EXPORT = "export";
    static final String IMPORT = "import";

    /** One reporter's flow with one partner in one year. */
    record Flow(String reporter, String partner, String measure, int year) {
    }

    private final Map<Flow, Indicator> totals = new HashMap<>();
    /** Per flow, its commodity levels by key ({@code 27}, {@code SITC:84}, {@code OTHER}), in key order. */
    private final Map<Flow, Map<String, Indicator>> codes = new HashMap<>();
    private final SortedSet<Integer> years = new TreeSet<>();

    private YearlyTradeLevels() {
    }

    static YearlyTradeLevels of(Collection<Indicator> levels) {
        YearlyTradeLevels table = new YearlyTradeLevels();
        for (Indicator i : levels) {
            SeriesKey s = i.series();
            boolean flow = EXPORT.equals(s.measure()) || IMPORT.equals(s.measure());
            if (s.dataset() != Dataset.TRADE || !"level".equals(i.name()) || !flow || i.unit() != Unit.USD
                    || !isYear(i.period())) {
                continue;
            }
            int year = Integer.parseInt(i.period());
            Flow key = new Flow(s.reporter(), s.partner(), s.measure(), year);
            table.years.add(year);
            if (SeriesKey.ALL_GOODS.equals(s.commodity())) {
                table.totals.put(key, i);
            } else if (CommodityCode.of(s.commodity()).isPresent() || CommodityCode.isOther(s.commodity())) {
                table.codes.computeIfAbsent(key, k -> new TreeMap<>()).put(s.commodity(), i);
            }
        }
        return table;
    }

    /** Four digits: a whole year. A loop, not a regular expression: this runs over every level of a run. */
    private static boolean isYear(String period) {
        if (period.length() != 4) {
            return false;
        }
        for (int c = 0; c < 4; c++) {
            if (period.charAt(c) < '0' || period.charAt(c) > '9') {
                return false;
            }
        }
        return true;
    }

    SortedSet<Integer> years() {
        return years;
    }

    /** The flows of a year that have an all-goods level or commodity levels, in reporter and partner order. */
    SortedSet<Flow> flows(int year, String measure) {
        SortedSet<Flow> flows = new TreeSet<>(java.util.Comparator.comparing(Flow::reporter)
                .thenComparing(Flow::partner));
        totals.keySet().stream().filter(f -> f.year() == year && f.measure().equals(measure)).forEach(flows::add);
        codes.keySet().stream().filter(f -> f.year() == year && f.measure().equals(measure)).forEach(flows::add);
        return flows;
    }

    boolean hasPartner(String partner) {
        return totals.keySet().stream().anyMatch(f -> f.partner().equals(partner))
                || codes.keySet().stream().anyMatch(f -> f.partner().equals(partner));
    }

    boolean hasCommodities() {
        return !codes.isEmpty();
    }

    Optional<Indicator> total(Flow flow) {
        return Optional.ofNullable(totals.get(flow));
    }

    /** The classifications of a flow's codes, HS first. */
    Set<Classification> classifications(Flow flow) {
        Set<Classification> found = EnumSet.noneOf(Classification.class);
        codes.getOrDefault(flow, Map.of()).keySet().forEach(c -> CommodityCode.of(c).ifPresent(code ->
                found.add(code.classification())));
        return found;
    }

    /** The fewest digits of the flow's codes of this classification; empty when it has none. */
    OptionalInt shortestLevel(Flow flow, Classification classification) {
        return codes.getOrDefault(flow, Map.of()).keySet().stream()
                .flatMap(c -> CommodityCode.of(c).stream())
                .filter(code -> code.classification() == classification)
                .mapToInt(CommodityCode::level).min();
    }

    /** The numbers of digits of the flow's codes of this classification, fewest first. */
    SortedSet<Integer> levels(Flow flow, Classification classification) {
        SortedSet<Integer> found = new TreeSet<>();
        codes.getOrDefault(flow, Map.of()).keySet().forEach(c -> CommodityCode.of(c)
                .filter(code -> code.classification() == classification).ifPresent(code -> found.add(code.level())));
        return found;
    }

    /** The flow's codes of this classification with exactly this many digits, by key. */
    Map<String, Indicator> codes(Flow flow, Classification classification, int level) {
        Map<String, Indicator> found = new TreeMap<>();
        codes.getOrDefault(flow, Map.of()).forEach((key, indicator) -> CommodityCode.of(key)
                .filter(code -> code.classification() == classification && code.level() == level)
                .ifPresent(code -> found.put(key, indicator)));
        return found;
    }

    /** The flow's folded rest of this classification ({@code OTHER}, {@code SITC:OTHER}), if the load folded codes. */
    Optional<Indicator> folded(Flow flow, Classification classification) {
        return Optional.ofNullable(codes.getOrDefault(flow, Map.of()).get(CommodityCode.other(classification)));
    }

    /** How the basis column names a classification and level: {@code HS2}, {@code SITC1}. */
    static String levelName(Classification classification, int level) {
        return classification.label() + level;
    }

    /** How a sentence names it: "HS 2-digit codes". */
    static String levelWords(Classification classification, int level) {
        return classification.label() + " " + level + "-digit codes";
    }

    /** numerator / denominator to 16 significant digits: indices are ratios of exact sums, divided once. */
    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    static BigDecimal sum(Collection<Indicator> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator part : parts) {
            sum = sum.add(part.value());
        }
        return sum;
    }

    static List<Indicator> with(Indicator first, Collection<Indicator> rest) {
        List<Indicator> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
