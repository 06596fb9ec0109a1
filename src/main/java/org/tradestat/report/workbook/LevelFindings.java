package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.Findings.changeQualifier;
import static org.tradestat.report.workbook.Findings.plural;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.TradeFacts;

/** The findings on investment and companies: the latest level of each series, with its change. */
final class LevelFindings {

    private LevelFindings() {
    }

    /** The latest level of each investment or company series, in a sentence. */
    static List<String> levelSentences(AnalysisFacts more, Dataset dataset) {
        Map<List<Object>, AnalysisFacts.LevelRow> latest = new java.util.LinkedHashMap<>();
        for (AnalysisFacts.LevelRow row : more.levelRows(dataset)) {
            List<Object> key = java.util.Arrays.asList(row.series(), row.since());
            AnalysisFacts.LevelRow known = latest.get(key);
            if (known == null || TradeFacts.RECENCY.compare(row.period(), known.period()) > 0) {
                latest.put(key, row);
            }
        }
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.LevelRow row : latest.values()) {
            out.add(dataset == Dataset.INVESTMENT ? investmentSentence(row) : companySentence(row));
        }
        return out;
    }

    /** "Investment from South Korea in Kazakhstan exceeded US$ 4.3 billion by 2024 (cumulative since 1992)." */
    static String investmentSentence(AnalysisFacts.LevelRow row) {
        SeriesKey k = row.series();
        Set<Flag> flags = row.level().flags();
        String amount = Texts.moneyWords(row.level().value());
        String period = Texts.periodWords(row.period());
        String change = changeClause(row);
        return switch (k.measure()) {
            case AnalysisFacts.CUMULATIVE -> "Investment from " + Texts.place(k.reporter()) + " in " + Texts.place(k.partner()) + " "
                    + cumulativeVerb(flags) + amount + " by " + period + " (cumulative"
                    + (row.since() == null ? "" : " since " + row.since()) + ")" + change + ".";
            case "stock" -> "The stock of investment from " + Texts.place(k.reporter()) + " in " + Texts.place(k.partner()) + " was "
                    + Texts.qualifierWord(flags) + amount + " at the end of " + period + change + ".";
            case "inflow" -> "Investment from " + Texts.place(k.reporter()) + " in " + Texts.place(k.partner()) + " during " + period + " was "
                    + Texts.qualifierWord(flags) + amount + change + ".";
            default -> "Investment from " + Texts.place(k.reporter()) + " in " + Texts.place(k.partner()) + " (" + Texts.words(k.measure())
                    + ") was " + Texts.qualifierWord(flags) + amount + " in " + period + change + ".";
        };
    }

    private static String cumulativeVerb(Set<Flag> flags) {
        if (flags.contains(Flag.AT_LEAST)) {
            return "exceeded ";
        }
        if (flags.contains(Flag.AT_MOST)) {
            return "was at most ";
        }
        return flags.contains(Flag.APPROX) ? "was about " : "reached ";
    }

    /** "More than 370 companies from South Korea operated in Kazakhstan in 2024." */
    static String companySentence(AnalysisFacts.LevelRow row) {
        SeriesKey k = row.series();
        Set<Flag> flags = row.level().flags();
        long n = row.level().value().longValue();
        String count = Texts.count(n);
        String qualifier = Texts.qualifierWord(flags);
        String change = changeClause(row);
        String period = Texts.periodWords(row.period());
        if ("operating".equals(k.measure())) {
            return Texts.capitalize(qualifier + count + (n == 1 && qualifier.isEmpty() ? " company" : " companies")
                    + " from " + Texts.place(k.reporter()) + " operated in " + Texts.place(k.partner()) + " in " + period + change + ".");
        }
        String label = Texts.words(k.measure());
        String noun = n == 1 && qualifier.isEmpty() ? label : plural(label);
        return (n == 1 && qualifier.isEmpty() ? "There was " : "There were ") + qualifier + count + " " + noun
                + " from " + Texts.place(k.reporter()) + " in " + Texts.place(k.partner()) + " in " + period + change + ".";
    }

    /** ", 12.0% more than in 2023" from the year-on-year change, else the long-run one; empty without. */
    private static String changeClause(AnalysisFacts.LevelRow row) {
        for (String type : List.of("yoy", "long")) {
            Optional<Indicator> pct = row.change(type, "pct");
            Optional<Indicator> abs = row.change(type, "abs");
            if (pct.isEmpty() || abs.isEmpty()) {
                continue;
            }
            String base = Period.tryParse(abs.get().basis()).map(Texts::periodWords).orElse(abs.get().basis());
            int sign = abs.get().value().signum();
            if (sign == 0) {
                return ", the same as in " + base;
            }
            String qualifier = changeQualifier(abs.get().flags(), row.level().flags(), sign);
            return ", " + qualifier + Texts.percent(pct.get().value()) + (sign > 0 ? " more" : " less") + " than in "
                    + base;
        }
        return "";
    }
}
