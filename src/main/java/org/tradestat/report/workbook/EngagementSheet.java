package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.EventYear;

/**
 * The Engagement sheet: events per year of each pair by category (agreements counted as agreements signed) with
 * the total, then by level, then the time between the latest event of a category and level and the one before it.
 * Tables with rows come first, so the first starts in A1; what has no rows is said in sentences below them.
 */
final class EngagementSheet implements WorkbookSheet {

    static final String NAME = "Engagement";

    private final AnalysisFacts facts;

    EngagementSheet(AnalysisFacts facts) {
        this.facts = facts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String holds() {
        return "Engagement events per year of each pair of countries by category and by level, "
                + "agreements signed, and the time between the latest event and the one before it.";
    }

    @Override
    public void write(SheetBuilder s) {
        List<String> categories = facts.categories();
        List<String> levels = facts.levels();
        int wide = Math.max(categories.size() + 1, levels.size() + 2);
        int[] widths = new int[3 + wide];
        widths[0] = 12;
        widths[1] = 12;
        widths[2] = 12;
        for (int i = 3; i < widths.length; i++) {
            widths[i] = 13;
        }
        s.widths(widths);
        List<EventYear> years = facts.eventYears();
        List<String> empty = new ArrayList<>();
        boolean first = true;
        if (years.isEmpty()) {
            empty.add(facts.inInput(org.tradestat.figure.Dataset.ENGAGEMENT) ? "The input holds engagement events, but none in a year that had "
                    + "ended by the as-of date, so there are no counts per year " + Notes.Def.ENGAGEMENT.marker() + "."
                    : "The input holds no engagement events.");
        } else {
            byCategory(s, years, categories);
            first = false;
            if (facts.hasLevels()) {
                s.skipRow();
                s.line("Events per year by level " + Notes.Def.ENGAGEMENT.marker(), s.styles.heading);
                byLevel(s, years, levels);
            } else {
                empty.add("No event in the input names a level (head of state, minister, ...), so there are no "
                        + "counts by level.");
            }
        }
        List<Indicator> between = facts.yearsBetween();
        if (!between.isEmpty()) {
            if (!first) {
                s.skipRow();
                s.line("Time between the latest event and the one before it " + Notes.Def.YEARS_BETWEEN.marker(),
                        s.styles.heading);
            }
            timeBetween(s, between);
            first = false;
        } else if (!years.isEmpty()) {
            empty.add("No category and level has events on two different dates, so the time between events cannot be "
                    + "shown " + Notes.Def.YEARS_BETWEEN.marker() + ".");
        }
        if (!first) {
            s.freezeHeader();
            if (!empty.isEmpty()) {
                s.skipRow();
                s.line("Not shown", s.styles.heading);
            }
        }
        for (String e : empty) {
            s.line(e, s.styles.text);
        }
    }

    private static void byCategory(SheetBuilder s, List<EventYear> years, List<String> categories) {
        List<String> headers = new ArrayList<>(List.of("Country A", "Country B", "Year"));
        for (String c : categories) {
            headers.add(categoryHeader(c) + " (count)");
        }
        headers.add("All events (count) " + Notes.Def.ENGAGEMENT.marker());
        Table t = s.table("tblEventsByCategory", headers);
        for (EventYear y : years) {
            RowWriter r = t.row().text(y.pair().reporter()).text(y.pair().partner()).text(Integer.toString(y.year()));
            for (String c : categories) {
                r.count(y.count(c));
            }
            r.count(y.count(AnalysisFacts.ALL));
        }
        t.finish();
    }

    private static void byLevel(SheetBuilder s, List<EventYear> years, List<String> levels) {
        List<String> headers = new ArrayList<>(List.of("Country A", "Country B", "Year"));
        for (String l : levels) {
            headers.add(levelHeader(l) + " (count)");
        }
        headers.add("No level given (count)");
        headers.add("All events (count)");
        Table t = s.table("tblEventsByLevel", headers);
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
        for (Indicator i : between) {
            String measure = i.series().measure();
            RowWriter r = t.row().text(i.series().reporter()).text(i.series().partner())
                    .text(categoryHeader(AnalysisFacts.category(measure)))
                    .text(levelHeader(AnalysisFacts.level(measure)))
                    .text(Texts.date(i.period())).text(Texts.date(i.basis()));
            if (!inYearsAndFractions(i)) {
                r.x().note(coarseNote(i));
                continue;
            }
            r.number(i.value().doubleValue(), s.styles.years);
            r.note(i.flags().contains(Flag.APPROX)
                    ? "Approximate: an event known only by its month counts from the first day of it "
                    + Notes.Def.APPROX.marker() + "."
                    : "");
        }
        t.finish();
    }

    /**
     * Whether the time between two events can be given in years and tenths: not when either date is known only by
     * its year (or half or quarter), as it then counts from the first day of that period and "0.2 years" would be a
     * precision the dates do not have.
     */
    static boolean inYearsAndFractions(Indicator between) {
        return inYearsAndFractions(between.period()) && inYearsAndFractions(between.basis());
    }

    /** A date known to the day or the month; not one known only by a year, half or quarter ({@code 2022-H1}). */
    static boolean inYearsAndFractions(String dateText) {
        return Period.tryParse(dateText).filter(p -> p.kind() != PeriodKind.MONTH).isEmpty();
    }

    /** Whole calendar years between the two events' years: 2013 and 3 December 2024 are 11 apart. */
    static int calendarYears(Indicator between) {
        return year(between.period()) - year(between.basis());
    }

    private static int year(String dateText) {
        return Integer.parseInt(dateText.substring(0, 4));
    }

    /** "on 3 December 2024" for a day, "in 2013" for a year, "in 2022-09" for a month. */
    static String when(String dateText) {
        return (Period.tryParse(dateText).isPresent() ? "in " : "on ") + Texts.date(dateText);
    }

    /** The Notes cell of a time between events that is not given in years, with what the dates do say. */
    private static String coarseNote(Indicator between) {
        int years = calendarYears(between);
        String dates = "Not given in years: an event known only by its year, half or quarter has no day to count from";
        return switch (years) {
            case 0 -> dates + "; both are in " + year(between.period()) + " " + Notes.Def.YEARS_BETWEEN.marker()
                    + ".";
            case 1 -> dates + "; the previous one was in the calendar year before " + Notes.Def.YEARS_BETWEEN.marker()
                    + ".";
            default -> dates + "; the previous one was " + Texts.count(years) + " calendar years before "
                    + Notes.Def.YEARS_BETWEEN.marker() + ".";
        };
    }

    static String categoryHeader(String category) {
        return switch (category) {
            case "visit" -> "Visits";
            case AnalysisFacts.AGREEMENT -> "Agreements signed";
            case "forum" -> "Forums";
            case "cultural" -> "Cultural events";
            case "business" -> "Business events";
            case "other" -> "Other events";
            default -> Texts.capitalize(Texts.words(category));
        };
    }

    static String levelHeader(String level) {
        return switch (level) {
            case "head_of_state" -> "Head of state";
            case "head_of_government" -> "Head of government";
            case "deputy_minister" -> "Deputy minister";
            case "other" -> "Other level";
            case "" -> "[x]";
            default -> Texts.capitalize(Texts.words(level));
        };
    }
}
