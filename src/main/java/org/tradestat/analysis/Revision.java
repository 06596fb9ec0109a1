package org.tradestat.analysis;

import java.math.BigDecimal;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * A figure that differs between two runs: its value changed ({@code previous} and {@code value} both given), it
 * appeared ({@code previous} null) or it disappeared ({@code value} null).
 */
public record Revision(SeriesKey series, Period period, BigDecimal previous, BigDecimal value) {

    /** What happened to the figure, in the order the revisions are listed. */
    public enum Kind {
        CHANGED, DISAPPEARED, APPEARED
    }

    public Revision {
        if (previous == null && value == null) {
            throw new IllegalArgumentException("a revision of " + series + " " + period + " has neither value");
        }
    }

    public Kind kind() {
        return previous == null ? Kind.APPEARED : value == null ? Kind.DISAPPEARED : Kind.CHANGED;
    }

    /** The value minus the previous value, exact; null for a figure that appeared or disappeared. */
    public BigDecimal change() {
        return kind() == Kind.CHANGED ? value.subtract(previous) : null;
    }

    /** What the listing is ordered by, largest first: the change, or the one value there is. */
    BigDecimal size() {
        return switch (kind()) {
            case CHANGED -> change().abs();
            case DISAPPEARED -> previous.abs();
            case APPEARED -> value.abs();
        };
    }
}
