package org.tradestat.ingest;

import java.util.List;

/**
 * One record of a CSV file. {@code line} is the editor line it starts on; {@code raw} is its text without the
 * line end (cut at {@link CsvRecordReader#RAW_LIMIT} characters); {@code problem} is set when the quoting is broken.
 */
public record CsvRecord(long line, List<String> fields, String raw, String problem) {

    public boolean isMalformed() {
        return problem != null;
    }
}
