package org.tradestat.figure;

import java.time.LocalDate;
import org.tradestat.period.Period;

/**
 * An official visit, agreement, forum or other event between two countries. The pair is unordered, so it is
 * stored with the codes in alphabetical order. {@code day} is null when the source gives only a month or year.
 */
public record EngagementEvent(LocalDate day, Period period, String countryA, String countryB, String category,
                              String level, String title, int count, String source) {

    public EngagementEvent {
        if (countryA.compareTo(countryB) > 0) {
            String swap = countryA;
            countryA = countryB;
            countryB = swap;
        }
        level = level == null ? "" : level;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
    }

    /** The date as the source gave it: {@code 2024-12-03}, or the period when the day is unknown. */
    public String dateText() {
        return day != null ? day.toString() : period.toString();
    }

    public int year() {
        return period.year();
    }
}
