package org.tradestat.analysis;

/** A consistency check that failed (SPEC 3): shown in the data-quality sheet, never fatal. */
public record QualityWarning(String check, String message) {
}
