package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Qualifier;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.LevelRow;
import org.tradestat.report.model.Level;

/**
 * The Investment and Companies sheets: one row per series and period with the level as the source gave it
 * (qualifier symbol in the number format), the start year of a cumulative figure, and the changes on a year earlier,
 * on the previous period (when any row has one) and over the long run.
 */
final class LevelSheet {

    static final String INVESTMENT = "Investment";
    static final String COMPANIES = "Companies";

    private LevelSheet() {
    }

    static WorkbookSheet investment(AnalysisFacts facts, SourceNotes sources) {
        return WorkbookSheet.of(INVESTMENT, "Investment of one country in another by measure (inflow, stock, "
                + "cumulative since a start year) and period, with its changes.",
                s -> write(s, facts, Dataset.INVESTMENT, sources));
    }

    static WorkbookSheet companies(AnalysisFacts facts, SourceNotes sources) {
        return WorkbookSheet.of(COMPANIES, "Companies from one country in another by kind (operating, joint "
                + "ventures, ...) and period, with their changes.", s -> write(s, facts, Dataset.COMPANIES, sources));
    }

    private static void write(SheetBuilder s, AnalysisFacts facts, Dataset dataset, SourceNotes sources) {
        write(s, facts.levelRows(dataset), dataset == Dataset.INVESTMENT, facts.inInput(dataset), sources);
    }

    private static void write(SheetBuilder s, List<LevelRow> rows, boolean money, boolean inInput,
                              SourceNotes sources) {
        boolean seq = rows.stream().anyMatch(r -> r.change("seq", "abs").isPresent());
        List<Integer> widths = new ArrayList<>(List.of(10, 10, money ? 25 : 20, 10));
        if (money) {
            widths.add(10);
        }
        widths.addAll(List.of(14, 14, 14, 12));
        if (seq) {
            widths.addAll(List.of(14, 12));
        }
        widths.addAll(List.of(12, 14, 12, 13, 48));
        s.widths(widths.stream().mapToInt(Integer::intValue).toArray());
        if (rows.isEmpty()) {
            String what = money ? "investment figures" : "company counts";
            s.line(inInput ? "The input holds " + what + ", but none for a period that had ended by the as-of date "
                    + Notes.Def.PERIODS.marker() + "." : "No " + what + " in the input for this run.", s.styles.text);
            return;
        }
        String unit = money ? "(US$ million)" : "(count)";
        List<String> headers = new ArrayList<>(money
                ? List.of("Investor", "Host", "Measure " + Notes.Def.INVESTMENT.marker(), "Period",
                        "Since (start year)", "Investment (US$ million)")
                : List.of("Origin", "Host", "Companies counted " + Notes.Def.COMPANIES.marker(), "Period",
                        "Companies (count)"));
        headers.add("Qualifier");
        headers.add("Change on a year earlier " + unit + " " + Notes.Def.COMPARISONS.marker());
        headers.add("Change on a year earlier (%)");
        if (seq) {
            headers.add("Change on the previous period " + unit);
            headers.add("Change on the previous period (%)");
        }
        headers.addAll(List.of("Long-run comparison period", "Change since then " + unit,
                "Change since then (%)", "Annual growth since then (CAGR %)", "Notes"));
        Table t = s.table(money ? "tblInvestment" : "tblCompanies", headers);
        int written = t.rows(rows, rows.size(), (r, row) -> row(r, row, money, seq, sources));
        t.finish();
        int first = money ? 7 : 6;
        List<Integer> signed = new ArrayList<>(List.of(first, first + 1));
        int next = first + 2;
        if (seq) {
            signed.addAll(List.of(next, next + 1));
            next += 2;
        }
        signed.addAll(List.of(next + 1, next + 2, next + 3));
        for (int col : signed) {
            s.signColours(t.column(col));
        }
        s.freezeHeader();
        t.notAllFit(written, rows.size(), "rows", "every figure");
    }

    private static void row(RowWriter r, LevelRow row, boolean money, boolean seq, SourceNotes sources) {
        Indicator level = row.level();
        r.text(row.series().reporter()).text(row.series().partner()).text(measureName(row.series().measure(), money))
                .text(row.period().label());
        if (money) {
            if (row.since() != null) {
                r.text(row.since());
            } else if (AnalysisFacts.CUMULATIVE.equals(row.series().measure())) {
                r.x();
            } else {
                r.z();
            }
            r.money(level.value(), level.flags());
        } else {
            r.count(level.value(), level.flags());
        }
        r.text(qualifierName(level.flags()));
        change(r, row, "yoy", money, false);
        if (seq) {
            change(r, row, "seq", money, row.period().kind() == PeriodKind.YEAR);
        }
        Optional<Indicator> lng = row.change("long", "abs");
        r.textOrX(lng.map(i -> org.tradestat.period.Period.tryParse(i.basis()).map(p -> p.label()).orElse(i.basis()))
                .orElse(null));
        change(r, row, "long", money, false);
        if (lng.isPresent()) {
            r.percentChange(row.change("long", "cagr_pct").map(Indicator::value).orElse(null));
        } else {
            r.x();
        }
        r.note(CellTexts.joined(notes(row, money), sources.cite(row.series().dataset(), row.series().reporter(),
                row.series().partner(), row.period())));
    }

    /** Absolute and percentage change of one type; [z] where it cannot exist (a year has no previous period). */
    private static void change(RowWriter r, LevelRow row, String type, boolean money,
                               boolean notApplicable) {
        Optional<Indicator> abs = row.change(type, "abs");
        if (abs.isEmpty()) {
            if (notApplicable) {
                r.z().z();
            } else {
                r.x().x();
            }
            return;
        }
        BigDecimal value = abs.get().value();
        if (money) {
            r.moneyChange(value);
        } else {
            r.countChange(value);
        }
        r.percentChange(row.change(type, "pct").map(Indicator::value).orElse(null));
    }

    private static String notes(LevelRow row, boolean money) {
        List<String> parts = new ArrayList<>();
        if (row.since() != null) {
            parts.add("Cumulative since " + row.since() + " " + (money ? Notes.Def.INVESTMENT.marker()
                    : Notes.Def.COMPANIES.marker()) + ".");
        }
        String flags = Notes.flagNotes(row.level().flags());
        if (!flags.isEmpty()) {
            parts.add(flags);
        }
        Set<Flag> changeFlags = java.util.EnumSet.noneOf(Flag.class);
        row.changes().values().forEach(c -> changeFlags.addAll(c.flags()));
        changeFlags.removeAll(row.level().flags());
        if (!changeFlags.isEmpty()) {
            parts.add("Changes: " + Notes.flagNotes(changeFlags).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", parts);
    }

    static String measureName(String measure, boolean money) {
        if (money) {
            return switch (measure) {
                case "inflow" -> "Inflow (during the period)";
                case "stock" -> "Stock (end of period)";
                case AnalysisFacts.CUMULATIVE -> "Cumulative";
                default -> Texts.capitalize(Texts.words(measure));
            };
        }
        return Texts.capitalize(Texts.words(measure));
    }

    /** The qualifier in words, with the symbol the number carries. */
    static String qualifierName(Set<Flag> flags) {
        return switch (Level.qualifierOf(flags)) {
            case EXACT -> "Exact";
            case APPROX -> "About (~)";
            case AT_LEAST -> "At least (\u2265)";
            case AT_MOST -> "At most (\u2264)";
        };
    }
}
