package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The Trade indices sheet: the standard trade indices of docs/indicators.md ("Trade indices"), as WITS defines them,
 * one row each: revealed comparative advantage, trade intensity, Grubel–Lloyd intra-industry trade, export
 * diversification (products exported and the HHI of the exports) and trade complementarity. The sheet is there only
 * when the run computed any.
 */
final class TradeIndicesSheet {

    static final String NAME = "Trade indices";

    /** The text of {@link Notes.Def#TRADE_INDICES}: the WITS definitions, a sentence or two each. */
    static final String DEFINITIONS = "Revealed comparative advantage (Balassa) is a commodity's share of the "
            + "reporter's exports divided by its share of the World's exports, (x_ik / X_i) / (x_wk / X_w): above 1 "
            + "the reporter has a revealed comparative advantage in the commodity, below 1 a disadvantage. "
            + "Trade intensity is the partner's share of the reporter's exports divided by its share of the World's "
            + "exports, (x_ij / X_i) / (x_wj / X_w): above 1 the reporter exports more to the partner than the World "
            + "as a whole does. The Grubel\u2013Lloyd index, 1 - |X - M| / (X + M), measures intra-industry trade, "
            + "from 0 (trade one way only) to 1 (exports equal imports); over all commodities it is the average "
            + "weighted by each commodity's trade. Export diversification counts the commodities exported (above "
            + "zero) and gives the HHI of their shares of the exports; the normalized HHI is the WITS product "
            + "concentration index, from 0 (spread evenly) to 1 (one product). Trade complementarity, 100 \u00b7 (1 "
            + "- \u03a3 |m_k - x_k| / 2), says how well the reporter's export shares match the partner's import "
            + "shares, from 0 (no match) to 100 (they are equal), in percent. The World is the sum of the reporters "
            + "in the input that give the figures needed, as WITS sums all reporters: the Basis column says how many.";

    /** The indicator names of the sheet, in its order, with their words. */
    private static final List<String> NAMES = List.of("rca", "trade_intensity", "grubel_lloyd", "export_products",
            "hhi", "hhi_normalized", "complementarity");
    private static final Pattern CODES = Pattern.compile("([A-Za-z]+)(\\d+)");

    private TradeIndicesSheet() {
    }

    /** The sheet, or none when the run computed no trade index. */
    static List<WorkbookSheet> sheets(List<Indicator> indicators) {
        List<Indicator> rows = rows(indicators);
        if (rows.isEmpty()) {
            return List.of();
        }
        String marker = Notes.Def.TRADE_INDICES.marker();
        return List.of(WorkbookSheet.of(NAME, "Standard trade indices as WITS defines them " + marker
                + ", computed from the input's exports and imports; the World is the sum of the reporters in the "
                + "input.",
                s -> write(s, rows, marker)));
    }

    /** The trade indices among the indicators: the HHI only of exports, the HHI of turnover being Concentration's. */
    static List<Indicator> rows(List<Indicator> indicators) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : indicators) {
            SeriesKey k = i.series();
            if (k.dataset() == Dataset.TRADE && NAMES.contains(i.name())
                    && (!i.name().startsWith("hhi") || "export".equals(k.measure()))) {
                out.add(i);
            }
        }
        out.sort(Comparator.comparing((Indicator i) -> NAMES.indexOf(i.name()))
                .thenComparing(i -> i.series().reporter()).thenComparing(i -> i.series().partner())
                .thenComparing(i -> i.series().commodity()).thenComparing(Indicator::period));
        return out;
    }

    private static void write(SheetBuilder s, List<Indicator> rows, String marker) {
        s.widths(34, 10, 10, 22, 8, 14, 34, 44);
        Table t = s.table("tblTradeIndices", List.of("Indicator " + marker, "Reporter", "Partner",
                "Commodity (classification and code)", "Year",
                "Value (ratio; complementarity in %; products a count)", "Basis", "Notes"));
        s.freezeHeader();
        int written = t.rows(rows, rows.size(), (r, i) -> row(s, r, i));
        t.finish();
        t.notAllFit(written, rows.size(), "indices", "every index");
    }

    private static void row(SheetBuilder s, RowWriter r, Indicator i) {
        SeriesKey k = i.series();
        r.text(indicator(i.name())).text(k.reporter()).text(k.partner()).text(commodity(k.commodity()))
                .text(Period.tryParse(i.period()).map(Period::label).orElse(i.period()));
        switch (i.name()) {
            case "complementarity" -> r.share(i.value(), i.flags());
            case "export_products" -> r.count(i.value(), i.flags());
            default -> r.numberOrX(i.value(), s.styles.ratio3);
        }
        r.text(basis(i));
        r.note(CellTexts.joined(reading(i), Notes.flagNotes(i.flags())));
    }

    static String indicator(String name) {
        return switch (name) {
            case "rca" -> "Revealed comparative advantage";
            case "trade_intensity" -> "Trade intensity";
            case "grubel_lloyd" -> "Intra-industry trade (Grubel\u2013Lloyd)";
            case "export_products" -> "Products exported";
            case "hhi" -> "Export concentration (HHI)";
            case "hhi_normalized" -> "Export concentration (normalized HHI)";
            case "complementarity" -> "Trade complementarity";
            default -> name;
        };
    }

    private static String commodity(String code) {
        return "*".equals(code) ? "All commodities" : Texts.commodity(code);
    }

    /** The basis in words: "World: sum of 5 reporters", "HS 2-digit codes", "The commodity's trade". */
    static String basis(Indicator i) {
        String b = i.basis();
        if (b.startsWith("reporters:")) {
            String n = b.substring("reporters:".length());
            return "World: sum of the " + n + " reporter" + ("1".equals(n) ? "" : "s") + " in the input";
        }
        Matcher m = CODES.matcher(b);
        if (m.matches()) {
            return m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + m.group(2) + "-digit codes";
        }
        if (b.isEmpty()) {
            return "grubel_lloyd".equals(i.name()) ? "The commodity's exports and imports" : "Not stated";
        }
        return b;
    }

    /** What the value says, in words, so that it is not said by colour or number alone. */
    static String reading(Indicator i) {
        BigDecimal v = i.value();
        if (v == null) {
            return "";
        }
        int vsOne = v.compareTo(BigDecimal.ONE);
        return switch (i.name()) {
            case "rca" -> vsOne > 0 ? "Advantage (above 1)." : vsOne < 0 ? "Disadvantage (below 1)." : "Neutral (1).";
            case "trade_intensity" -> vsOne > 0 ? "More intense than the World's (above 1)." : vsOne < 0
                    ? "Less intense than the World's (below 1)." : "As intense as the World's (1).";
            default -> "";
        };
    }
}
