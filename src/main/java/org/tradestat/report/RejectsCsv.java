package org.tradestat.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code rejects.csv}: {@code file,line,reason,raw} for every rejected line. */
public final class RejectsCsv {

    public static final String HEADER = "file,line,reason,raw";

    private RejectsCsv() {
    }

    public static void write(List<ReportData.RejectLine> rejects, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(HEADER);
            w.write('\n');
            for (ReportData.RejectLine r : rejects) {
                w.write(String.join(",", CsvText.text(r.file()), Long.toString(r.line()), CsvText.text(r.reason()),
                        CsvText.text(r.raw())));
                w.write('\n');
            }
            w.flush();
        });
    }
}
