package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.TradeFacts;

/** The findings on shares within groups and on the concentration of trade (HHI). */
final class SharesFindings {

    private SharesFindings() {
    }

    /** "Kazakhstan accounted for 62.0% of South Korea's trade with Central Asia in 2024.", a group's latest period. */
    static List<String> shareSentences(AnalysisFacts more) {
        Map<List<String>, List<Indicator>> latest = new java.util.LinkedHashMap<>();
        Map<List<String>, Period> latestPeriod = new java.util.HashMap<>();
        for (Indicator i : more.shares()) {
            Optional<Period> p = Period.tryParse(i.period());
            if (p.isEmpty()) {
                continue;
            }
            List<String> key = List.of(i.series().reporter(), i.basis());
            Period known = latestPeriod.get(key);
            if (known == null || TradeFacts.RECENCY.compare(p.get(), known) > 0) {
                latestPeriod.put(key, p.get());
                latest.put(key, new ArrayList<>());
            }
            if (p.get().equals(latestPeriod.get(key))) {
                latest.get(key).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        for (var e : latest.entrySet()) {
            Indicator top = e.getValue().stream().max(Comparator.comparing(Indicator::value)).orElseThrow();
            out.add(Texts.capitalize(Texts.place(top.series().partner())) + " accounted for "
                    + Texts.qualifierWord(top.flags()) + Texts.percent(top.value()) + " of "
                    + Texts.possessive(Texts.place(top.series().reporter())) + " trade with "
                    + Texts.group(top.basis()) + " in " + Texts.periodWords(latestPeriod.get(e.getKey())) + ".");
        }
        return out;
    }

    static List<String> concentrationSentences(AnalysisFacts more) {
        Map<String, AnalysisFacts.Concentration> latest = new java.util.TreeMap<>();
        for (AnalysisFacts.Concentration c : more.concentration()) {
            if (!c.acrossPartners() || c.hhi() == null) {
                continue;
            }
            AnalysisFacts.Concentration known = latest.get(c.series().reporter());
            if (known == null || TradeFacts.RECENCY.compare(c.period(), known.period()) > 0) {
                latest.put(c.series().reporter(), c);
            }
        }
        List<String> out = new ArrayList<>();
        for (AnalysisFacts.Concentration c : latest.values()) {
            String normalized = c.normalized() == null ? ""
                    : "; normalized, " + Texts.ratio(c.normalized().value())
                    + " (0 means spread evenly across them, 1 all with one partner)";
            // the index is over the partners the input has figures for, not over all of the reporter's partners
            String partners = c.parts() > 0 ? "the " + Texts.count(c.parts()) + " partner countries"
                    : "the partner countries";
            out.add("The concentration of " + Texts.possessive(Texts.place(c.series().reporter())) + " trade across " + partners + " in the input"
                    + " in " + Texts.periodWords(c.period()) + " was " + Texts.ratio(c.hhi().value())
                    + " on the Herfindahl\u2013Hirschman index" + normalized + ".");
        }
        return out;
    }
}
