package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;

/** A figure inside the analysis: its exact amount, how exact the source says it is, and whether it was derived. */
public record Value(BigDecimal amount, Qualifier qualifier, boolean derived) {

    public static Value reported(BigDecimal amount, Qualifier qualifier) {
        return new Value(amount, qualifier, false);
    }

    public Value plus(Value other) {
        return new Value(amount.add(other.amount), qualifier.plus(other.qualifier), derived || other.derived);
    }

    public Value minus(Value other) {
        return new Value(amount.subtract(other.amount), qualifier.minus(other.qualifier), derived || other.derived);
    }

    public Value asDerived() {
        return new Value(amount, qualifier, true);
    }

    /** Flags of a figure computed from this one and {@code other} (a change, a ratio). */
    public Set<Flag> flagsWith(Value other) {
        return new Value(amount, qualifier.minus(other.qualifier), derived || other.derived).flags();
    }

    public Set<Flag> flags() {
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
}
