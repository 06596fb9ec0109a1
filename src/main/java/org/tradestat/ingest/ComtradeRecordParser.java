package org.tradestat.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tradestat.figure.Figure;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * Turns one line of a UN Comtrade download (SPEC 2.6, any of its three layouts) into a trade figure, a line
 * {@linkplain InputRecord.Summarised summarised} by a total given in another line, or a reject with the reason.
 *
 * <p>The layouts name the same things differently. Each value is read from the first of its columns that the line
 * fills (current Comtrade Plus / legacy / legacy bulk):
 * <ul>
 *   <li>period: {@code period} (YYYY or YYYYMM; {@code refMonth} 52 marks a year) / {@code Period} / {@code Year};</li>
 *   <li>reporter and partner: {@code reporterISO}, else {@code reporterCode} through the {@link M49} table /
 *       {@code Reporter ISO}, {@code Reporter Code} / {@code Reporter Code} (the same for the partner);</li>
 *   <li>flow: {@code flowCode} X, M, RX, RM / {@code Trade Flow Code} 1 import, 2 export, 3 re-export, 4 re-import,
 *       else the text {@code Trade Flow}; re-exports and re-imports become the measures {@code re_export} and
 *       {@code re_import}, which the analysis uses only where no plain export or import is given;</li>
 *   <li>commodity: {@code cmdCode} / {@code Commodity Code}: {@code TOTAL} or the code as it is;</li>
 *   <li>value in US dollars: {@code primaryValue} (else {@code fobvalue} / {@code cifvalue}) /
 *       {@code Trade Value (US$)} / {@code Value}.</li>
 * </ul>
 * Rows broken down by second partner, customs procedure or mode of transport, and the Comtrade Plus flows that are
 * parts of X or M (domestic exports, foreign imports, processing trade), repeat a total given in another row: they
 * are summarised, not loaded, or every figure would count several times. The World (W00, WLD, code 0) becomes
 * {@code WLD}; an area with no ISO code (a region, "Other Asia, nes") becomes {@code M49_nnn}, its own partner.
 * Comtrade's {@code isAggregate} flag is not used: it marks records Comtrade computed, not partners.
 */
public final class ComtradeRecordParser {

    /** A trade value this large is a broken file, not trade: world trade is about 2.5 × 10^13 US dollars a year. */
    static final BigDecimal ABSURD_VALUE = new BigDecimal("1e15");

    /** A decimal number, also in scientific notation (1.23E8): Comtrade writes its values as doubles. */
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern AREA_CODE = Pattern.compile("\\d{1,4}");
    private static final Pattern COMMODITY = Pattern.compile("\\d{1,10}");
    private static final Map<String, String> FLOWS = Map.ofEntries(
            Map.entry("X", "export"), Map.entry("2", "export"), Map.entry("EXPORT", "export"),
            Map.entry("M", "import"), Map.entry("1", "import"), Map.entry("IMPORT", "import"),
            Map.entry("RX", "re_export"), Map.entry("3", "re_export"), Map.entry("RE-EXPORT", "re_export"),
            Map.entry("RM", "re_import"), Map.entry("4", "re_import"), Map.entry("RE-IMPORT", "re_import"));
    /** Comtrade Plus flows that are parts of X or M: domestic exports, foreign imports, processing trade. */
    private static final Set<String> PART_FLOWS = Set.of("DX", "FM", "MIP", "XIP", "MOP", "XOP");

    private final Header header;
    private final int fileSeq;
    private final String source;

    public ComtradeRecordParser(Header header, int fileSeq, String fileName) {
        this.header = header;
        this.fileSeq = fileSeq;
        this.source = FreeText.clean("UN Comtrade download " + fileName, FreeText.SOURCE_LIMIT);
    }

    public InputRecord parse(CsvRecord record) {
        try {
            LineRejectedException.checkShape(record, header);
            Row row = new Row(record.fields());
            String type = row.first("typecode");
            if (!type.isEmpty() && !type.equalsIgnoreCase("C")) {
                throw new LineRejectedException("typeCode '" + type + "' is not trade in goods (C)");
            }
            String flow = row.first("flowcode", "trade flow code", "trade flow").toUpperCase(Locale.ROOT);
            String breakdown = breakdown(row, flow);
            if (breakdown != null) {
                return new InputRecord.Summarised(fileSeq, record.line(), breakdown);
            }
            return new InputRecord.FigureLine(fileSeq, record.line(), figure(row, flow));
        } catch (LineRejectedException e) {
            return new InputRecord.Rejected(fileSeq, record.line(), e.getMessage(), record.raw());
        }
    }

