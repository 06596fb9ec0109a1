package org.tradestat.report.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.report.model.TradeFacts.Change;

/**
 * A year-to-date or rolling-twelve-months figure of a pair's all-goods flow (docs/indicators.md, "Year to date and
 * rolling twelve months"): the sum of the periods from {@code first} to {@code end}, with its change on the same span a
 * year earlier when the run has it ({@code yoy}, null otherwise).
 */
public record RunningTotal(Span span, Period first, Period end, BigDecimal value, Set<Flag> flags, Change yoy) {

    /** The two running totals, by the indicator that holds each: {@code ytd} and {@code r12}. */
    public enum Span {
        YTD("ytd"), R12("r12");

        private final String code;

        Span(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** The name of the indicator of its change on a year earlier, without the part: {@code ytd_yoy}. */
        String changeType() {
            return code + "_yoy";
        }

        /** The span a level indicator ({@code ytd}) names; empty for any other name. */
        static Optional<Span> ofLevel(String indicatorName) {
            for (Span s : values()) {
                if (s.code.equals(indicatorName)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        /** The span of a change indicator ({@code r12_yoy_pct}) and its part ({@code pct}); empty for any other. */
        static Optional<Span> ofChange(String indicatorName) {
            for (Span s : values()) {
                if (indicatorName.equals(s.changeType() + "_abs") || indicatorName.equals(s.changeType() + "_pct")) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    public RunningTotal {
        flags = flags == null ? Set.of() : flags;
    }

    public Optional<Change> change() {
        return Optional.ofNullable(yoy);
    }
}
