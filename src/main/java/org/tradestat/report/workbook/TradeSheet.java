package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.TradeCells.flags;
import static org.tradestat.report.workbook.TradeCells.money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.RowKey;

/** The Trade sheet: exports, imports, turnover, balance and coverage of each pair by commodity and period. */
final class TradeSheet {

    static final String NAME = "Trade";

    private TradeSheet() {
    }

    static WorkbookSheet sheet(TradeFacts facts, SourceNotes sources) {
        return WorkbookSheet.of(NAME, "Exports, imports, turnover, balance and coverage of each pair of countries, by "
                + "commodity and period.", s -> write(s, facts, sources));
    }

    private static void write(SheetBuilder s, TradeFacts facts, SourceNotes sources) {
        s.widths(10, 10, 12, 10, 9, 13, 13, 13, 13, 12, 14, 60);
        List<RowKey> rows = facts.rows();
        if (rows.isEmpty()) {
            s.line("No trade figures were loaded for this run.", s.styles.text);
            return;
        }
        Table t = s.table("tblTrade", List.of(
                "Reporter", "Partner", "Commodity (classification and code)", "Period", "Period type",
                "Exports (US$ million)", "Imports (US$ million)",
                "Turnover (US$ million) " + Notes.Def.TURNOVER.marker(),
                "Balance (US$ million) " + Notes.Def.BALANCE.marker(),
                "Coverage (ratio) " + Notes.Def.COVERAGE.marker(),
                "Normalized balance (ratio) " + Notes.Def.NORMALIZED.marker(),
                "Notes"));
        int written = t.rows(rows, rows.size(), (r, key) -> tradeRow(r, facts, key, sources));
        t.finish();
        s.freezeHeader();
        t.notAllFit(written, rows.size(), "rows", "every figure");
    }

    private static void tradeRow(RowWriter r, TradeFacts facts, RowKey key, SourceNotes sources) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (String m : TradeFacts.ROW_MEASURES) {
            levels.put(m, facts.level(key.pair(), key.commodity(), m, key.period()).orElse(null));
        }
        Level export = levels.get(TradeFacts.EXPORT);
        Level imp = levels.get(TradeFacts.IMPORT);
        boolean split = export != null && imp != null;
        r.text(key.pair().reporter()).text(key.pair().partner()).text(Texts.commodity(key.commodity()))
                .text(key.period().label()).text(periodType(key.period()));
        money(r, export);
        money(r, imp);
        money(r, levels.get(TradeFacts.TURNOVER));
        money(r, levels.get(TradeFacts.BALANCE));
        Level coverage = levels.get(TradeFacts.COVERAGE);
        TradeCells.ratio(r, coverage, split);
        Level normalized = levels.get(TradeFacts.NORMALIZED_BALANCE);
        TradeCells.ratio(r, normalized, split);
        Map<String, Set<Flag>> flags = new LinkedHashMap<>();
        flags.put("exports", flags(export));
        flags.put("imports", flags(imp));
        flags.put("turnover", flags(levels.get(TradeFacts.TURNOVER)));
        flags.put("balance", flags(levels.get(TradeFacts.BALANCE)));
        flags.put("coverage", flags(coverage));
        flags.put("normalized balance", flags(normalized));
        r.note(CellTexts.joined(Notes.flagNotes(flags), sources.cite(org.tradestat.figure.Dataset.TRADE,
                key.pair().reporter(), key.pair().partner(), key.period())));
    }

    private static String periodType(Period p) {
        return switch (p.kind()) {
            case YEAR -> "Year";
            case HALF -> "Half";
            case QUARTER -> "Quarter";
            case MONTH -> "Month";
        };
    }
}
