package org.tradestat.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.SeriesKey;

/** Writes {@code indicators.csv}: every computed figure, one per line, in the columns of SPEC 6. */
public final class IndicatorsCsv {

    public static final String HEADER = "dataset,reporter,partner,measure,commodity,period,indicator,value,unit,basis,flags";

    private IndicatorsCsv() {
    }

    /** Hands each indicator, in order, to the consumer it is given: lets the file be written straight from a query. */
    public interface Source {
        void forEach(java.util.function.Consumer<Indicator> each);
    }

    public static void write(List<Indicator> indicators, Path target) throws IOException {
        write(indicators::forEach, target);
    }

    public static void write(Source indicators, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write(HEADER);
            w.write('\n');
            indicators.forEach(i -> {
                SeriesKey s = i.series();
                try {
                    w.write(String.join(",", CsvText.text(s.dataset().code()), CsvText.text(s.reporter()),
                            CsvText.text(s.partner()), CsvText.text(s.measure()), CsvText.text(s.commodity()),
                            CsvText.text(i.period()), CsvText.text(i.name()), CsvText.number(i.valueText()),
                            CsvText.text(i.unit().code()), CsvText.text(i.basis()), CsvText.text(i.flagsText())));
                    w.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.flush();
        });
    }
}
