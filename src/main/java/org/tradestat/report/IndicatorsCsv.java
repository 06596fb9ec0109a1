package org.tradestat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorName;
import org.tradestat.computed.StoredIndicators;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * {@code indicators.csv}: every computed figure, one per line, in the columns the README gives ("What it writes"),
 * written once from the run's {@link StoredIndicators store}. Every text (series, period, basis, name, unit, set of
 * flags) is turned into its CSV bytes once; a line is those bytes and the value's digits.
 */
public final class IndicatorsCsv {

    public static final String HEADER = "dataset,reporter,partner,measure,commodity,period,indicator,value,unit,basis,flags";

    private IndicatorsCsv() {
    }

    /** Writes the store's indicators, in its order, to {@code target} (in place when complete). */
    public static void write(StoredIndicators stored, Path target) throws IOException {
        write(stored, RevisedLevels.in(stored, java.util.Map.of()), target);
    }

    /** The same, the levels of revised figures flagged {@code revised}. */
    static void write(StoredIndicators stored, RevisedLevels revised, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(stored, revised, out));
    }

    static void write(StoredIndicators stored, OutputStream out) throws IOException {
        write(stored, RevisedLevels.in(stored, java.util.Map.of()), out);
    }

    static void write(StoredIndicators stored, RevisedLevels revised, OutputStream out) throws IOException {
        byte[][] series = seriesFields(stored.series());
        List<String> textList = stored.texts();
        byte[][] texts = new byte[textList.size()][];
        for (int id = 0; id < texts.length; id++) {
            texts[id] = bytes(textList.get(id));
        }
        byte[][] names = new byte[IndicatorName.values().length][];
        for (IndicatorName name : IndicatorName.values()) {
            names[name.ordinal()] = bytes(name.code());
        }
        byte[][] units = new byte[Unit.values().length][];
        for (Unit unit : Unit.values()) {
            units[unit.ordinal()] = bytes(unit.code());
        }
        byte[][] flagSets = flagSets();
        ByteLineWriter line = new ByteLineWriter(out);
        line.put(HEADER.getBytes(StandardCharsets.US_ASCII)).put('\n');
        stored.forEach((rows, k) -> {
            line.put(series[rows.seriesId(k)])
                    .put(texts[rows.periodId(k)]).put(',')
                    .put(names[rows.name(k).ordinal()]).put(',');
            if (rows.fitsLong(k)) {
                line.putDecimal(rows.unscaled(k), rows.scale(k));
            } else {
                line.put(rows.value(k).toPlainString().getBytes(StandardCharsets.US_ASCII));
            }
            line.put(',').put(units[rows.unit(k).ordinal()]).put(',')
                    .put(texts[rows.basisId(k)]).put(',')
                    .put(flagSets[revised.flagBits(rows, k)]).put('\n');
        });
        line.flush();
    }

    /** The first five fields of a series' lines, each followed by its comma. */
    private static byte[][] seriesFields(List<SeriesKey> series) {
        byte[][] fields = new byte[series.size()][];
        for (int id = 0; id < fields.length; id++) {
            SeriesKey s = series.get(id);
            fields[id] = String.join(",", CsvText.text(s.dataset().code()), CsvText.text(s.reporter()),
                    CsvText.text(s.partner()), CsvText.text(s.measure()), CsvText.text(s.commodity()), "")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return fields;
    }

    /** Every set of flags, by its bits: the codes in the order Flag lists them, separated by {@code |}. */
    private static byte[][] flagSets() {
        byte[][] sets = new byte[1 << Flag.values().length][];
        for (int bits = 0; bits < sets.length; bits++) {
            StringBuilder text = new StringBuilder();
            for (Flag flag : Indicator.flags(bits)) {
                text.append(text.length() == 0 ? "" : "|").append(flag.code());
            }
            sets[bits] = text.toString().getBytes(StandardCharsets.US_ASCII);
        }
        return sets;
    }

    private static byte[] bytes(String text) {
        return CsvText.text(text).getBytes(StandardCharsets.UTF_8);
    }
}
