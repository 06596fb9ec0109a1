package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.TradeCells.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.TradeFacts;
import org.tradestat.report.model.TradeFacts.Change;
import org.tradestat.report.model.TradeFacts.ChangeKey;

/** The Comparisons sheet: every change of a trade figure on an earlier period, one row each. */
final class ComparisonsSheet {

    static final String NAME = "Comparisons";

    private ComparisonsSheet() {
    }

    static WorkbookSheet sheet(TradeFacts facts, SourceNotes sources) {
        return WorkbookSheet.of(NAME, "Changes of turnover, exports, imports and balance on a year earlier, on the "
                + "previous period, and over the long run with the annual growth rate.", s -> write(s, facts, sources));
    }

    private static void write(SheetBuilder s, TradeFacts facts, SourceNotes sources) {
        s.widths(10, 10, 12, 11, 10, 16, 11, 13, 13, 13, 11, 14, 40);
        List<Map.Entry<ChangeKey, Change>> rows = facts.changeRows();
        if (rows.isEmpty()) {
            s.line("No figure has an earlier period to compare it with, so there are no comparisons.",
                    s.styles.text);
            return;
        }
        Table t = s.table("tblComparisons", List.of(
                "Reporter", "Partner", "Commodity (classification and code)", "Measure", "Period",
                "Comparison " + Notes.Def.COMPARISONS.marker(), "Compared with (period)",
                "Value (US$ million)", "Earlier value (US$ million)",
                "Change (US$ million) " + Notes.Def.CHANGES.marker(), "Change (%)",
                "Annual growth, long run (CAGR %)", "Notes"));
        int written = t.rows(rows, rows.size(), (r, e) -> comparisonRow(r, facts, e.getKey(), e.getValue(), sources));
        t.finish();
        for (int col : new int[]{9, 10, 11}) {
            s.signColours(t.column(col));
        }
        s.freezeHeader();
        t.notAllFit(written, rows.size(), "comparisons", "them all");
    }

    private static void comparisonRow(RowWriter r, TradeFacts facts, ChangeKey k, Change c, SourceNotes sources) {
        r.text(k.pair().reporter()).text(k.pair().partner()).text(Texts.commodity(k.commodity()))
                .text(measureName(k.measure())).text(k.period().label()).text(comparisonName(k.type()))
                .textOrX(Texts.period(c.base()));
        Level level = facts.level(k.pair(), k.commodity(), k.measure(), k.period()).orElse(null);
        money(r, level);
        money(r, c.base() == null ? null : facts.level(k.pair(), k.commodity(), k.measure(), c.base()).orElse(null));
        // a change of a deficit or across zero has no percentage: [z] (README, "Reading the report")
        r.moneyChange(c.abs()).percentChange(c.pct());
        if ("long".equals(k.type())) {
            r.percentChange(c.cagrPct());
        } else {
            r.z();
        }
        List<String> notes = new ArrayList<>();
        if (TradeFacts.BALANCE.equals(k.measure()) && level != null && c.base() != null) {
            notes.add(Texts.capitalize(Texts.balanceChange(level.value().subtract(c.abs()), level.value(),
                    c.base().words(), "")) + ".");
        }
        String flagText = Notes.flagNotes(c.flags());
        if (!flagText.isEmpty()) {
            notes.add(flagText);
        }
        notes.add(sources.cite(org.tradestat.figure.Dataset.TRADE, k.pair().reporter(), k.pair().partner(),
                k.period(), c.base()));
        r.note(CellTexts.joined(notes.toArray(String[]::new)));
    }

    private static String measureName(String measure) {
        return switch (measure) {
            case TradeFacts.EXPORT -> "Exports";
            case TradeFacts.IMPORT -> "Imports";
            case TradeFacts.TURNOVER -> "Turnover";
            case TradeFacts.BALANCE -> "Balance";
            default -> measure;
        };
    }

    private static String comparisonName(String type) {
        return switch (type) {
            case "yoy" -> "Year on year";
            case "seq" -> "Previous period";
            case "long" -> "Long run";
            default -> type;
        };
    }
}
