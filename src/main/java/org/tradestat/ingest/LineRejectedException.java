package org.tradestat.ingest;

/** Thrown by a field check with the reason, in plain words, that the line is rejected. */
final class LineRejectedException extends Exception {

    LineRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
