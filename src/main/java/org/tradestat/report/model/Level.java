package org.tradestat.report.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
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

    public boolean derived() {
        return flags.contains(Flag.DERIVED);
    }
}
