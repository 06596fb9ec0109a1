package org.tradestat.ingest;

/** Thrown by a field check with the reason, in plain words, that the line is rejected. */
final class LineRejectedException extends Exception {

    LineRejectedException(String reason) {
        super(reason, null, false, false);
    }

    /** Rejects a record whose quoting is broken or whose number of fields differs from the header's. */
    static void checkShape(CsvRecord record, Header header) throws LineRejectedException {
        if (record.isMalformed()) {
            throw new LineRejectedException("malformed CSV: " + record.problem());
        }
        if (record.fields().size() != header.size()) {
            throw new LineRejectedException("wrong number of fields: " + record.fields().size()
                    + " where the header has " + header.size());
        }
    }
}
