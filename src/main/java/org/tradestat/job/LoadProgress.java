package org.tradestat.job;

import java.io.PrintStream;
import java.util.Locale;
import org.tradestat.ingest.InputFilesReader;

/**
 * Prints how far a long load is — lines read, rate, share of the input, time left — at most every few seconds. Used only when the output is a terminal: cron mail keeps the per-step summary lines.
 */
final class LoadProgress implements InputFilesReader.Progress {

    static final long INTERVAL_NANOS = 3_000_000_000L;

    private final PrintStream out;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    LoadProgress(PrintStream out, long totalBytes) {
        this.out = out;
        this.totalBytes = Math.max(1, totalBytes);
    }

    @Override
    public void update(String file, long linesRead, long charsRead) {
        long now = System.nanoTime();
        if (now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        double seconds = (now - start) / 1e9;
        double share = Math.min(1.0, (double) charsRead / totalBytes);
        double left = share > 0 ? seconds / share - seconds : 0;
        out.printf(Locale.ROOT, "  loading %s: %,d lines (%,.0f lines/s), %.0f%% of the input, about %.0f s left%n",
                file, linesRead, linesRead / seconds, share * 100, left);
    }
}
