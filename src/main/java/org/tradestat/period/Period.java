package org.tradestat.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period: a year, a half, a quarter or a month, written as {@code 2022}, {@code 2022-H1},
 * {@code 2022-Q3} or {@code 2022-07}.
 */
public record Period(int year, PeriodKind kind, int index) implements Comparable<Period> {

    /** Parsed texts: an input holds few distinct periods on many lines. Bounded, thread-safe. */
    private static final java.util.Map<String, Optional<Period>> RECENT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:H(\\d)|Q(\\d)|(\\d{2})))?");

    public Period {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (index < 1 || index > kind.perYear()) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " " + index + " does not exist");
        }
    }

    public static Period year(int year) {
        return new Period(year, PeriodKind.YEAR, 1);
    }

    public static Period half(int year, int half) {
        return new Period(year, PeriodKind.HALF, half);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, PeriodKind.QUARTER, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(year, PeriodKind.MONTH, month);
    }

    /** Parses {@code YYYY}, {@code YYYY-H1}, {@code YYYY-Q1} or {@code YYYY-MM}; empty when malformed. */
    public static Optional<Period> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Period> known = RECENT.get(text);
        if (known != null) {
            return known;
        }
        Optional<Period> parsed = parseUncached(text);
        if (RECENT.size() < 100_000) {
            RECENT.put(text, parsed);
        }
        return parsed;
    }

    private static Optional<Period> parseUncached(String text) {
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        PeriodKind kind = m.group(2) != null ? PeriodKind.HALF
                : m.group(3) != null ? PeriodKind.QUARTER
                : m.group(4) != null ? PeriodKind.MONTH
                : PeriodKind.YEAR;
        int index = switch (kind) {
            case YEAR -> 1;
            case HALF -> Integer.parseInt(m.group(2));
            case QUARTER -> Integer.parseInt(m.group(3));
            case MONTH -> Integer.parseInt(m.group(4));
        };
        if (index < 1 || index > kind.perYear() || year < 1000) {
            return Optional.empty();
        }
        return Optional.of(new Period(year, kind, index));
    }

    public static Period parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a period (YYYY, YYYY-H1, YYYY-Q1 or YYYY-MM)"));
    }

    /** Months since year 0 to the period's first month: orders periods by start without building dates. */
    private int startMonth() {
        return year * 12 + (index - 1) * kind.monthsLong();
    }

    public LocalDate firstDay() {
        int firstMonth = (index - 1) * kind.monthsLong() + 1;
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate lastDay() {
        int lastMonth = index * kind.monthsLong();
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** True when the period ended on or before the given date (the as-of rule). */
    public boolean endedBy(LocalDate asOf) {
        return !lastDay().isAfter(asOf);
    }

    public Period sameOneYearEarlier() {
        return new Period(year - 1, kind, index);
    }

    /** The immediately preceding period of the same length: 2022-H1 before 2022-H2, 2021-H2 before 2022-H1. */
    public Period previous() {
        return index > 1 ? new Period(year, kind, index - 1) : new Period(year - 1, kind, kind.perYear());
    }

    public Period next() {
        return index < kind.perYear() ? new Period(year, kind, index + 1) : new Period(year + 1, kind, 1);
    }

    /** The periods of a finer kind that make up this one: the two halves of a year, the three months of a quarter. */
    public List<Period> parts(PeriodKind finer) {
        if (finer.monthsLong() >= kind.monthsLong() || kind.monthsLong() % finer.monthsLong() != 0) {
            throw new IllegalArgumentException(finer + " does not divide " + kind);
        }
        int count = kind.monthsLong() / finer.monthsLong();
        int first = (index - 1) * count + 1;
        List<Period> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new Period(year, finer, first + i));
        }
        return parts;
    }

    /** The period of a coarser kind that contains this one: the year of a half, the half of a quarter. */
    public Period within(PeriodKind coarser) {
        if (coarser.monthsLong() <= kind.monthsLong()) {
            throw new IllegalArgumentException(coarser + " is not coarser than " + kind);
        }
        int firstMonth = (index - 1) * kind.monthsLong();
        return new Period(year, coarser, firstMonth / coarser.monthsLong() + 1);
    }

    /** Whole years from this period to a later one of the same kind (2017-H1 to 2022-H1 is 5). */
    public double yearsUntil(Period later) {
        int months = (later.year - year) * 12 + (later.index - index) * kind.monthsLong();
        return months / 12.0;
    }

    /** Label for charts and tables: {@code 2022}, {@code 2022 H1}, {@code 2022 Q3}, {@code 2022-07}. */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + " H" + index;
            case QUARTER -> year + " Q" + index;
            case MONTH -> toString();
        };
    }

    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    /**
     * The period as a sentence says it: {@code 2024}, {@code the first half of 2026}, {@code the third quarter of
     * 2026}, {@code July 2026}. Tables keep {@link #label()}.
     */
    public String words() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case HALF -> "the " + ORDINALS[index - 1] + " half of " + year;
            case QUARTER -> "the " + ORDINALS[index - 1] + " quarter of " + year;
            case MONTH -> java.time.Month.of(index).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                    + " " + year;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> year + (index < 10 ? "-0" : "-") + index; // String.format was a tenth of computing indicators
        };
    }

    /** Chronological by start, then longer periods first (2022 before 2022-H1 before 2022-Q1). */
    @Override
    public int compareTo(Period other) {
        int byStart = Integer.compare(startMonth(), other.startMonth());
        if (byStart != 0) {
            return byStart;
        }
        return Integer.compare(other.kind.monthsLong(), kind.monthsLong());
    }
}
