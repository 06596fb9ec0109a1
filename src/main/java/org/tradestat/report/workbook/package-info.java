/**
 * The Excel workbook of a Tradestat run (SPEC 7), written after the UK Government Analysis Function's guidance
 * "Releasing statistics in spreadsheets": {@link org.tradestat.report.workbook.WorkbookWriter} writes it, and
 * {@link org.tradestat.report.workbook.Findings} puts the headline findings into plain sentences for it and for
 * other outputs. Sheets stream row by row, so long tables do not have to fit in memory.
 */
package org.tradestat.report.workbook;
