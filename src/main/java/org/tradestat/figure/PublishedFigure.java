package org.tradestat.figure;

import java.math.BigDecimal;
import org.tradestat.period.Period;

/**
 * A figure as a source published it, which no other input kind can hold (a share stated in a speech, a total from a
 * press release): shown as published, never computed on (README, "Input files", published figures).
 * {@code reporter} and {@code partner} are empty when the source names no countries.
 */
public record PublishedFigure(String subject, Period period, BigDecimal value, Unit unit, Qualifier qualifier,
                              String reporter, String partner, String source) {

    public PublishedFigure {
        reporter = reporter == null ? "" : reporter;
        partner = partner == null ? "" : partner;
        source = source == null ? "" : source;
    }
}
