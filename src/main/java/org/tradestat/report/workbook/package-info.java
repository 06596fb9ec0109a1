/**
 * The Excel workbook of a Tradestat run (SPEC 7), written after the UK Government Analysis Function's guidance
 * "Releasing statistics in spreadsheets": {@link org.tradestat.report.workbook.WorkbookWriter} writes it, sheet by
 * sheet (each a {@link org.tradestat.report.workbook.WorkbookSheet} of its own) in the order of the SPEC (Cover,
 * Contents, Summary, Trade, Comparisons, Shares, Investment, Companies, Engagement, Statistics, Charts, Data
 * quality, Notes; a sheet whose content is several tables is followed by a sheet for each further table, such as
 * Concentration and Mirror gaps after Shares, then Trade indices when the run computed any), and
 * {@link org.tradestat.report.workbook.Findings} puts the headline findings into plain sentences for it and for
 * other outputs. Sheets stream row by row, so long tables do not have to fit in memory; the finished package is
 * rewritten with every zip entry dated from the run date, so the same input and run date give the same bytes.
 */
package org.tradestat.report.workbook;
