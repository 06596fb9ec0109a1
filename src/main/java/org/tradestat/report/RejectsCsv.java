package org.tradestat.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes {@code rejects.csv}: {@code file,line,reason,raw} for every rejected line. */
public final class RejectsCsv {

    public static final String HEADER = "file,line,reason,raw";

    private RejectsCsv() {
    }

    /**
     * Writes the rejected lines as {@code rejects} gives them, each as it comes (a run can reject millions of lines:
     * they are never all in memory), and returns their tally.
     */
    public static RejectTally write(ReportRequest.RejectSource rejects, Path target) throws IOException {
        RejectTally tally = new RejectTally();
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(HEADER);
            w.write('\n');
            try {
                rejects.forEach(r -> {
                    try {
                        w.write(String.join(",", CsvText.text(r.file()), Long.toString(r.line()),
                                CsvText.text(r.reason()), CsvText.text(r.raw())));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    tally.add(r);
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        });
        return tally;
    }
}
