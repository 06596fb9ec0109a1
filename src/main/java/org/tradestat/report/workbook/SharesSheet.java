package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradestat.figure.CountryNames;
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
 * The Shares sheet: each partner's share of a reporter's turnover within a group, then in sentences the shares that
 * could not be computed and the published shares of the input, each pointing to its note; and, each on a sheet of
 * its own when there are any, the Herfindahl–Hirschman index across partners and commodities (Concentration) and the
 * mirror gaps. What has no rows is said on the Shares sheet.
 */
final class SharesSheet {

    static final String NAME = "Shares";
    static final String CONCENTRATION = "Concentration";
    static final String MIRROR_GAPS = "Mirror gaps";

    private final AnalysisFacts facts;
    private final List<Notes.Note> notes;
    private final List<PublishedFigure> published;

    private SharesSheet(AnalysisFacts facts, List<Notes.Note> notes, List<PublishedFigure> published) {
        this.facts = facts;
        this.notes = notes;
        this.published = published;
    }

    /** The Shares sheet, then the Concentration and Mirror gaps sheets of those that have rows. */
    static List<WorkbookSheet> sheets(AnalysisFacts facts, TradeFacts trade, List<Notes.Note> notes,
                                      List<PublishedFigure> published) {
        List<WorkbookSheet> sheets = new ArrayList<>(List.of(WorkbookSheet.of(NAME, "Each partner's share of a "
                + "reporter's trade with a group of countries.", new SharesSheet(facts, notes, published)::write)));
        if (!facts.concentration().isEmpty()) {
            sheets.add(WorkbookSheet.of(CONCENTRATION, "The concentration of each reporter's trade across its "
                    + "partner countries and across commodities (HHI) " + Notes.Def.HHI.marker() + ".", s -> {
                        s.widths(11, 11, 32, 10, 18, 24, 44);
                        concentration(s, facts.concentration());
                    }));
        }
        if (!facts.mirrorGaps().isEmpty()) {
            sheets.add(WorkbookSheet.of(MIRROR_GAPS, "The mirror gaps between what two countries report about the "
                    + "same trade " + Notes.Def.MIRROR.marker() + ".", s -> {
                        s.widths(11, 11, 18, 10, 18, 20, 22, 14, 44);
                        mirror(s, facts.mirrorGaps(), trade);
                    }));
        }
        return sheets;
    }

    private void write(SheetBuilder s) {
        s.widths(11, 11, 32, 10, 18, 44);
        List<String> sentences = new ArrayList<>();
        List<String> remarks = facts.remarks("shares");
        if (!facts.shares().isEmpty()) {
            shares(s, facts.shares());
            s.skipRow();
            if (!remarks.isEmpty()) {
                s.line("Shares not computed " + Notes.Def.SHARE.marker(), s.styles.heading);
                remarks.forEach(r -> s.paragraph(r, s.styles.text));
            }
        } else {
            sentences.add("No shares within a group could be computed: a share needs the reporter's turnover with "
                    + "every member of a group for the same period " + Notes.Def.SHARE.marker() + "."
                    + (remarks.isEmpty() ? " No reporter in the input has turnover figures with the members of "
                    + "a group." : ""));
            sentences.addAll(remarks);
        }
        if (facts.concentration().isEmpty()) {
            sentences.add("No concentration index (HHI) could be computed: it needs a reporter's turnover with at "
                    + "least two partner countries, or with a partner in at least two commodities, in the same period "
                    + Notes.Def.HHI.marker() + ".");
        }
        if (facts.mirrorGaps().isEmpty()) {
            sentences.add("No mirror gaps: no pair has both countries reporting the same flow (A's exports to B and "
                    + "B's imports from A) for the same period " + Notes.Def.MIRROR.marker() + ".");
        }
        List<Notes.Note> publishedNotes = notes.stream().filter(n -> n.topic().equals(Notes.PUBLISHED_TOPIC)).toList();
        for (int k = 0; k < published.size(); k++) {
            if (published.get(k).unit() == Unit.PERCENT) {
                sentences.add("A published share, for reference and not computed from the input: "
                        + Texts.published(published.get(k)) + " " + publishedNotes.get(k).marker() + ".");
            }
        }
        sentences.forEach(text -> s.paragraph(text, s.styles.text));
    }

    private static void shares(SheetBuilder s, List<Indicator> shares) {
        Table t = s.table("tblShares", List.of("Reporter", "Partner", "Group", "Period",
                "Share of the reporter's turnover with the group (%) " + Notes.Def.SHARE.marker(), "Notes"));
        s.freezeHeader();
        for (Indicator i : shares) {
            t.row().text(i.series().reporter()).text(i.series().partner()).text(CountryNames.group(i.basis())).text(period(i))
                    .share(i.value(), i.flags()).note(noteText(i));
        }
        t.finish();
    }

    private static void concentration(SheetBuilder s, List<Concentration> rows) {
        Table t = s.table("tblConcentration", List.of("Reporter", "Partner", "Across", "Period",
                "HHI (0 to 1) " + Notes.Def.HHI.marker(), "Normalized HHI (0 to 1)", "Notes"));
        s.freezeHeader();
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
        s.freezeHeader();
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
                text = "Above 10%: listed on the Warnings sheet." + (text.isEmpty() ? "" : " " + text);
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
