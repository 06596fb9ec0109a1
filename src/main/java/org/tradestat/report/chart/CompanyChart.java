package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradestat.figure.Dataset;
import org.tradestat.report.chart.ChartFiles.ChartSpec;
import org.tradestat.report.model.AnalysisFacts;

/** Chart 5: company counts over time, one bar colour per origin–host pair and measure label (e.g. joint venture). */
final class CompanyChart {

    static final String NAME = "company-counts";
    static final String TITLE = "Company counts by origin and host";

    private CompanyChart() {
    }

    /** The company chart, its series coloured by their pair's country in the run's {@link CountryColours}. */
    static Optional<ChartSpec> build(AnalysisFacts facts, CountryColours countryColours) {
        List<LevelsChart.Series> series = new ArrayList<>();
        facts.levelSeries(Dataset.COMPANIES).forEach((key, points) -> series.add(new LevelsChart.Series(
                key.series().pairLabel() + " " + Figures.words(key.series().measure()), points,
                key.pair())));
        LevelsChart.Spec spec = new LevelsChart.Spec(NAME, TITLE, ValueFormat.COUNT, "Number of companies",
                "number of companies", "company counts", "Pairs are origin\u2013host (companies from the first "
                + "country in the second).");
        return LevelsChart.build(spec, series, List.of(), countryColours);
    }
}
