package org.tradestat.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;

/**
 * One computed figure: a line of {@code indicators.csv} (SPEC 6). {@code period} is a period, or a range
 * {@code first/last} for statistics over a series; {@code basis} is what the figure is relative to.
 */
public record Indicator(SeriesKey series, String period, String name, BigDecimal value, Unit unit, String basis,
                        Set<Flag> flags) {

    /** Decimals kept for percentages and ratios; money and counts stay exact. */
    public static final int RATIO_DECIMALS = 6;
    private static final BigDecimal SMALL = new BigDecimal("0.001");

    /** Reporter, partner, measure, commodity, then period in time order: how the analyses hand out their results. */
    public static final Comparator<Indicator> BY_SERIES_THEN_PERIOD = Comparator
            .comparing((Indicator i) -> i.series().reporter())
            .thenComparing(i -> i.series().partner())
            .thenComparing(i -> i.series().measure())
            .thenComparing(i -> i.series().commodity())
            .thenComparing(i -> Period.parse(i.period()));

    public Indicator {
        basis = basis == null ? "" : basis;
        flags = canonical(flags);
    }

    /** Every set of flags, by the bits of its flags: one immutable instance each, shared by millions of indicators. */
    private static final List<Set<Flag>> FLAG_SETS;
    /** The bits of each shared set, by identity: most sets given to an indicator are another indicator's. */
    private static final java.util.Map<Set<Flag>, Integer> SHARED_BITS = new java.util.IdentityHashMap<>();

    static {
        Flag[] all = Flag.values();
        List<Set<Flag>> sets = new java.util.ArrayList<>(1 << all.length);
        for (int bits = 0; bits < 1 << all.length; bits++) {
            EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
            for (Flag f : all) {
                if ((bits & 1 << f.ordinal()) != 0) {
                    set.add(f);
                }
            }
            sets.add(Collections.unmodifiableSet(set));
        }
        FLAG_SETS = List.copyOf(sets);
        for (int bits = 0; bits < FLAG_SETS.size(); bits++) {
            SHARED_BITS.put(FLAG_SETS.get(bits), bits);
        }
    }

    private static Set<Flag> canonical(Set<Flag> flags) {
        return FLAG_SETS.get(bits(flags));
    }

    /** The flags as bits, {@code 1 << ordinal} each. */
    public static int bits(Set<Flag> flags) {
        Integer shared = SHARED_BITS.get(flags);
        if (shared != null) {
            return shared;
        }
        int bits = 0;
        for (Flag f : flags) {
            bits |= 1 << f.ordinal();
        }
        return bits;
    }

    /** The set of flags of these {@link #bits}: a shared immutable instance. */
    public static Set<Flag> flags(int bits) {
        return FLAG_SETS.get(bits);
    }

    /** The value as {@code indicators.csv} writes it: plain decimal, dot, no grouping. */
    public String valueText() {
        return format(value, unit);
    }

    public static String format(BigDecimal value, Unit unit) {
        return shown(value, unit).toPlainString();
    }

    /**
     * The value as {@code indicators.csv} has it: money and counts exact, other units to {@value #RATIO_DECIMALS}
     * decimals, without trailing zeros, and with a scale of 0 or more (as the text of the file reads back).
     */
    public static BigDecimal shown(BigDecimal value, Unit unit) {
        BigDecimal shown = switch (unit) {
            case USD, COUNT -> value;
            // small figures such as p-values keep six significant digits instead of rounding to zero
            default -> value.abs().compareTo(SMALL) < 0
                    ? value.round(new java.math.MathContext(RATIO_DECIMALS, RoundingMode.HALF_EVEN))
                    : value.setScale(RATIO_DECIMALS, RoundingMode.HALF_EVEN);
        };
        shown = shown.stripTrailingZeros();
        if (shown.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return shown.scale() < 0 ? shown.setScale(0) : shown;
    }

    /** Flags in SPEC order, separated by {@code |}. */
    public String flagsText() {
        return flags.stream().map(Flag::code).collect(Collectors.joining("|")); // in Flag's order: an EnumSet
    }
}
