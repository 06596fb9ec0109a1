package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.EngagementCategory;
import org.tradestat.report.model.EngagementLevel;
import org.tradestat.report.model.Pair;

/** The findings on engagement: the latest year's events of each pair, and the time since the one before. */
final class EngagementFindings {

    private EngagementFindings() {
    }

    static List<String> engagementSentences(AnalysisFacts more, Period focus) {
        Map<Pair, List<AnalysisFacts.EventYear>> byPair = new java.util.TreeMap<>();
        for (AnalysisFacts.EventYear y : more.eventYears()) {
            byPair.computeIfAbsent(y.pair(), k -> new ArrayList<>()).add(y);
        }
        List<String> out = new ArrayList<>();
        for (var e : byPair.entrySet()) {
            List<AnalysisFacts.EventYear> years = e.getValue();
            AnalysisFacts.EventYear latest = years.get(years.size() - 1);
            out.addAll(eventYearSentences(latest));
            if (focus != null && focus.year() != latest.year()) {
                years.stream().filter(y -> y.year() == focus.year()).findFirst()
                        .ifPresent(y -> out.addAll(eventYearSentences(y)));
            }
            for (Indicator between : more.yearsBetween()) {
                if (Pair.unordered(between.series().reporter(), between.series().partner()).equals(e.getKey())) {
                    out.add(betweenSentence(between));
                }
            }
        }
        return out;
    }

    /**
     * "10 agreements were signed between Kyrgyzstan and South Korea in 2024." and "In 2024, 11 engagement events
     * between Kyrgyzstan and South Korea were recorded: 1 visit and 10 agreements signed (11 at head-of-state level)."
     * The levels add up to the total: events with no level given are counted as such ("... and 1 with no level
     * given"); when no event has a level, none is named.
     */
    static List<String> eventYearSentences(AnalysisFacts.EventYear y) {
        List<String> out = new ArrayList<>();
        String a = Texts.place(y.pair().reporter());
        String b = Texts.place(y.pair().partner());
        long agreements = y.count(EngagementCategory.AGREEMENT.code());
        if (agreements > 0) {
            out.add(Texts.count(agreements) + (agreements == 1 ? " agreement was" : " agreements were")
                    + " signed between " + a + " and " + b + " in " + y.year() + ".");
        }
        long all = y.count(AnalysisFacts.ALL);
        if (all <= 0) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        for (String c : y.categories()) {
            long n = y.count(c);
            if (n > 0) {
                parts.add(Texts.count(n) + " " + categoryWords(c, n));
            }
        }
        // the levels, and the events with no level given: the parts add to the total
        List<String> levels = new ArrayList<>();
        long withLevel = 0;
        for (String l : y.levels()) {
            long n = y.count(AnalysisFacts.LEVEL_PREFIX + l);
            if (n > 0) {
                levels.add(Texts.count(n) + " at " + EngagementLevel.words(l) + " level");
                withLevel += n;
            }
        }
        if (!levels.isEmpty() && all > withLevel) {
            levels.add(Texts.count(all - withLevel) + " with no level given");
        }
        String s = "In " + y.year() + ", " + Texts.count(all) + (all == 1 ? " engagement event" : " engagement events")
                + " between " + a + " and " + b + (all == 1 ? " was" : " were") + " recorded";
        if (!parts.isEmpty() && !(parts.size() == 1 && agreements == all)) {
            s += ": " + Texts.joinAnd(parts);
        }
        if (!levels.isEmpty()) {
            s += " (" + Texts.joinAnd(levels) + ")";
        }
        out.add(s + ".");
        return out;
    }

    /**
     * "The latest ministerial visit between Kyrgyzstan and South Korea, on 1 June 2022, came 3.2 years after the
     * previous one (15 March 2019)." The time is given only between events dated to the day or month
     * (docs/statistics.md, "Time between events").
     */
    static String betweenSentence(Indicator between) {
        String measure = between.series().measure();
        String category = AnalysisFacts.category(measure);
        String level = AnalysisFacts.level(measure);
        String what = (level.isEmpty() ? "" : EngagementLevel.adjective(level) + " ") + categoryWords(category, 1);
        String pair = Texts.place(between.series().reporter()) + " and " + Texts.place(between.series().partner());
        String years = Texts.decimal(between.value(), 1);
        return "The latest " + what + " between " + pair + ", on " + Texts.date(between.period()) + ", came "
                + (between.flags().contains(Flag.APPROX) ? "about " : "") + years + " years after the previous one ("
                + Texts.date(between.basis()) + ").";
    }

    /** "visit", "cultural events", "agreements signed". */
    private static String categoryWords(String category, long n) {
        String noun = EngagementCategory.noun(n, category);
        return category.equals(EngagementCategory.AGREEMENT.code()) ? noun + " signed" : noun;
    }
}
