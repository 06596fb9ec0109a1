package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.Forecast;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;

/**
 * The forecast parts of the turnover chart: whether trend lines are drawn, the forecast years in the subtitle, the
 * forecast note, the forecast sentence of the alt text, and the yearly figures of the separate forecast chart.
 */
final class TurnoverForecastParts {

    static final int MAX_TREND_LINES = 3;

    private TurnoverForecastParts() {
    }

    /** Trend lines are drawn for up to {@value #MAX_TREND_LINES} pairs with a slope; more would tangle. */
    static boolean trendLines(List<Forecast> forecasts) {
        long withSlope = forecasts.stream().filter(f -> f != null && f.slope() != null).count();
        return withSlope > 0 && forecasts.stream().filter(f -> f != null).count() <= MAX_TREND_LINES;
    }

    static Map<Pair, Map<Period, Level>> onlyYears(Map<Pair, Map<Period, Level>> all) {
        Map<Pair, Map<Period, Level>> years = new TreeMap<>();
        all.forEach((pair, series) -> {
            Map<Period, Level> y = new TreeMap<>();
            series.forEach((period, point) -> {
                if (period.kind() == PeriodKind.YEAR) {
                    y.put(period, point);
                }
            });
            years.put(pair, y);
        });
        return years;
    }

    static String forecastYears(List<Forecast> forecasts) {
        List<String> years = forecasts.stream().filter(f -> f != null).map(f -> Integer.toString(f.year()))
                .distinct().sorted().toList();
        return Figures.listing(years) + " from the linear trend";
    }

    /** How the forecast was made, and its figures when they are not written on the chart. */
    static String forecastNote(List<Forecast> forecasts, boolean labelled, double axisMin) {
        List<Forecast> shown = forecasts.stream().filter(f -> f != null).toList();
        StringBuilder note = new StringBuilder("Forecast: the straight-line (least-squares) trend of the yearly "
                + "figures extended one year; the whisker is the 95% prediction interval. ");
        if (!labelled) {
            List<String> figures = new ArrayList<>();
            for (Forecast f : shown) {
                figures.add(f.pair().label() + " " + f.year() + ": " + Figures.millionsText(f.value()) + " ("
                        + Figures.millionsText(f.lower()) + " to " + Figures.millionsText(f.upper()) + ")");
            }
            note.append(String.join("; ", figures)).append(". ");
        }
        List<String> cut = shown.stream().filter(f -> Figures.millions(f.lower()) < axisMin)
                .map(f -> f.pair().label()).toList();
        if (!cut.isEmpty()) {
            note.append("The interval of ").append(Figures.listing(cut))
                    .append(" reaches below zero and is cut at the axis. ");
        }
        note.append("Few years make a rough guide, not a prediction.");
        return note.toString();
    }

    /** The forecasts in words, for the alt text. */
    static String forecastSentence(List<Pair> pairs, List<Forecast> forecasts) {
        List<String> said = new ArrayList<>();
        for (Forecast f : forecasts) {
            if (f == null) {
                continue;
            }
            said.add((pairs.size() > 1 ? f.pair().label() + " " : "") + Figures.millionsText(f.value())
                    + " for " + f.year() + " (95% prediction interval " + Figures.millionsText(f.lower()) + " to "
                    + Figures.millionsText(f.upper()) + ", trend over " + f.rangeText() + ")");
        }
        return "Forecast from the linear trend, in US$ million: " + String.join("; ", said) + ".";
    }
}
