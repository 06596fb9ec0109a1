package org.tradestat.report.chart;

import java.util.List;
import org.tradestat.report.ChartImage;

/**
 * The outcome of {@link TradeCharts#writeAll}: the charts written, in SPEC 7 order, and for each chart that could not
 * be drawn a sentence saying why (e.g. "Investment: no investment figures in the input."), in the same order.
 */
public record Charts(List<ChartImage> drawn, List<String> notDrawn) {

    public Charts {
        drawn = List.copyOf(drawn);
        notDrawn = List.copyOf(notDrawn);
    }
}
