package org.tradestat.figure;

/** Units of {@code indicators.csv}. */
public enum Unit {
    USD("USD"), PERCENT("percent"), RATIO("ratio"), COUNT("count"), YEARS("years"), USD_PER_YEAR("USD/year");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The unit with this code, in any case. */
    public static java.util.Optional<Unit> fromCode(String text) {
        for (Unit u : values()) {
            if (u.code.equalsIgnoreCase(text)) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }
}
