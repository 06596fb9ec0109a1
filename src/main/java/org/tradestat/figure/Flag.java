package org.tradestat.figure;

/** Markers a computed figure carries into {@code indicators.csv} and the workbook. */
public enum Flag {
    DERIVED, APPROX, AT_LEAST, AT_MOST, OUTLIER;

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
