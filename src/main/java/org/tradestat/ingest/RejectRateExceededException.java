package org.tradestat.ingest;

import java.util.List;
import java.util.Locale;

/** A file has more rejected lines than {@code maxRejectRate} allows: the run stops and writes no report. */
public final class RejectRateExceededException extends RuntimeException {

    public RejectRateExceededException(String file, long rejected, long lines, double maxRejectRate,
                                       List<String> firstReasons) {
        super(String.format(Locale.ROOT, "%s: %d of %d data lines rejected (%.1f%%, limit %.1f%%). First reasons: %s",
                file, rejected, lines, 100.0 * rejected / lines, 100.0 * maxRejectRate, String.join("; ", firstReasons)));
    }
}
