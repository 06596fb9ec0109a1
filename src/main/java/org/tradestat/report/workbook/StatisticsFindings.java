package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.SeriesStats;
import org.tradestat.report.model.TradeFacts;

/**
 * The findings of the Statistics sheet: the trend of each all-goods turnover series, each correlation, and why the
 * statistics of a series are no finding.
 */
final class StatisticsFindings {

    /** Yearly figures, none of them a bound, a series needs before its statistics are put in words or figures. */
    static final int MIN_YEARS_FOR_STATISTICS = 5;

    private StatisticsFindings() {
    }

    /** The trend sentence of each all-goods turnover series that has one. */
    static List<String> trendSentences(AnalysisFacts more) {
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.SeriesStats st : more.statistics()) {
            SeriesKey k = st.series();
            if (k.dataset() == Dataset.TRADE && TradeFacts.TURNOVER.equals(k.measure())
                    && SeriesKey.ALL_GOODS.equals(k.commodity()) && st.get("trend_slope").isPresent()) {
                Optional<String> noFinding = whyNoFinding(more, st);
                if (noFinding.isPresent()) {
                    out.add(StatisticsSentences.subject(k) + ": insufficient data for a trend or forecast ("
                            + noFinding.get() + ").");
                    continue;
                }
                String text = StatisticsSentences.trendSentence(st, st.get("trend_slope").get());
                int n = more.yearsWithFigures(k, st.range());
                if (n > 0 && n < StatisticsSheet.SMALL_SAMPLE) {
                    text += " Based on only " + n + " yearly figures: indicative.";
                }
                out.add(text);
            }
        }
        return out;
    }

    /** The Statistics sheet's sentence of each correlation: one definition of what is called significant. */
    static List<String> correlationSentences(AnalysisFacts more) {
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.SeriesStats c : more.correlations()) {
            if (c.get("pearson_r").isPresent()) {
                out.add(CorrelationTable.correlationSentence(c));
            }
        }
        return out;
    }

    /**
     * Why the statistics of a series are no finding, or empty when they are one: they need at least
     * {@value #MIN_YEARS_FOR_STATISTICS} yearly figures, none of them a bound (README, "Reading the report"). A trend
     * through three points, or through a figure that only says "more than", gives a forecast and an interval that
     * look precise and are not.
     */
    static Optional<String> whyNoFinding(AnalysisFacts facts, SeriesStats st) {
        SortedMap<Integer, Set<Flag>> years = facts.yearlyFlags(st.series(), st.range());
        List<String> reasons = new ArrayList<>();
        if (years.size() < MIN_YEARS_FOR_STATISTICS) {
            String range = st.range().isEmpty() ? "" : " over " + Texts.range(st.range());
            reasons.add(years.isEmpty() ? "the yearly figures they rest on are not in this workbook"
                    : "only " + Texts.count(years.size()) + (years.size() == 1 ? " yearly figure" : " yearly figures")
                    + range);
        }
        List<String> bounds = new ArrayList<>();
        years.forEach((year, flags) -> {
            if (flags.contains(Flag.AT_LEAST) || flags.contains(Flag.AT_MOST)) {
                bounds.add(year + (flags.contains(Flag.AT_LEAST) ? " (\u2265)" : " (\u2264)"));
            }
        });
        boolean boundStatistic = st.figures().values().stream().anyMatch(i -> i.flags().contains(Flag.AT_LEAST)
                || i.flags().contains(Flag.AT_MOST));
        if (!bounds.isEmpty()) {
            reasons.add((bounds.size() == 1 ? "the figure of " : "the figures of ") + Texts.joinAnd(bounds)
                    + (bounds.size() == 1 ? " is only a bound" : " are only bounds"));
        } else if (boundStatistic) {
            reasons.add("some of the yearly figures are only bounds");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", and ", reasons) + "; a trend, forecast and summary statistics need at least "
                + MIN_YEARS_FOR_STATISTICS + " yearly figures, none of them a bound (\u2265 or \u2264)");
    }
}
