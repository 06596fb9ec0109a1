package org.tradestat.period;

/** The lengths of period the input may hold, from longest to shortest. */
public enum PeriodKind {
    YEAR(12), HALF(6), QUARTER(3), MONTH(1);

    private final int monthsLong;

    PeriodKind(int monthsLong) {
        this.monthsLong = monthsLong;
    }

    public int monthsLong() {
        return monthsLong;
    }

    public int perYear() {
        return 12 / monthsLong;
    }
}
