package org.tradestat.analysis;

/** A sentence shown where a figure cannot be computed; topic: statistics, shares or correlation. */
public record Remark(String topic, String message) {
}
