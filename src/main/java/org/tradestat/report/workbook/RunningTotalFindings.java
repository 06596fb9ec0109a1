package org.tradestat.report.workbook;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.RunningTotal;
import org.tradestat.report.model.RunningTotal.Span;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.Change;

/**
 * The cumulative headline of a month or quarter, as customs releases give it: "Trade turnover between Kyrgyzstan and
 * South Korea, January–July 2026: US$ 8.5 billion, +4.2% on January–July 2025; over the twelve months to July 2026:
 * US$ 14.1 billion, +3.0% on a year earlier." Not for the first period of a year (its year to date is the period
 * itself) nor the last (the year as a whole is said already).
 */
final class RunningTotalFindings {

    /** The Notes sheet's definition of year to date and rolling twelve months. */
    static final String DEFINITION = "For monthly and quarterly flows (exports, imports, "
            + "turnover, the balance, investment inflows): year to date (YTD) is the sum from the first month "
            + "(quarter) of the year to the period shown (January–July 2026 for July 2026); rolling twelve "
            + "months (r12) is the sum of the twelve months (four quarters) ending with it (August 2025–July "
            + "2026), which smooths out the ups and downs of single months. Each is compared with the same span "
            + "a year earlier (January–July 2025; August 2024–July 2025). A sum is given only when every "
            + "month of its span has a figure, and a change only when both spans have: nothing is estimated. "
            + "They are given for the latest month (quarter) of each year and for the focus period.";

    private RunningTotalFindings() {
    }

    /**
     * @param what the flow as a sentence opens with it ("Trade turnover between Kyrgyzstan and South Korea")
     */
    static Optional<String> sentence(TradeFacts facts, Pair pair, String measure, Period end, String what) {
        if (end.kind() != PeriodKind.MONTH && end.kind() != PeriodKind.QUARTER || end.index() == end.kind().perYear()) {
            return Optional.empty();
        }
        Optional<RunningTotal> ytd = facts.runningTotal(pair, measure, Span.YTD, end)
                .filter(t -> t.first() != null && !t.first().equals(end));
        Optional<RunningTotal> r12 = facts.runningTotal(pair, measure, Span.R12, end);
        if (ytd.isEmpty() && r12.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder(what);
        ytd.ifPresent(t -> s.append(", ").append(months(t.first(), end)).append(": ")
                .append(amountAndChange(t, months(t.first().sameOneYearEarlier(), end.sameOneYearEarlier()))));
        r12.ifPresent(t -> s.append(ytd.isPresent() ? "; over " : ", over ").append(twelveMonthsTo(end)).append(": ")
                .append(amountAndChange(t, "a year earlier")));
        return Optional.of(s.append('.').toString());
    }

    /** "US$ 8.5 billion, +4.2% on January–July 2025", or without the change when the run has none. */
    private static String amountAndChange(RunningTotal t, String base) {
        String amount = (t.value().signum() < 0 ? "minus " : "") + Texts.qualifierWord(t.flags())
                + Texts.moneyWords(t.value());
        Optional<Change> change = t.change();
        if (change.isEmpty()) {
            return amount;
        }
        Change c = change.get();
        int sign = c.abs().signum();
        String qualifier = Findings.changeQualifier(c.flags(), t.flags(), sign);
        String size = c.pct() != null ? (sign < 0 ? "-" : "+") + Texts.percent(c.pct())
                : (sign < 0 ? "down " : "up ") + Texts.moneyWords(c.abs());
        return amount + ", " + qualifier + size + " on " + base;
    }

    /** "January–July 2026"; a span of quarters by its months too ("January–September 2026"). */
    private static String months(Period first, Period end) {
        return month(first.firstDay().getMonthValue()) + "\u2013" + month(end.lastDay().getMonthValue()) + " "
                + end.year();
    }

    private static String month(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** "the twelve months to July 2026", "the four quarters to the third quarter of 2026". */
    private static String twelveMonthsTo(Period end) {
        return (end.kind() == PeriodKind.MONTH ? "the twelve months to " : "the four quarters to ") + end.words();
    }
}
