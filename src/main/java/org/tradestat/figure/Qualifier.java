package org.tradestat.figure;

import java.util.Optional;

/**
 * How exact a source says a figure is: "about" is {@link #APPROX}, "more than" or "exceeded" is {@link #AT_LEAST}.
 * Arithmetic on qualified figures keeps the weakest claim that still holds.
 */
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, AT_MOST;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Qualifier> fromCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(EXACT);
        }
        for (Qualifier q : values()) {
            if (q.code().equalsIgnoreCase(text.trim())) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The qualifier of a sum: a lower bound plus an exact figure is still a lower bound; mixed bounds are approximate. */
    public Qualifier plus(Qualifier other) {
        if (this == other || other == EXACT) {
            return this;
        }
        if (this == EXACT) {
            return other;
        }
        return APPROX;
    }

    /** The qualifier of a figure subtracted (or divided by): a lower bound becomes an upper bound. */
    public Qualifier negate() {
        return switch (this) {
            case AT_LEAST -> AT_MOST;
            case AT_MOST -> AT_LEAST;
            default -> this;
        };
    }

    /** The qualifier of a - b, and of a / b for positive figures. */
    public Qualifier minus(Qualifier subtrahend) {
        return plus(subtrahend.negate());
    }

    /** Symbol shown next to a figure in the workbook: "~", "≥", "≤" or nothing. */
    public String symbol() {
        return switch (this) {
            case EXACT -> "";
            case APPROX -> "~";
            case AT_LEAST -> "\u2265";
            case AT_MOST -> "\u2264";
        };
    }
}
