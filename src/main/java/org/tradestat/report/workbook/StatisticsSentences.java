package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.StatisticsSheet.SIGNIFICANCE;
import static org.tradestat.report.workbook.StatisticsSheet.SMALL_SAMPLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.report.model.AnalysisFacts.SeriesStats;

/**
 * The statistics of a series in plain sentences (trend, forecast, spread, outliers), for the Statistics sheet and the
 * headline findings alike.
 */
final class StatisticsSentences {

    private StatisticsSentences() {
    }

    /** A coefficient or a z-score with its sign, to two decimals: "+0.83", "−1.20". */
    static String signed(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : d.signum() < 0 ? "\u2212" : "") + d.abs().toPlainString();
    }

    /** What a series is, to open a sentence: "Trade turnover between Kyrgyzstan and South Korea". */
    static String subject(SeriesKey s) {
        return Texts.capitalize(s.words());
    }

    /** An amount in the series' unit for a sentence, sign dropped. */
    static String amount(Indicator i) {
        BigDecimal v = i.value().abs();
        if (i.unit() == Unit.USD || i.unit() == Unit.USD_PER_YEAR) {
            return Texts.moneyWords(v);
        }
        return Texts.decimal(v, v.compareTo(BigDecimal.TEN) < 0 ? 1 : 0);
    }

    private static String signedAmount(Indicator i) {
        return (i.value().signum() < 0 ? "minus " : "") + amount(i);
    }

    /**
     * The statistics of a series in plain sentences, e.g. "Trade turnover between Kyrgyzstan and South Korea grew by
     * about US$ 40.0 million a year over 2015–2024; the trend explains 91% of the variation (statistically
     * significant, p = 0.001)." then the forecast, the spread, outliers and the caveat on small samples.
     */
    static String sentences(SeriesStats st, int n) {
        List<String> out = new ArrayList<>();
        Optional<Indicator> slope = st.get("trend_slope");
        if (slope.isPresent()) {
            out.add(trendSentence(st, slope.get()));
        }
        Optional<Indicator> forecast = st.get("forecast");
        Optional<Indicator> lo = st.get("forecast_lo95");
        Optional<Indicator> hi = st.get("forecast_hi95");
        if (forecast.isPresent()) {
            String year = forecast.get().basis().isEmpty() ? "the next year" : forecast.get().basis();
            String f = "If the trend held, the figure for " + year + " would be about " + signedAmount(forecast.get());
            if (lo.isPresent() && hi.isPresent()) {
                f += ", with a 95% prediction interval from " + signedAmount(lo.get()) + " to "
                        + signedAmount(hi.get());
            }
            out.add(f + ".");
        }
        Optional<Indicator> mean = st.get("mean");
        Optional<Indicator> median = st.get("median");
        Optional<Indicator> cv = st.get("cv");
        if (mean.isPresent()) {
            String m = "The yearly figures average " + signedAmount(mean.get())
                    + median.map(x -> " (median " + signedAmount(x) + ")").orElse("");
            if (cv.isPresent()) {
                m += " and typically differ from the average by about "
                        + Texts.percent(cv.get().value().multiply(BigDecimal.valueOf(100))) + " (coefficient of "
                        + "variation)";
            }
            out.add(m + ".");
        }
        List<String> outliers = new ArrayList<>();
        for (Indicator z : st.outliers()) {
            if (z.flags().contains(Flag.OUTLIER)) {
                outliers.add(z.period() + " (robust z = " + signed(z.value().doubleValue()) + ")");
            }
        }
        if (!outliers.isEmpty()) {
            out.add("The year-on-year change in " + Texts.joinAnd(outliers)
                    + (outliers.size() == 1 ? " stands" : " stand")
                    + " out as " + (outliers.size() == 1 ? "an outlier" : "outliers") + "; worth checking against the "
                    + "source.");
        } else if (!st.outliers().isEmpty()) {
            out.add("No year-on-year change stands out as an outlier.");
        }
        boolean approx = st.figures().values().stream().anyMatch(i -> i.flags().contains(Flag.APPROX));
        if (approx) {
            out.add("Some yearly figures are approximate, so these statistics are too.");
        }
        if (n > 0 && n < SMALL_SAMPLE && slope.isPresent()) {
            out.add("Based on only " + n + " yearly figures: read the trend and the forecast as indicative.");
        }
        return String.join(" ", out);
    }

    static String trendSentence(SeriesStats st, Indicator slope) {
        String subject = subject(st.series());
        String per = " a year";
        String over = " over " + Texts.range(st.range());
        String verb;
        int sign = slope.value().signum();
        boolean balance = "balance".equals(st.series().measure());
        if (sign == 0) {
            verb = " showed no trend" + over;
        } else {
            String up = balance ? " rose" : " grew";
            verb = (sign > 0 ? up : " fell") + " by about " + amount(slope) + per + over;
        }
        StringBuilder b = new StringBuilder(subject).append(verb);
        Optional<Indicator> r2 = st.get("trend_r2");
        Optional<Indicator> p = st.get("trend_p");
        if (r2.isPresent()) {
            BigDecimal pct = r2.get().value().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
            b.append("; the trend explains ").append(pct.toPlainString()).append("% of the variation");
        }
        if (p.isPresent()) {
            double pv = p.get().value().doubleValue();
            b.append(pv < SIGNIFICANCE ? " (statistically significant, " : " (not statistically significant, ")
                    .append(Texts.pValue(pv)).append(')');
        }
        return b.append('.').toString();
    }
}
