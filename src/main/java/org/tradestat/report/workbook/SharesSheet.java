package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.PublishedFigure;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.Concentration;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;

/**
 * The Shares and concentration sheet: each partner's share of a reporter's turnover within a group, the
 * Herfindahl–Hirschman index across partners and across commodities, and the mirror gaps. Tables with rows come
 * first, so the first starts in A1; the shares that could not be computed, and what has no rows, are said in
 * sentences, and the published shares of the input, each pointing to its note.
 */
final class SharesSheet implements WorkbookSheet {

    static final String NAME = "Shares and concentration";

    private final AnalysisFacts facts;
    private final TradeFacts trade;
    private final List<Notes.Note> notes;
    private final List<PublishedFigure> published;

    SharesSheet(AnalysisFacts facts, TradeFacts trade, List<Notes.Note> notes, List<PublishedFigure> published) {
        this.facts = facts;
        this.trade = trade;
        this.notes = notes;
        this.published = published;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String holds() {
        return "Each partner's share of a reporter's trade with a group of countries, the "
                + "concentration of trade across partners and commodities (HHI), and the mirror gaps between what "
                + "two countries report about the same trade.";
    }

    @Override
    public void write(SheetBuilder s) {
        s.widths(11, 11, 32, 10, 18, 20, 22, 14, 44);
        boolean any = false;
        List<String> empty = new ArrayList<>();
        List<String> remarks = facts.remarks("shares");

        if (!facts.shares().isEmpty()) {
            shares(s, facts.shares());
            any = true;
            if (!remarks.isEmpty()) {
                s.skipRow();
                s.line("Shares not computed " + Notes.Def.SHARE.marker(), s.styles.heading);
                for (String r : remarks) {
                    s.paragraph(r, s.styles.text);
                }
            }
        } else {
            empty.add("No shares within a group could be computed: a share needs the reporter's turnover with every "
                    + "member of a group for the same period " + Notes.Def.SHARE.marker() + "."
                    + (remarks.isEmpty() ? " No reporter in the input has turnover figures with the members of "
                    + "a group." : ""));
            empty.addAll(remarks);
        }

        if (!facts.concentration().isEmpty()) {
            if (any) {
                s.skipRow();
                s.line("Concentration of trade (HHI) " + Notes.Def.HHI.marker(), s.styles.heading);
            }
            concentration(s, facts.concentration());
            any = true;
        } else {
            empty.add("No concentration index (HHI) could be computed: it needs a reporter's turnover with at least "
                    + "two partner countries, or with a partner in at least two commodities, in the same period "
                    + Notes.Def.HHI.marker() + ".");
        }

        if (!facts.mirrorGaps().isEmpty()) {
            if (any) {
                s.skipRow();
                s.line("Mirror gaps: the same trade as reported by both countries " + Notes.Def.MIRROR.marker(),
                        s.styles.heading);
            }
            mirror(s, facts.mirrorGaps(), trade);
            any = true;
        } else {
            empty.add("No mirror gaps: no pair has both countries reporting the same flow (A's exports to B and B's "
                    + "imports from A) for the same period " + Notes.Def.MIRROR.marker() + ".");
        }
        if (any) {
            s.freezeHeader();
            s.skipRow();
        }
        boolean notComputed = !empty.isEmpty();
        List<Notes.Note> publishedNotes = notes.stream().filter(n -> n.topic().equals(Notes.PUBLISHED_TOPIC)).toList();
        for (int k = 0; k < published.size(); k++) {
            if (published.get(k).unit() == Unit.PERCENT) {
                empty.add("A published share, for reference and not computed from the input: "
                        + Texts.published(published.get(k)) + " " + publishedNotes.get(k).marker() + ".");
            }
        }
        if (!empty.isEmpty()) {
            s.line(!any ? "Shares and concentration" : notComputed ? "Not computed, and reference figures"
                    : "Reference figures", s.styles.heading);
            for (String e : empty) {
                s.paragraph(e, s.styles.text);
            }
        }
    }

    private static void shares(SheetBuilder s, List<Indicator> shares) {
        Table t = s.table("tblShares", List.of("Reporter", "Partner", "Group", "Period",
                "Share of the reporter's turnover with the group (%) " + Notes.Def.SHARE.marker(), "Notes"));
        for (Indicator i : shares) {
            t.row().text(i.series().reporter()).text(i.series().partner()).text(i.basis()).text(period(i))
                    .share(i.value(), i.flags()).note(noteText(i));
        }
        t.finish();
    }

    private static void concentration(SheetBuilder s, List<Concentration> rows) {
        Table t = s.table("tblConcentration", List.of("Reporter", "Partner", "Across", "Period",
                "HHI (0 to 1) " + Notes.Def.HHI.marker(), "Normalized HHI (0 to 1)", "Notes"));
        for (Concentration c : rows) {
            RowWriter r = t.row().text(c.series().reporter());
            if (c.acrossPartners()) {
                r.text(c.parts() > 0 ? "All " + Texts.count(c.parts()) + " in the input" : "All in the input")
                        .text("Partner countries (all goods)");
            } else {
                r.text(c.series().partner()).text("Commodities (top-level codes)");
            }
            r.text(c.period().label());
            r.numberOrX(c.hhi() == null ? null : c.hhi().value(), s.styles.plainRatio);
            r.numberOrX(c.normalized() == null ? null : c.normalized().value(), s.styles.plainRatio);
            Indicator any = c.hhi() != null ? c.hhi() : c.normalized();
            r.note(noteText(any));
        }
        t.finish();
    }

    private static void mirror(SheetBuilder s, List<Indicator> gaps, TradeFacts trade) {
        Table t = s.table("tblMirrorGaps", List.of("Reporter (A)", "Partner (B)",
                "Flow as A reports it", "Period", "Commodity (classification and code)", "A's figure (US$ million)",
                "B's mirror figure (US$ million)", "Mirror gap (%) " + Notes.Def.MIRROR.marker(), "Notes"));
        for (Indicator i : gaps) {
            SeriesKey k = i.series();
            boolean export = "export".equals(k.measure());
            Optional<Period> p = Period.tryParse(i.period());
            String commodity = k.commodity().isEmpty() ? SeriesKey.ALL_GOODS : k.commodity();
            Level own = p.flatMap(x -> trade.level(new Pair(k.reporter(), k.partner()), commodity, k.measure(), x))
                    .orElse(null);
            Level mirror = p.flatMap(x -> trade.level(new Pair(k.partner(), k.reporter()), commodity,
                    export ? "import" : "export", x)).orElse(null);
            RowWriter r = t.row().text(k.reporter()).text(k.partner())
                    .text(export ? "A's exports to B" : "A's imports from B").text(period(i))
                    .text(Texts.commodity(commodity));
            r.money(own == null ? null : own.value(), own == null ? java.util.Set.of() : own.flags());
            r.money(mirror == null ? null : mirror.value(), mirror == null ? java.util.Set.of() : mirror.flags());
            r.percentChange(i.value());
            String text = noteText(i);
            if (i.value().abs().compareTo(java.math.BigDecimal.TEN) > 0) {
                text = "Above 10%: listed on the Data quality sheet." + (text.isEmpty() ? "" : " " + text);
            }
            r.note(text);
        }
        t.finish();
        s.signColours(t.column(7));
    }

    private static String period(Indicator i) {
        return Period.tryParse(i.period()).map(Period::label).orElse(i.period());
    }

    private static String noteText(Indicator i) {
        return i == null ? "" : Notes.flagNotes(i.flags());
    }
}
