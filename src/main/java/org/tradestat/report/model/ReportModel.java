package org.tradestat.report.model;

import java.util.List;
import org.tradestat.analysis.Indicator;
import org.tradestat.report.ReportData;

/**
 * What a report shows, built once per run from its indicators and read by the workbook and the charts alike: the
 * trade levels and their changes ({@link TradeFacts}), and everything beyond them ({@link AnalysisFacts}). Read-only
 * once built, so the charts may read it on their own thread while the workbook is written.
 */
public record ReportModel(TradeFacts trade, AnalysisFacts analysis) {

    public static ReportModel of(ReportData data) {
        return new ReportModel(TradeFacts.of(data.indicators()), AnalysisFacts.of(data));
    }

    /** The model of indicators alone: no remarks, and the input taken to hold the datasets they are of. */
    public static ReportModel of(List<Indicator> indicators) {
        return new ReportModel(TradeFacts.of(indicators), AnalysisFacts.of(indicators, List.of()));
    }
}
