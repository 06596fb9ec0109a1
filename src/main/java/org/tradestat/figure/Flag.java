package org.tradestat.figure;

/** Markers a computed figure carries into {@code indicators.csv} and the workbook. */
public enum Flag {
    DERIVED, APPROX, AT_LEAST, AT_MOST, OUTLIER,
    /** The territory behind a country code changed at this period, or between a comparison's two periods. */
    BREAK,
    /** The value changed since the run this run was compared with (README, "Revisions"). */
    REVISED;

    public String code() {
        return name().toLowerCase();
    }

    public static Flag of(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> null;
            case APPROX -> APPROX;
            case AT_LEAST -> AT_LEAST;
            case AT_MOST -> AT_MOST;
        };
    }
}
