package org.tradestat.figure;

import java.math.BigDecimal;
import org.tradestat.period.Period;

/** One loaded figure: a value of a series for a period, as its source gave it. */
public record Figure(SeriesKey series, Period period, BigDecimal value, Qualifier qualifier,
                     Integer sinceYear, String source) {
}
