package org.tradestat.report.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.report.ChartImage;
import org.tradestat.report.chart.ChartFiles.ChartSpec;

/**
 * Draws the trade charts (SPEC 7) from the {@code level} indicators of all-goods ({@code TOTAL}) trade:
 * <ol>
 *   <li>{@value TurnoverChart#NAME}: turnover over time, clustered bars by pair, on an axis of every period of the
 *       kind with the most figures (ties: the longer kind), so that gaps in time show as empty slots;</li>
 *   <li>{@value BalanceChart#NAME}: exports and imports as bars and the balance as a line, one panel per pair that
 *       has both flows in some period; not written when no pair has.</li>
 * </ol>
 * Each chart is written as {@code <name>.png} (rendered at twice the display size) and {@code <name>.svg}, each to a
 * temporary file first and then renamed. A chart with no data behind it is not written. Derived figures are hatched
 * and labelled "(derived)", approximate ones marked "~", so that neither relies on colour. The same indicators give
 * the same SVG text.
 *
 * <p>Not thread-safe in the sense that JFreeChart is not: use one call per thread (each call builds its own charts).
 */
public final class TradeCharts {

    /** Writes the trade charts into chartsDir and returns what was written, in order. */
    public List<ChartImage> write(List<Indicator> indicators, Path chartsDir) throws IOException {
        TradeLevels levels = TradeLevels.from(indicators);
        List<ChartSpec> specs = new ArrayList<>();
        TurnoverChart.build(levels).ifPresent(specs::add);
        BalanceChart.build(levels).ifPresent(specs::add);
        List<ChartImage> written = new ArrayList<>();
        if (specs.isEmpty()) {
            return List.of();
        }
        Files.createDirectories(chartsDir);
        for (ChartSpec spec : specs) {
            written.add(ChartFiles.write(spec, chartsDir));
        }
        return List.copyOf(written);
    }

    static Optional<ChartSpec> turnoverChart(List<Indicator> indicators) {
        return TurnoverChart.build(TradeLevels.from(indicators));
    }

    static Optional<ChartSpec> balanceChart(List<Indicator> indicators) {
        return BalanceChart.build(TradeLevels.from(indicators));
    }
}
