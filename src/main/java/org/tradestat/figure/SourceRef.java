package org.tradestat.figure;

/** A source named by the input, with the dataset and how many loaded figures or events cite it. */
public record SourceRef(String dataset, String source, long figures) {
}
