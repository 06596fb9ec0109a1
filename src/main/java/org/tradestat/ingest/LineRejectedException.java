package org.tradestat.ingest;

import java.util.List;

/** Thrown by a field check with the reason, in plain words, that the line is rejected. */
final class LineRejectedException extends Exception {

    LineRejectedException(String reason) {
        super(reason, null, false, false);
    }

    /**
     * Rejects a record whose quoting is broken or whose number of fields differs from the header's. Empty fields
     * beyond the header are no error: UN Comtrade Plus exports end every data line with a comma.
     */
    static void checkShape(CsvRecord record, Header header) throws LineRejectedException {
        if (record.isMalformed()) {
            throw new LineRejectedException(record.problem().equals(CsvRecordReader.NOT_UTF8_PROBLEM)
                    ? record.problem() : "malformed CSV: " + record.problem());
        }
        List<String> fields = record.fields();
        boolean fits = fields.size() >= header.size();
        for (int i = header.size(); fits && i < fields.size(); i++) {
            fits = fields.get(i).isEmpty();
        }
        if (!fits) {
            throw new LineRejectedException("wrong number of fields: " + record.fields().size()
                    + " where the header has " + header.size());
        }
    }
}
