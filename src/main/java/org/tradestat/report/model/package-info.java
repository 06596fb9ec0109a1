/**
 * The report model: a run's indicators arranged once ({@link org.tradestat.report.model.ReportModel}) into trade
 * levels and changes ({@link org.tradestat.report.model.TradeFacts}) and the figures beyond them
 * ({@link org.tradestat.report.model.AnalysisFacts}), by {@link org.tradestat.report.model.Pair} and period, each
 * figure a {@link org.tradestat.report.model.Level} with its flags. The workbook and the charts both read it.
 */
package org.tradestat.report.model;
