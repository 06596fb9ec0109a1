package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.figure.Classification;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.figure.Countries;
import org.tradestat.period.Period;

/**
 * Herfindahl–Hirschman concentration of a reporter's turnover (SPEC 4): {@code hhi} = the sum of the squared shares
 * (0..1) and {@code hhi_normalized} = (H − 1/N) / (1 − 1/N) for N parts, both in unit ratio, computed exactly as
 * Σv² / (Σv)² and (N·Σv² − (Σv)²) / ((N − 1)·(Σv)²). Only parts with a positive turnover count, and an index needs
 * at least two of them.
 * <ul>
 *   <li>Across partners, per reporter, period and all goods ({@code TOTAL}): partners that are countries (the World
 *   and group aggregates are not partners of their own); partner {@code *}.</li>
 *   <li>Across commodities, per reporter, partner and period: the codes of one classification (HS where present) at
 *   its shortest level present, since codes of different levels and classifications overlap; commodity {@code *}.</li>
 * </ul>
 * The flags: derived when any part is derived; approx when any part is not exact (a bound on a part is no bound
 * on the index).
 */
public final class Concentration {

    public static final String TURNOVER = "turnover";
    public static final String ANY = "*";

    private Concentration() {
    }

    private record Across(String reporter, String partner, String commodity, Period period) {
    }

    /** @param tradeLevels trade {@code level} indicators; those of measure {@code turnover} are used */
    public static List<Indicator> analyse(List<Indicator> tradeLevels) {
        Comparator<Across> order = Comparator.comparing(Across::reporter).thenComparing(Across::partner)
                .thenComparing(Across::commodity).thenComparing(Across::period);
        Map<Across, Map<String, Indicator>> byPartner = new TreeMap<>(order);
        Map<Across, Map<String, Indicator>> byCommodity = new TreeMap<>(order);
        for (Indicator i : tradeLevels) {
            SeriesKey s = i.series();
            if (s.dataset() != Dataset.TRADE || !"level".equals(i.name()) || !TURNOVER.equals(s.measure())
                    || i.value().signum() <= 0) {
                continue;
            }
            Period period = Period.parse(i.period());
            if (SeriesKey.ALL_GOODS.equals(s.commodity())) {
                if (Countries.isCountry(s.partner())) {
                    byPartner.computeIfAbsent(new Across(s.reporter(), ANY, s.commodity(), period), k -> new TreeMap<>())
                            .put(s.partner(), i);
                }
            } else if (!ANY.equals(s.commodity()) && !s.commodity().isEmpty()) {
                byCommodity.computeIfAbsent(new Across(s.reporter(), s.partner(), ANY, period), k -> new TreeMap<>())
                        .put(s.commodity(), i);
            }
        }
        List<Indicator> out = new ArrayList<>();
        byPartner.forEach((across, parts) -> index(out, across, parts.values(), false));
        byCommodity.forEach((across, parts) -> commodityIndex(out, across, parts));
        out.sort(Indicator.BY_SERIES_THEN_PERIOD);
        return out;
    }

    /**
     * Across the codes of one classification (HS where present: codes of different classifications overlap), at its
     * shortest level present, with its folded rest; a folded rest makes the index an upper bound.
     */
    private static void commodityIndex(List<Indicator> out, Across across, Map<String, Indicator> parts) {
        Map<Classification, Integer> shortest = new EnumMap<>(Classification.class);
        parts.keySet().forEach(c -> CommodityCode.of(c).ifPresent(code ->
                shortest.merge(code.classification(), code.level(), Math::min)));
        if (shortest.isEmpty()) {
            return;
        }
        Classification classification = shortest.keySet().iterator().next();
        String other = CommodityCode.other(classification);
        List<Indicator> used = new ArrayList<>();
        parts.forEach((commodity, indicator) -> {
            boolean sameLevel = CommodityCode.of(commodity).filter(code -> code.classification() == classification
                    && code.level() == shortest.get(classification)).isPresent();
            if (sameLevel || commodity.equals(other)) {
                used.add(indicator);
            }
        });
        index(out, across, used, parts.containsKey(other));
    }

    /**
     * With {@code lumped}, one part is the remainder of the smaller commodities summed: the index is then an upper
     * bound (flag at_most) and the normalized form, which needs the number of parts, is not given.
     */
    private static void index(List<Indicator> out, Across across, Collection<Indicator> parts, boolean lumped) {
        int n = parts.size();
        if (n < 2) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Indicator part : parts) {
            sum = sum.add(part.value());
            sumOfSquares = sumOfSquares.add(part.value().multiply(part.value()));
            if (part.flags().contains(Flag.DERIVED)) {
                flags.add(Flag.DERIVED);
            }
            if (part.flags().contains(Flag.APPROX) || part.flags().contains(Flag.AT_LEAST)
                    || part.flags().contains(Flag.AT_MOST)) {
                flags.add(Flag.APPROX);
            }
        }
        BigDecimal squareOfSum = sum.multiply(sum);
        BigDecimal hhi = sumOfSquares.divide(squareOfSum, MathContext.DECIMAL64);
        BigDecimal normalized = sumOfSquares.multiply(BigDecimal.valueOf(n)).subtract(squareOfSum)
                .divide(squareOfSum.multiply(BigDecimal.valueOf(n - 1L)), MathContext.DECIMAL64);
        SeriesKey key = new SeriesKey(Dataset.TRADE, across.reporter(), across.partner(), TURNOVER, across.commodity());
        String period = across.period().toString();
        if (lumped) {
            flags.add(Flag.AT_MOST);
        }
        out.add(new Indicator(key, period, "hhi", hhi, Unit.RATIO, "", flags));
        if (!lumped) {
            out.add(new Indicator(key, period, "hhi_normalized", normalized, Unit.RATIO, "", flags));
        }
    }
}
