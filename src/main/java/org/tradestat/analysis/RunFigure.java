package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.Comparator;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * A resolved figure of a run, as the comparison of two runs reads it: its key (series and period) and its value.
 * {@link #KEY_ORDER} is the order both runs' figures come in: dataset code, reporter, partner, commodity, measure,
 * period text, each compared as text character by character (the order of the database's index of the figures).
 */
public record RunFigure(SeriesKey series, Period period, BigDecimal value) {

    public static final Comparator<RunFigure> KEY_ORDER = Comparator
            .comparing((RunFigure f) -> f.series().dataset().code())
            .thenComparing(f -> f.series().reporter())
            .thenComparing(f -> f.series().partner())
            .thenComparing(f -> f.series().commodity())
            .thenComparing(f -> f.series().measure())
            .thenComparing(f -> f.period().toString());
}
