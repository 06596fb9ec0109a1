package org.tradestat.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.tradestat.analysis.Revision;
import org.tradestat.analysis.Revisions;
import org.tradestat.figure.SeriesKey;

/**
 * Writes {@code revisions.csv} (README, "What it writes"): one line per figure that changed, went or appeared since the
 * run compared with, in the order of {@link Revisions}. {@code previous_value} is empty for a figure that appeared,
 * {@code value} for one that went, and {@code change} for both; a run with nothing to compare with writes the header
 * only.
 */
public final class RevisionsCsv {

    public static final String HEADER =
            "dataset,reporter,partner,measure,commodity,period,previous_value,value,change,previous_run";

    private RevisionsCsv() {
    }

    public static void write(Revisions revisions, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(HEADER);
            w.write('\n');
            String previousRun = String.valueOf(revisions.previousRun());
            for (Revision r : revisions.figures()) {
                SeriesKey k = r.series();
                w.write(String.join(",", CsvText.text(k.dataset().code()), CsvText.text(k.reporter()),
                        CsvText.text(k.partner()), CsvText.text(k.measure()), CsvText.text(k.commodity()),
                        r.period().toString(), plain(r.previous()), plain(r.value()), plain(r.change()), previousRun));
                w.write('\n');
            }
            w.flush();
        });
    }

    /** As indicators.csv writes a value: a plain decimal without trailing zeros; empty when there is none. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped.scale() < 0 ? stripped.setScale(0) : stripped)
                .toPlainString();
    }
}
