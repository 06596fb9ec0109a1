package org.tradestat.ingest;

/** Told of each data line as it is handed out, in input order: what the per-file counts and the progress read. */
interface LineCounter {

    /** Does not count: for lines parsed ahead, which are counted when they are handed out. */
    LineCounter NONE = new LineCounter() {
        @Override
        public void figures(int lines) {
        }

        @Override
        public void record(InputRecord record) {
        }
    };

    /** {@code lines} figure lines (never rejects). */
    void figures(int lines);

    /** A line that became a record: an event, a group member, a published figure, a reject... or a figure. */
    void record(InputRecord record);
}
