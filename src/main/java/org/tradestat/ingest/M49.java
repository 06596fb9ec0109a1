package org.tradestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * UN M49 area codes (and UN Comtrade's own reporter codes) to ISO 3166-1 alpha-3, from the table shipped as
 * {@code m49-iso3.csv} (see {@code m49-iso3.README.md} for its source). Loaded once.
 */
public final class M49 {

    static final String RESOURCE = "/m49-iso3.csv";
    /** Prefix of the partner code of an area with no ISO code: a region, a "nes" area, a former country. */
    public static final String AGGREGATE_PREFIX = "M49_";

    private static final Map<Integer, String> ISO3 = load();

    private M49() {
    }

    /** The ISO alpha-3 code of an area code ({@code WLD} for 0, the World); empty where it has none. */
    public static Optional<String> iso3(int code) {
        return Optional.ofNullable(ISO3.get(code)).filter(iso -> !iso.isEmpty());
    }

    /** The code Tradestat uses for an area: its ISO alpha-3 code, or {@code M49_} and three digits (M49_142). */
    public static String area(int code) {
        return iso3(code).orElse(AGGREGATE_PREFIX + String.format(Locale.ROOT, "%03d", code));
    }

    /** Every code of the table with its ISO code ("" where it has none). */
    static Map<Integer, String> table() {
        return ISO3;
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> table = new HashMap<>();
        try (InputStream in = M49.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            CsvRecordReader reader = new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = reader.next().fields();
            if (!header.equals(List.of("m49", "iso3", "name"))) {
                throw new IllegalStateException(RESOURCE + " must start with the header m49,iso3,name, not " + header);
            }
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                if (table.put(Integer.parseInt(r.fields().get(0)), r.fields().get(1)) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + r.line() + ": code " + r.fields().get(0)
                            + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(table);
    }
}
