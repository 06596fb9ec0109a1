package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.TradeFacts;

/**
 * The headline findings of a report in plain sentences: trade by pair ({@link TradeFindings}, or
 * {@link CommodityFindings} where the input has single commodities only), then shares and concentration, trends,
 * investment, companies, engagement and correlation, each topic from a class of its own and at most
 * {@value #MAX_PAIRS} sentences long. Approximate, lower-bound and derived figures say so in words.
 */
public final class Findings {

    /** More pairs than this: the findings cover the pairs with the largest figures, and say so. */
    static final int MAX_PAIRS = 10;

    private Findings() {
    }

    /**
     * Headline sentences for the report: trade by pair, then shares and concentration, trends, investment, companies,
     * engagement and correlation where they say something; never empty.
     */
    static List<String> headline(TradeFacts facts, AnalysisFacts more, Period focus) {
        List<String> other = beyondTrade(more, focus);
        List<String> out = new ArrayList<>();
        List<String> commodityOnly = CommodityFindings.commodityOnly(facts);
        if (facts.totalPairs().isEmpty() && !commodityOnly.isEmpty()) {
            out.add("No figure of trade in all goods was loaded for this run, only figures of single commodities.");
        } else if (facts.totalPairs().isEmpty()) {
            if (other.isEmpty()) {
                return TradeFindings.headline(facts, focus);
            }
            out.add("No trade figures were loaded for this run.");
        } else {
            out.addAll(TradeFindings.headline(facts, focus));
        }
        out.addAll(commodityOnly);
        out.addAll(other);
        return out;
    }

    /** Why a pair shows another period than the focus period, in words. */
    static String fallbackNote(Period focus, Period shown) {
        return shown.lastDay().isAfter(focus.lastDay())
                ? "there are no figures for " + Texts.periodWords(focus) + " or before, so the latest period is shown"
                : "there are no figures for " + Texts.periodWords(focus) + ", so the latest period up to then is shown";
    }

    /**
     * A bound on a change is said, turned round for a fall (a change of at most -25% is a fall of at least 25%);
     * "about" only when the level itself did not already say it.
     */
    static String changeQualifier(Set<Flag> changeFlags, Set<Flag> levelFlags, int sign) {
        if (changeFlags.contains(Flag.AT_LEAST)) {
            return sign < 0 ? "at most " : "at least ";
        }
        if (changeFlags.contains(Flag.AT_MOST)) {
            return sign < 0 ? "at least " : "at most ";
        }
        if (changeFlags.contains(Flag.APPROX) && Texts.qualifierWord(levelFlags).isEmpty()) {
            return "about ";
        }
        return "";
    }

    // ---------------------------------------------------------------------------------------------- Beyond trade

    /** The sentences on shares, concentration, trends, investment, companies, engagement and correlation. */
    static List<String> beyondTrade(AnalysisFacts more, Period focus) {
        List<String> out = new ArrayList<>();
        out.addAll(capped(SharesFindings.shareSentences(more), "shares", SharesSheet.NAME));
        out.addAll(capped(SharesFindings.concentrationSentences(more), "concentration indices",
                SharesSheet.CONCENTRATION));
        out.addAll(capped(StatisticsFindings.trendSentences(more), "trends", "Statistics"));
        out.addAll(capped(LevelFindings.levelSentences(more, Dataset.INVESTMENT), "investment series", "Investment"));
        out.addAll(capped(LevelFindings.levelSentences(more, Dataset.COMPANIES), "company series", "Companies"));
        out.addAll(capped(EngagementFindings.engagementSentences(more, focus), "engagement findings", "Engagement"));
        out.addAll(capped(StatisticsFindings.correlationSentences(more), "correlations", StatisticsSheet.CORRELATION));
        return out;
    }

    private static List<String> capped(List<String> sentences, String what, String sheet) {
        if (sentences.size() <= MAX_PAIRS) {
            return sentences;
        }
        List<String> out = new ArrayList<>(sentences.subList(0, MAX_PAIRS));
        out.add("The " + sheet + " sheet has " + (sentences.size() - MAX_PAIRS) + " more " + what + " than the "
                + MAX_PAIRS + " described here.");
        return out;
    }

    /** The plural of a noun: "visits", "companies". */
    static String plural(String noun) {
        if (noun.endsWith("s")) {
            return noun;
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
