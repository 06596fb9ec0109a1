package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tradestat.figure.CountryNames;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.util.Words;

/**
 * Shares within a group (SPEC 4): each member's share of a reporter's turnover with the group's members, e.g.
 * Kazakhstan's share of Korea's trade with CENTRAL_ASIA, computed only when every member (other than the reporter
 * itself) has a turnover figure with the reporter for the period. The denominator is always the sum of the
 * members: a group aggregate row (partner = the group code) is never used for shares nor added to the members;
 * {@link #aggregateGaps} compares the two.
 */
public final class Shares {

    public static final String TURNOVER = "turnover";
    /** Difference between a group's aggregate row and the sum of its members that is worth a warning. */
    static final BigDecimal AGGREGATE_TOLERANCE = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param indicators  the {@code share_pct} indicators
     * @param notComputed one sentence per reporter, group and period where some members have a figure and others
     *                    do not, naming the missing members; countries, groups and periods in words ("No shares of
     *                    South Korea's trade with Central Asia in the first half of 2024: no turnover figure for
     *                    Tajikistan or Turkmenistan.")
     */
    public record Result(List<Indicator> indicators, List<String> notComputed) {
    }

    private record Slot(String reporter, Period period) {
    }

    private Shares() {
    }

    /**
     * @param tradeTurnoverLevels {@code level} indicators of trade measure {@code turnover}, commodity {@code TOTAL}
     *                            (other indicators are ignored), any reporters, partners and periods
     * @param groups              group code to its members, e.g. {@code CENTRAL_ASIA} to KAZ, KGZ, TJK, TKM, UZB
     */
    public static Result analyse(List<Indicator> tradeTurnoverLevels, Map<String, List<String>> groups) {
        Map<Slot, Map<String, Indicator>> turnover = index(tradeTurnoverLevels);
        List<Indicator> out = new ArrayList<>();
        List<String> notComputed = new ArrayList<>();
        for (var slot : turnover.entrySet()) {
            String reporter = slot.getKey().reporter();
            Period period = slot.getKey().period();
            Map<String, Indicator> byPartner = slot.getValue();
            for (var group : new TreeMap<>(groups).entrySet()) {
                TreeSet<String> members = new TreeSet<>(group.getValue());
                members.remove(reporter);
                List<String> missing = members.stream().filter(m -> !byPartner.containsKey(m)).toList();
                if (members.isEmpty() || missing.size() == members.size()) {
                    continue;
                }
                String what = CountryNames.possessive(CountryNames.place(reporter)) + " trade with "
                        + CountryNames.place(group.getKey()) + " in " + period.words();
                if (!missing.isEmpty()) {
                    notComputed.add("No shares of " + what + ": no turnover figure for "
                            + Words.join(missing.stream().map(CountryNames::place).toList(), "or") + ".");
                    continue;
                }
                Value sum = null;
                for (String m : members) {
                    Value v = valueOf(byPartner.get(m));
                    sum = sum == null ? v : sum.plus(v);
                }
                if (sum.amount().signum() == 0) {
                    notComputed.add("No shares of " + what + ": the turnover with every member is zero.");
                    continue;
                }
                for (String m : members) {
                    Value v = valueOf(byPartner.get(m));
                    Value rest = null;
                    for (String other : members) {
                        if (!other.equals(m)) {
                            Value o = valueOf(byPartner.get(other));
                            rest = rest == null ? o : rest.plus(o);
                        }
                    }
                    out.add(new Indicator(new SeriesKey(Dataset.TRADE, reporter, m, TURNOVER, SeriesKey.ALL_GOODS),
                            period.toString(), "share_pct",
                            v.amount().multiply(HUNDRED).divide(sum.amount(), MathContext.DECIMAL64), Unit.PERCENT,
                            group.getKey(), shareFlags(v, rest)));
                }
            }
        }
        out.sort(Comparator.comparing((Indicator i) -> i.series().reporter())
                .thenComparing(i -> i.series().partner())
                .thenComparing(i -> Period.parse(i.period()))
                .thenComparing(Indicator::basis));
        return new Result(out, notComputed);
    }

    /**
     * Sentences for the data-quality sheet where a group's own aggregate row (partner = the group code) differs
     * from the sum of its members by more than 0.5%, for the reporters and periods where every member has a figure.
     */
    public static List<QualityWarning> aggregateGaps(List<Indicator> tradeTurnoverLevels, Map<String, List<String>> groups) {
        List<QualityWarning> warnings = new ArrayList<>();
        for (var slot : index(tradeTurnoverLevels).entrySet()) {
            Map<String, Indicator> byPartner = slot.getValue();
            for (var group : new TreeMap<>(groups).entrySet()) {
                Indicator aggregate = byPartner.get(group.getKey());
                TreeSet<String> members = new TreeSet<>(group.getValue());
                members.remove(slot.getKey().reporter());
                if (aggregate == null || members.isEmpty() || !byPartner.keySet().containsAll(members)) {
                    continue;
                }
                BigDecimal sum = members.stream().map(m -> byPartner.get(m).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (aggregate.value().subtract(sum).abs().compareTo(sum.multiply(AGGREGATE_TOLERANCE)) > 0) {
                    warnings.add(new QualityWarning("group aggregate differs from its members",
                            slot.getKey().reporter() + "'s turnover with " + group.getKey() + " in " + slot.getKey().period()
                                    + " is " + plain(aggregate.value()) + " as reported for the group, but "
                                    + plain(sum) + " as the sum of its members; shares use the sum of the members"));
                }
            }
        }
        return warnings;
    }

    /** Turnover levels by (reporter, period) and partner, in reporter then chronological order. */
    private static Map<Slot, Map<String, Indicator>> index(List<Indicator> levels) {
        Map<Slot, Map<String, Indicator>> index = new TreeMap<>(
                Comparator.comparing(Slot::reporter).thenComparing(Slot::period));
        for (Indicator i : levels) {
            SeriesKey s = i.series();
            if (s.dataset() == Dataset.TRADE && "level".equals(i.name()) && TURNOVER.equals(s.measure())
                    && SeriesKey.ALL_GOODS.equals(s.commodity())) {
                index.computeIfAbsent(new Slot(s.reporter(), Period.parse(i.period())), k -> new TreeMap<>())
                        .put(s.partner(), i);
            }
        }
        return index;
    }

    /**
     * Flags of v / (v + rest): the share grows with v and shrinks with the rest, so a lower bound on v is a lower
     * bound on its share, and a lower bound on the others an upper bound. A sole member's share is 100 whatever its
     * figure, so it keeps only the derived flag.
     */
    private static Set<Flag> shareFlags(Value v, Value rest) {
        if (rest == null) {
            return v.derived() ? Set.of(Flag.DERIVED) : Set.of();
        }
        return v.flagsWith(rest);
    }

    /** The value behind a level indicator, its qualifier read back from its flags. */
    static Value valueOf(Indicator level) {
        Set<Flag> flags = level.flags();
        Qualifier q = flags.contains(Flag.APPROX) ? Qualifier.APPROX
                : flags.contains(Flag.AT_LEAST) ? Qualifier.AT_LEAST
                : flags.contains(Flag.AT_MOST) ? Qualifier.AT_MOST
                : Qualifier.EXACT;
        return new Value(level.value(), q, flags.contains(Flag.DERIVED));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
