package org.tradestat.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradestat.figure.Classification;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Countries;
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
 *   <li>flow: the first of {@code flowCode} / {@code Trade Flow Code} / {@code Trade Flow} that holds a known flow
 *       ({@link ComtradeFlow}): some legacy exports have {@code Trade Flow Code} 0 on every row and the flow in
 *       {@code Trade Flow}, as a code or in words; re-exports and re-imports become the measures {@code re_export}
 *       and {@code re_import}, which the analysis uses only where no plain export or import is given;</li>
 *   <li>commodity: {@code cmdCode} / {@code Commodity Code}: {@code TOTAL}, or the code in the classification
 *       {@code classificationCode} / {@code Classification} names ({@link Classification}; HS where none is
 *       given), written as a {@link CommodityCode#key()};</li>
 *   <li>value in US dollars: {@code primaryValue} (else {@code fobvalue} / {@code cifvalue}) /
 *       {@code Trade Value (US$)} / {@code Value}.</li>
 * </ul>
 * Rows broken down by second partner, customs procedure or mode of transport, and the flows that are parts of X or
 * M (domestic exports, foreign merchandise, processing trade), repeat a total given in another row: they are
 * summarised, not loaded, or every figure would count several times. A part whose total the file does not give is
 * reported when the file ends ({@link #finish()}), never turned into the total. The World (W00, WLD, code 0)
 * becomes {@code WLD}; an area with no ISO code (a region, "Other Asia, nes") becomes {@code M49_nnn}, its own
 * partner; a former country its former ISO code (SUN, CSK...). Comtrade's {@code isAggregate} flag is not used: it
 * marks records Comtrade computed, not partners. The rules are explained in docs/comtrade.md.
 */
public final class ComtradeRecordParser {

    /** Characters of a field quoted in a reason; the whole line is in rejects.csv. */
    static final int QUOTED = 60;
    /**
     * Keys remembered per file to find parts of a flow without their total: a Comtrade Plus download holds at most
     * 250,000 rows; in a longer file (a bulk extract, which has no parts of flows) the check stops here.
     */
    static final int MAX_TRACKED_KEYS = 500_000;
    /** Parts without a total listed one by one; more are counted in one last warning. */
    static final int MAX_LISTED_PARTS = 50;
    static final String PART_WITHOUT_TOTAL = "sub-flow without total";

    private final Header header;
    private final int fileSeq;
    private final String fileName;
    private final String source;
    /** Keys (reporter, partner, measure, commodity, period) of the loaded export and import lines. */
    private final Set<String> totals = new HashSet<>();
    /** Keys of the lines that are parts of a flow, with the first such line and the part's flow. */
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private boolean tooManyKeys;

    private record Part(long line, ComtradeFlow flow, String description) {
    }

    public ComtradeRecordParser(Header header, int fileSeq, String fileName) {
        this.header = header;
        this.fileSeq = fileSeq;
        this.fileName = fileName;
        this.source = FreeText.clean("UN Comtrade download " + fileName, FreeText.SOURCE_LIMIT);
    }

    public InputRecord parse(CsvRecord record) {
        try {
            LineRejectedException.checkShape(record, header);
            Row row = new Row(record.fields());
            String type = row.first("typecode");
            if (!type.isEmpty() && !type.equalsIgnoreCase("C")) {
                throw new LineRejectedException("typeCode '" + FreeText.quote(type, QUOTED)
                        + "' is not trade in goods (C)");
            }
            ComtradeFlow flow = flow(row);
            String breakdown = breakdown(row);
            if (breakdown != null) {
                return new InputRecord.Summarised(fileSeq, record.line(), breakdown);
            }
            if (flow.isPart()) {
                rememberPart(row, flow, record.line());
                return new InputRecord.Summarised(fileSeq, record.line(), "flow " + flow.describe() + " is a part of "
                        + flow.partOf().describe() + ": only X, M, RX and RM are used");
            }
            Figure figure = figure(row, flow);
            remember(totals, key(figure.series().reporter(), figure.series().partner(), figure.series().measure(),
                    figure.series().commodity(), figure.period()));
            return new InputRecord.FigureLine(fileSeq, record.line(), figure);
        } catch (LineRejectedException e) {
            return new InputRecord.Rejected(fileSeq, record.line(), e.getMessage(), record.raw());
        }
    }

    /**
     * What the file gives only in parts: one warning per key whose part of a flow (DX, XOP...) has no total of that
     * flow in the file. Call once, after the last line.
     */
    public List<InputRecord.FileWarning> finish() {
        List<InputRecord.FileWarning> warnings = new ArrayList<>();
        int unlisted = 0;
        for (var e : parts.entrySet()) {
            if (totals.contains(e.getKey())) {
                continue;
            }
            Part p = e.getValue();
            if (warnings.size() < MAX_LISTED_PARTS) {
                warnings.add(new InputRecord.FileWarning(fileSeq, p.line(), PART_WITHOUT_TOTAL, fileName + " line "
                        + p.line() + ": " + p.description() + ": the file gives " + p.flow().describe() + ", a part of "
                        + p.flow().partOf().describe() + ", but not the total; the part is not counted as "
                        + p.flow().partOf().describe() + " and no total is derived from it"));
            } else {
                unlisted++;
            }
        }
        if (unlisted > 0) {
            warnings.add(new InputRecord.FileWarning(fileSeq, 0, PART_WITHOUT_TOTAL, fileName + ": " + unlisted
                    + " more keys give only a part of a flow and not its total (not loaded)"));
        }
        if (tooManyKeys) {
            warnings.add(new InputRecord.FileWarning(fileSeq, 0, PART_WITHOUT_TOTAL, fileName + ": more than "
                    + MAX_TRACKED_KEYS + " keys; parts of flows (DX, FM, XOP, XIP, MIP, MOP) were not checked for their"
                    + " totals beyond that (they are never loaded)"));
        }
        totals.clear();
        parts.clear();
        return warnings;
    }

    private void rememberPart(Row row, ComtradeFlow flow, long line) {
        try {
            String reporter = ComtradeFields.area(row.first("reporteriso", "reporter iso"), row.first("reportercode", "reporter code"),
                    "reporter");
            String partner = ComtradeFields.area(row.first("partneriso", "partner iso"), row.first("partnercode", "partner code"),
                    "partner");
            String commodity = commodity(row);
            Period period = period(row);
            String key = key(reporter, partner, flow.partOf().measure(), commodity, period);
            if (!parts.containsKey(key) && parts.size() < MAX_TRACKED_KEYS) {
                String goods = SeriesKey.ALL_GOODS.equals(commodity) ? "all goods" : CommodityCode.label(commodity);
                parts.put(key, new Part(line, flow, reporter + "\u2013" + partner + ", " + goods + ", "
                        + period.label()));
            } else if (parts.size() >= MAX_TRACKED_KEYS) {
                tooManyKeys = true;
            }
        } catch (LineRejectedException e) {
            // a part that cannot be read is not loaded either way; the totals check needs its key only
        }
    }

    private void remember(Set<String> keys, String key) {
        if (keys.size() < MAX_TRACKED_KEYS) {
            keys.add(key);
        } else if (!keys.contains(key)) {
            tooManyKeys = true;
        }
    }

    private static String key(String reporter, String partner, String measure, String commodity, Period period) {
        return reporter + '|' + partner + '|' + measure + '|' + commodity + '|' + period;
    }

    /** The flow of the first flow column that holds a known one: legacy files may have Trade Flow Code 0. */
    private ComtradeFlow flow(Row row) throws LineRejectedException {
        List<String> seen = new ArrayList<>();
        for (String column : List.of("flowcode", "trade flow code", "trade flow")) {
            String text = row.first(column);
            if (text.isEmpty()) {
                continue;
            }
            Optional<ComtradeFlow> flow = ComtradeFlow.of(text);
            if (flow.isPresent()) {
                return flow.get();
            }
            seen.add("'" + FreeText.quote(text, QUOTED) + "'");
        }
        throw new LineRejectedException((seen.isEmpty() ? "the flow is empty" : "unknown flow "
                + String.join(" / ", seen))
                + " (expected " + ComtradeFlow.EXPECTED + ")");
    }

    /** Why the line only breaks down a total given in another line; null when it is a total row. */
    private static String breakdown(Row row) {
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
        return null;
    }

    private static boolean isTotal(String code, String... totals) {
        return code.isEmpty() || List.of(totals).contains(code.toUpperCase(Locale.ROOT));
    }

    private Figure figure(Row row, ComtradeFlow flow) throws LineRejectedException {
        String measure = flow.measure();
        String reporter = ComtradeFields.area(row.first("reporteriso", "reporter iso"), row.first("reportercode", "reporter code"),
                "reporter");
        if (!Countries.isCountry(reporter)) {
            throw new LineRejectedException("reporter " + reporter + " is an aggregate; it must be a country");
        }
        String partner = ComtradeFields.area(row.first("partneriso", "partner iso"), row.first("partnercode", "partner code"),
                "partner");
        if (reporter.equals(partner)) {
            throw new LineRejectedException("reporter equals partner (" + reporter + ")");
        }
        return new Figure(SeriesKey.trade(reporter, partner, measure, commodity(row)), period(row),
                value(row, measure), Qualifier.EXACT, null, source);
    }

    private static Period period(Row row) throws LineRejectedException {
        return ComtradeFields.period(row.first("period", "year"), row.first("refmonth"));
    }

    private static String commodity(Row row) throws LineRejectedException {
        return ComtradeFields.commodity(row.first("cmdcode", "commodity code"),
                row.first("classificationcode", "classification"));
    }

    /** Exports are valued FOB, imports CIF: the other value only where the first is not given. */
    private static BigDecimal value(Row row, String measure) throws LineRejectedException {
        boolean exports = measure.endsWith("export");
        return ComtradeFields.value(row.first("primaryvalue", "trade value (us$)", "value",
                exports ? "fobvalue" : "cifvalue", exports ? "cifvalue" : "fobvalue"));
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
