package org.tradestat.report.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.period.Period;

/** A figure of a period with its flags: US dollars for money, a number for counts, percent for shares. */
public record Level(Period period, BigDecimal value, Set<Flag> flags) {

    public Level {
        flags = flags == null ? Set.of() : flags;
    }

    /** The figure of an indicator of one period; empty for one over a range of years ({@code 2018/2023}). */
    public static Optional<Level> of(Indicator i) {
        return Period.tryParse(i.period()).map(p -> new Level(p, i.value(), i.flags()));
    }

    /** Of two figures of the same period, a reported one beats a derived one; otherwise the first one given stays. */
    public static Level firstReported(Level first, Level second) {
        return first.derived() && !second.derived() ? second : first;
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The source's qualifier: "about", "at least", "at most" or none. */
    public Qualifier qualifier() {
        return qualifierOf(flags);
    }

    /**
     * The qualifier that flags carry. A figure has one at most (the analysis keeps one qualifier per value, the
     * weakest claim that still holds), so the order of the tests below never decides anything.
     */
    public static Qualifier qualifierOf(Set<Flag> flags) {
        if (flags.contains(Flag.AT_LEAST)) {
            return Qualifier.AT_LEAST;
        }
        if (flags.contains(Flag.AT_MOST)) {
            return Qualifier.AT_MOST;
        }
        return flags.contains(Flag.APPROX) ? Qualifier.APPROX : Qualifier.EXACT;
    }

    public boolean derived() {
        return flags.contains(Flag.DERIVED);
    }
}
