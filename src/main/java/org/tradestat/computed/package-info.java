/**
 * A run's computed indicators as a compact binary work file of typed columns: written once by computeIndicators,
 * read by writeReport (which writes {@code indicators.csv} from it and chooses what the workbook shows), and kept
 * between the two steps so that a run stopped after computeIndicators resumes at writeReport. Depends on analysis,
 * figure and period only.
 */
package org.tradestat.computed;
