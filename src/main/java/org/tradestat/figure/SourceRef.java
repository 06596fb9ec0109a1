package org.tradestat.figure;

import java.util.List;
import org.tradestat.period.Period;

/**
 * A source named by the input, with the dataset, how many loaded figures or events cite it, and where it is used:
 * the pairs of countries and periods it gives figures or events of (none for a published figure, which is cited on
 * its own).
 */
public record SourceRef(String dataset, String source, long figures, List<Use> uses) {

    /** A pair of countries, as the input gives them, and a period the source gives a figure or event of. */
    public record Use(String reporter, String partner, Period period) {
    }

    public SourceRef {
        uses = List.copyOf(uses);
    }

    /** Without its uses. */
    public SourceRef(String dataset, String source, long figures) {
        this(dataset, source, figures, List.of());
    }
}
