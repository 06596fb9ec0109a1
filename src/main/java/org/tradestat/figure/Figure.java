package org.tradestat.figure;

import java.math.BigDecimal;
import org.tradestat.period.Period;

/**
 * One loaded figure: a value of a series for a period, as its source gave it, or {@code derived} from other lines
 * of the input (an all-goods total summed from commodity codes, a commodity's year from its months).
 */
public record Figure(SeriesKey series, Period period, BigDecimal value, Qualifier qualifier,
                     Integer sinceYear, String source, boolean derived) {

    public Figure(SeriesKey series, Period period, BigDecimal value, Qualifier qualifier, Integer sinceYear,
                  String source) {
        this(series, period, value, qualifier, sinceYear, source, false);
    }
}
