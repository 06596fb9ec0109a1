package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;

/** The findings of the Statistics sheet: the trend of each all-goods turnover series, and each correlation. */
final class StatisticsFindings {

    private StatisticsFindings() {
    }

    /** The trend sentence of each all-goods turnover series that has one. */
    static List<String> trendSentences(AnalysisFacts more) {
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.SeriesStats st : more.statistics()) {
            SeriesKey k = st.series();
            if (k.dataset() == Dataset.TRADE && TradeFacts.TURNOVER.equals(k.measure())
                    && SeriesKey.ALL_GOODS.equals(k.commodity()) && st.get("trend_slope").isPresent()) {
                Optional<String> noFinding = more.whyNoFinding(st);
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
}
