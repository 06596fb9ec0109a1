package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.period.Period;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.chart.DatasetLevels.Key;
import org.tradestat.report.chart.TradeLevels.Point;

/** Chart 5: company counts over time, one bar colour per origin–host pair and measure label (e.g. joint venture). */
final class CompanyChart {

    static final String NAME = "company-counts";
    static final String TITLE = "Company counts by origin and host";

    private CompanyChart() {
    }

    static Optional<ChartSpec> build(List<Indicator> indicators) {
        Map<Key, Map<Period, Point>> levels = DatasetLevels.read(indicators, Dataset.COMPANIES, "level", false,
                k -> true);
        List<LevelsChart.Series> series = new ArrayList<>();
        levels.forEach((key, points) -> series.add(new LevelsChart.Series(
                key.pairLabel() + " " + DatasetLevels.words(key.measure()), points)));
        LevelsChart.Spec spec = new LevelsChart.Spec(NAME, TITLE, ValueFormat.COUNT, "Number of companies",
                "number of companies", "company counts", "Pairs are origin\u2013host (companies from the first "
                + "country in the second).");
        return LevelsChart.build(spec, series, List.of());
    }
}
