package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;

/**
 * A figure inside the analysis: its exact amount, how exact the source says it is, and whether it was derived.
 *
 * <p>An amount that fits is held as a {@code long} unscaled value and a scale, so that summing millions of commodity
 * lines does not make a {@link BigDecimal} per sum; {@link #amount} gives the same {@code BigDecimal} (value and scale)
 * that {@code BigDecimal} arithmetic would have. A sum that would overflow is computed on {@code BigDecimal}s.
 */
public final class Value {

    /** Scales a {@code long} holds exactly with {@link #POWERS_OF_TEN}; beyond, the amount is a BigDecimal. */
    private static final int MAX_COMPACT_SCALE = 18;
    private static final int NOT_COMPACT = -1;
    private static final long[] POWERS_OF_TEN = new long[MAX_COMPACT_SCALE + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final long unscaled;
    /** The scale of {@link #unscaled}, or {@link #NOT_COMPACT} when the amount is only {@link #amount}. */
    private final int scale;
    private final Qualifier qualifier;
    private final boolean derived;
    /** The amount as given, or made from the compact form when first asked for (any thread makes the same one). */
    private BigDecimal amount;

    public Value(BigDecimal amount, Qualifier qualifier, boolean derived) {
        this(0, NOT_COMPACT, Objects.requireNonNull(amount), qualifier, derived);
    }

    private Value(long unscaled, int scale, BigDecimal amount, Qualifier qualifier, boolean derived) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.amount = amount;
        this.qualifier = qualifier;
        this.derived = derived;
    }

    public static Value reported(BigDecimal amount, Qualifier qualifier) {
        return new Value(amount, qualifier, false);
    }

    /** A reported amount of {@code unscaled} × 10^-{@code scale}, without a BigDecimal while it fits a long. */
    public static Value reported(long unscaled, int scale, Qualifier qualifier) {
        if (scale < 0 || scale > MAX_COMPACT_SCALE) {
            return reported(BigDecimal.valueOf(unscaled, scale), qualifier);
        }
        return new Value(unscaled, scale, null, qualifier, false);
    }

    public BigDecimal amount() {
        BigDecimal a = amount;
        if (a == null) {
            a = BigDecimal.valueOf(unscaled, scale);
            amount = a;
        }
        return a;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public boolean derived() {
        return derived;
    }

    public Value plus(Value other) {
        return sum(other, false, qualifier.plus(other.qualifier));
    }

    public Value minus(Value other) {
        return sum(other, true, qualifier.minus(other.qualifier));
    }

    /** {@code this + other} (or {@code this - other}), exact: on longs where they hold it, else on BigDecimals. */
    private Value sum(Value other, boolean subtract, Qualifier q) {
        boolean anyDerived = derived || other.derived;
        if (scale != NOT_COMPACT && other.scale != NOT_COMPACT) {
            int resultScale = Math.max(scale, other.scale);
            long a = rescaled(unscaled, resultScale - scale);
            long b = rescaled(other.unscaled, resultScale - other.scale);
            if (a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
                long r = subtract ? a - b : a + b;
                // the overflow tests of Math.subtractExact and Math.addExact
                boolean overflow = subtract ? ((a ^ b) & (a ^ r)) < 0 : ((a ^ r) & (b ^ r)) < 0;
                if (!overflow && r != Long.MIN_VALUE) {
                    return new Value(r, resultScale, null, q, anyDerived);
                }
            }
        }
        BigDecimal r = subtract ? amount().subtract(other.amount()) : amount().add(other.amount());
        return new Value(r, q, anyDerived);
    }

    /** {@code unscaled} × 10^{@code digits}, or {@code Long.MIN_VALUE} (never a compact value) when it overflows. */
    private static long rescaled(long unscaled, int digits) {
        if (digits == 0) {
            return unscaled;
        }
        long factor = POWERS_OF_TEN[digits];
        long high = Math.multiplyHigh(unscaled, factor);
        long low = unscaled * factor;
        return (high == 0 && low >= 0) || (high == -1 && low < 0) ? low : Long.MIN_VALUE;
    }

    public Value asDerived() {
        return derived ? this : new Value(unscaled, scale, amount, qualifier, true);
    }

    /** Flags of a figure computed from this one and {@code other} (a change, a ratio). */
    public Set<Flag> flagsWith(Value other) {
        return flags(qualifier.minus(other.qualifier), derived || other.derived);
    }

    public Set<Flag> flags() {
        return flags(qualifier, derived);
    }

    private static Set<Flag> flags(Qualifier qualifier, boolean derived) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (derived) {
            flags.add(Flag.DERIVED);
        }
        Flag q = Flag.of(qualifier);
        if (q != null) {
            flags.add(q);
        }
        return flags;
    }

    /** Equal when amount (scale included, as {@link BigDecimal#equals}), qualifier and derived are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && amount().equals(v.amount()) && qualifier == v.qualifier && derived == v.derived;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount(), qualifier, derived);
    }

    @Override
    public String toString() {
        return "Value[amount=" + amount() + ", qualifier=" + qualifier + ", derived=" + derived + "]";
    }
}
