package org.tradestat.report.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.report.model.AnalysisFacts.SeriesStats;

/**
 * The next-year forecast of a pair's all-goods trade turnover, in US dollars, that the statistics step computed for a
 * yearly series with enough points: {@code forecast}, {@code forecast_lo95} and {@code forecast_hi95} over a range
 * {@code first/last}, with the forecast year as basis, and the {@code trend_slope} of the same range (US dollars a
 * year; null when not given).
 */
public record Forecast(Pair pair, int firstYear, int lastYear, int year, BigDecimal value, BigDecimal lower,
                       BigDecimal upper, BigDecimal slope, Set<Flag> flags) {

    /** The forecast among the statistics of a series: of trade turnover, all goods, with its interval. */
    static Optional<Forecast> of(SeriesStats st) {
        SeriesKey s = st.series();
        Indicator f = st.figures().get("forecast");
        Indicator lo = st.figures().get("forecast_lo95");
        Indicator hi = st.figures().get("forecast_hi95");
        if (s.dataset() != Dataset.TRADE || !TradeFacts.TURNOVER.equals(s.measure())
                || !SeriesKey.ALL_GOODS.equals(s.commodity()) || f == null || lo == null || hi == null) {
            return Optional.empty();
        }
        int[] range = YearlyLevels.span(f.period());
        OptionalInt year = YearlyLevels.year(f.basis());
        if (range == null || year.isEmpty()) {
            return Optional.empty();
        }
        Indicator slope = st.figures().get("trend_slope");
        return Optional.of(new Forecast(new Pair(s.reporter(), s.partner()), range[0], range[1], year.getAsInt(),
                f.value(), lo.value(), hi.value(), slope == null ? null : slope.value(), f.flags()));
    }

    /** {@code 2018–2024}: the years the trend was fitted to. */
    public String rangeText() {
        return firstYear + "\u2013" + lastYear;
    }

    /** The trend line's value in a year, in US dollars: the forecast less the slope for each year before it. */
    public double trendAt(int y) {
        return value.doubleValue() - slope.doubleValue() * (year - y);
    }
}
