package org.tradestat.report;

import java.util.List;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.period.Period;
import org.tradestat.report.model.TradeFacts;

/**
 * The period the summary is about: the one asked for, or else the latest trade period with data (when a year and
 * its second half end on the same day, the year).
 */
public final class FocusPeriod {

    private FocusPeriod() {
    }

    public static String choose(String requested, List<Indicator> indicators) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return indicators.stream()
                .filter(i -> i.series().dataset() == Dataset.TRADE && "level".equals(i.name()))
                .map(i -> Period.tryParse(i.period()))
                .flatMap(Optional::stream)
                .max(TradeFacts.RECENCY).map(Period::toString).orElse("");
    }
}
