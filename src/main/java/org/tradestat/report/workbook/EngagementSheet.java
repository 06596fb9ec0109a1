package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.EventYear;
import org.tradestat.report.model.EngagementCategory;
import org.tradestat.report.model.EngagementLevel;

/**
 * The Engagement sheet: events per year of each pair by category (agreements counted as agreements signed) with
 * the total; and, each on a sheet of its own when there are any, the events per year by level and the time between
 * the latest event of a category and level and the one before it. What has no rows is said on the Engagement sheet.
 */
final class EngagementSheet {

    static final String NAME = "Engagement";
    static final String BY_LEVEL = "Engagement by level";
    static final String TIME_BETWEEN = "Time between events";

    private final AnalysisFacts facts;
    private final SourceNotes sources;

    private EngagementSheet(AnalysisFacts facts, SourceNotes sources) {
        this.facts = facts;
        this.sources = sources;
    }

    /** The Engagement sheet, then the sheets of events by level and of the time between events, if any. */
    static List<WorkbookSheet> sheets(AnalysisFacts facts, SourceNotes sources) {
        List<WorkbookSheet> sheets = new ArrayList<>(List.of(WorkbookSheet.of(NAME, "Engagement events per year of "
                + "each pair of countries by category, with agreements signed.",
                new EngagementSheet(facts, sources)::write)));
        if (!facts.eventYears().isEmpty() && facts.hasLevels()) {
            sheets.add(WorkbookSheet.of(BY_LEVEL, "Engagement events per year of each pair of countries by the level "
                    + "of those taking part (head of state, minister, ...) " + Notes.Def.ENGAGEMENT.marker() + ".", s -> {
                        s.widths(widths(facts));
                        byLevel(s, facts.eventYears(), facts.levels());
                    }));
        }
        if (!facts.yearsBetween().isEmpty()) {
            sheets.add(WorkbookSheet.of(TIME_BETWEEN, "The time between the latest event of each category and level "
                    + "and the one before it " + Notes.Def.YEARS_BETWEEN.marker() + ".", s -> {
                        s.widths(12, 12, 16, 16, 18, 18, 15, 44);
                        timeBetween(s, facts.yearsBetween());
                    }));
        }
        return sheets;
    }

    private void write(SheetBuilder s) {
        s.widths(widths(facts));
        List<EventYear> years = facts.eventYears();
        List<String> sentences = new ArrayList<>();
        if (years.isEmpty()) {
            sentences.add(facts.inInput(org.tradestat.figure.Dataset.ENGAGEMENT) ? "The input holds engagement "
                    + "events, but none in a year that had ended by the as-of date, so there are no counts per year "
                    + Notes.Def.ENGAGEMENT.marker() + "." : "The input holds no engagement events.");
        } else {
            byCategory(s, years, facts.categories(), sources);
            s.skipRow();
            if (!facts.hasLevels()) {
                sentences.add("No event in the input names a level (head of state, minister, ...), so there are no "
                        + "counts by level.");
            }
            if (facts.yearsBetween().isEmpty()) {
                sentences.add("No category and level has two events dated to the day or month, one surely after "
                        + "the other, so the time between events cannot be shown " + Notes.Def.YEARS_BETWEEN.marker()
                        + ".");
            }
        }
        sentences.forEach(text -> s.line(text, s.styles.text));
    }

    /** Three columns of pair and year, then one per category or level and the totals. */
    private static int[] widths(AnalysisFacts facts) {
        int wide = Math.max(facts.categories().size() + 1, facts.levels().size() + 2);
        int[] widths = new int[3 + wide];
        java.util.Arrays.fill(widths, 13);
        widths[0] = 12;
        widths[1] = 12;
        widths[2] = 12;
        return widths;
    }

    private static void byCategory(SheetBuilder s, List<EventYear> years, List<String> categories,
                                   SourceNotes sources) {
        List<String> headers = new ArrayList<>(List.of("Country A", "Country B", "Year"));
        for (String c : categories) {
            headers.add(EngagementCategory.heading(c) + " (count)");
        }
        headers.add("All events (count) " + Notes.Def.ENGAGEMENT.marker());
        headers.add("Notes");
        Table t = s.table("tblEventsByCategory", headers);
        s.freezeHeader();
        for (EventYear y : years) {
            RowWriter r = t.row().text(y.pair().reporter()).text(y.pair().partner()).text(Integer.toString(y.year()));
            for (String c : categories) {
                r.count(y.count(c));
            }
            r.count(y.count(AnalysisFacts.ALL));
            r.note(sources.cite(org.tradestat.figure.Dataset.ENGAGEMENT, y.pair().reporter(), y.pair().partner(),
                    org.tradestat.period.Period.year(y.year())));
        }
        t.finish();
    }

    private static void byLevel(SheetBuilder s, List<EventYear> years, List<String> levels) {
        List<String> headers = new ArrayList<>(List.of("Country A", "Country B", "Year"));
        for (String l : levels) {
            headers.add(EngagementLevel.heading(l) + " (count)");
        }
        headers.add("No level given (count)");
        headers.add("All events (count)");
        Table t = s.table("tblEventsByLevel", headers);
        s.freezeHeader();
        for (EventYear y : years) {
            RowWriter r = t.row().text(y.pair().reporter()).text(y.pair().partner()).text(Integer.toString(y.year()));
            long withLevel = 0;
            for (String l : levels) {
                long n = y.count(AnalysisFacts.LEVEL_PREFIX + l);
                withLevel += n;
                r.count(n);
            }
            long all = y.count(AnalysisFacts.ALL);
            r.count(Math.max(0, all - withLevel)).count(all);
        }
        t.finish();
    }

    private static void timeBetween(SheetBuilder s, List<Indicator> between) {
        Table t = s.table("tblTimeBetweenEvents", List.of("Country A", "Country B", "Category", "Level",
                "Latest event (date)", "Previous event (date)", "Years between (years)", "Notes"));
        s.freezeHeader();
        for (Indicator i : between) {
            String measure = i.series().measure();
            RowWriter r = t.row().text(i.series().reporter()).text(i.series().partner())
                    .text(EngagementCategory.heading(AnalysisFacts.category(measure)))
                    .text(EngagementLevel.heading(AnalysisFacts.level(measure)))
                    .text(Texts.date(i.period())).text(Texts.date(i.basis()));
            r.number(i.value().doubleValue(), s.styles.years);
            r.note(i.flags().contains(Flag.APPROX)
                    ? "Approximate [u]: an event known only by its month counts from the first day of it "
                    + Notes.Def.APPROX.marker() + "."
                    : "");
        }
        t.finish();
    }
}