    /** Why the line only breaks down a total given in another line; null when it is a total row. */
    private static String breakdown(Row row, String flow) {
        String partner2 = row.first("partner2code", "2nd partner code");
        String partner2Iso = row.first("partner2iso", "2nd partner iso").toUpperCase(Locale.ROOT);
        if (!isTotal(partner2, "0") || !isTotal(partner2Iso, "W00", "WLD")) {
            return "a breakdown by second partner (" + (partner2.isEmpty() ? partner2Iso : partner2)
                    + "): only the total row (0 / W00) is used";
        }
        String customs = row.first("customscode", "customs proc. code");
        if (!isTotal(customs, "C00")) {
            return "a breakdown by customs procedure (" + customs + "): only the total row (C00) is used";
        }
        String transport = row.first("motcode", "mode of transport code");
        if (!isTotal(transport, "0")) {
            return "a breakdown by mode of transport (" + transport + "): only the total row (0) is used";
        }
        if (PART_FLOWS.contains(flow)) {
            return "flow " + flow + " is a part of the exports or imports: only X, M, RX and RM are used";
        }
        return null;
    }

    private static boolean isTotal(String code, String... totals) {
        return code.isEmpty() || List.of(totals).contains(code.toUpperCase(Locale.ROOT));
    }

    private Figure figure(Row row, String flow) throws LineRejectedException {
        String measure = FLOWS.get(flow);
        if (measure == null) {
            throw new LineRejectedException("unknown flow '" + flow + "' (expected X, M, RX or RM; 1 import, 2 export,"
                    + " 3 re-export or 4 re-import; or Import, Export, Re-Export or Re-Import)");
        }
        String reporter = area(row.first("reporteriso", "reporter iso"), row.first("reportercode", "reporter code"),
                "reporter");
        if (!Countries.isCountry(reporter)) {
            throw new LineRejectedException("reporter " + reporter + " is an aggregate; it must be a country");
        }
        String partner = area(row.first("partneriso", "partner iso"), row.first("partnercode", "partner code"),
                "partner");
        if (reporter.equals(partner)) {
            throw new LineRejectedException("reporter equals partner (" + reporter + ")");
        }
        return new Figure(SeriesKey.trade(reporter, partner, measure, commodity(row)), period(row),
                value(row, measure), Qualifier.EXACT, null, source);
    }

    /** A country's ISO code when the file gives one, else the area number through the M49 table (0 is WLD). */
    private static String area(String iso, String code, String role) throws LineRejectedException {
        String upper = iso.toUpperCase(Locale.ROOT);
        if (Countries.isCountry(upper) || Countries.WORLD.equals(upper)) {
            return upper;
        }
        if ("W00".equals(upper)) {
            return Countries.WORLD;
        }
        if (!AREA_CODE.matcher(code).matches()) {
            throw new LineRejectedException("unknown " + role + ": code '" + code + "' is not a UN M49 number"
                    + (iso.isEmpty() ? "" : " and '" + iso + "' is not an ISO 3166-1 alpha-3 code"));
        }
        return M49.area(Integer.parseInt(code));
    }

    private static Period period(Row row) throws LineRejectedException {
        String text = row.first("period", "year");
        Optional<Period> period = Optional.empty();
        if (text.matches("\\d{4}") || (text.matches("\\d{6}") && row.first("refmonth").equals("52"))) {
            period = Period.tryParse(text.substring(0, 4)); // refMonth 52 marks a year
        } else if (text.matches("\\d{6}")) {
            period = Period.tryParse(text.substring(0, 4) + "-" + text.substring(4));
        }
        return period.orElseThrow(() -> new LineRejectedException("malformed period '" + text
                + "' (expected YYYY or YYYYMM)"));
    }

    private static String commodity(Row row) throws LineRejectedException {
        String code = row.first("cmdcode", "commodity code");
        if (code.equalsIgnoreCase(SeriesKey.ALL_GOODS)) {
            return SeriesKey.ALL_GOODS;
        }
        if (!COMMODITY.matcher(code).matches()) {
            throw new LineRejectedException("commodity code '" + code + "' is not TOTAL or a code of digits");
        }
        return code;
    }

    private static BigDecimal value(Row row, String measure) throws LineRejectedException {
        boolean exports = measure.endsWith("export"); // valued FOB; imports CIF
        String text = row.first("primaryvalue", "trade value (us$)", "value",
                exports ? "fobvalue" : "cifvalue", exports ? "cifvalue" : "fobvalue");
        if (text.isEmpty()) {
            throw new LineRejectedException("the trade value is empty");
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new LineRejectedException("trade value '" + text + "' is not a number");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0) {
            throw new LineRejectedException("trade value '" + text + "' is negative");
        }
        if (value.compareTo(ABSURD_VALUE) >= 0) {
            throw new LineRejectedException("trade value '" + text + "' is absurdly large (limit 10^15 US dollars)");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // 1.23E8 becomes 123000000; digits beyond a millionth of a dollar (double noise) are rounded off.
        return value.setScale(Math.max(0, Math.min(value.scale(), RecordParser.MAX_DECIMALS)), RoundingMode.HALF_UP);
    }

    /** Field access by column name. */
    private final class Row {
        private final List<String> fields;

        Row(List<String> fields) {
            this.fields = fields;
        }

        /** The value of the first of these columns that the line fills; empty when none does. */
        String first(String... columns) {
            for (String column : columns) {
                int position = header.positionOf(column);
                if (position >= 0 && !fields.get(position).isBlank()) {
                    return fields.get(position).strip();
                }
            }
            return "";
        }
    }
}
