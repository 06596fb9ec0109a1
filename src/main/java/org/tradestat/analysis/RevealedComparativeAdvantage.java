package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tradestat.analysis.YearlyTradeLevels.Flow;
import org.tradestat.figure.Classification;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.figure.Countries;

/**
 * Revealed comparative advantage (Balassa index, as WITS defines it; docs/indicators.md): RCA = (x_ik / X_i) /
 * (x_wk / X_w), computed exactly as (x_ik · X_w) / (X_i · x_wk), unit ratio. x_ik is reporter i's exports of commodity
 * k to the World (partner {@code WLD}), X_i its total exports to the World; x_wk and X_w are the World's exports of k
 * and in total. The input has no World reporter (a Comtrade download gives the World as a partner only), so the
 * World's exports are the sum over the reporters that give both their exports to the World by commodity (at the
 * level used) and in total; basis {@code reporters:N} says how many. Within one reporter's codes a code without a
 * line counts as zero (Comtrade leaves out zero rows). Per year, classification and the shortest level of its codes
 * that some reporter gives; at least two reporters.
 */
final class RevealedComparativeAdvantage {

    static final String NAME = "rca";
    private static final String SUBJECT = "Revealed comparative advantage";

    private RevealedComparativeAdvantage() {
    }

    static void addTo(YearlyTradeLevels levels, List<Indicator> out, IndexRemarks remarks) {
        for (int year : levels.years()) {
            List<Flow> toWorld = levels.flows(year, YearlyTradeLevels.EXPORT).stream()
                    .filter(f -> Countries.WORLD.equals(f.partner())).toList();
            Map<Classification, Integer> shortest = new EnumMap<>(Classification.class);
            for (Flow flow : toWorld) {
                for (Classification c : levels.classifications(flow)) {
                    shortest.merge(c, levels.shortestLevel(flow, c).orElseThrow(), Math::min);
                }
            }
            if (shortest.isEmpty() && !toWorld.isEmpty()) {
                remarks.add(SUBJECT, year, "not computed: the input gives exports to the World in total only, "
                        + "none by commodity (x_ik, x_wk).");
            }
            shortest.forEach((classification, level) ->
                    addYear(levels, year, toWorld, classification, level, out, remarks));
        }
    }

    private static void addYear(YearlyTradeLevels levels, int year, List<Flow> toWorld, Classification classification,
                                int level, List<Indicator> out, IndexRemarks remarks) {
        String codesWords = " (" + YearlyTradeLevels.levelWords(classification, level) + ")";
        String subject = SUBJECT + codesWords;
        Map<String, Indicator> totals = new TreeMap<>();
        Map<String, Map<String, Indicator>> codes = new TreeMap<>();
        for (Flow flow : toWorld) {
            String r = flow.reporter();
            Map<String, Indicator> own = levels.codes(flow, classification, level);
            String ofReporter = SUBJECT + " of " + r + codesWords;
            if (levels.folded(flow, classification).isPresent()) {
                remarks.add(ofReporter, year, "not computed: its exports to the World by commodity (x_ik) "
                        + " were folded into the ten largest and OTHER by the load.");
            } else if (own.isEmpty()) {
                remarks.add(ofReporter, year, "not computed: the input gives its exports to the World "
                        + (levels.classifications(flow).contains(classification) ? "by finer codes only"
                        : "not by " + classification.label() + " codes") + " (x_ik).");
            } else if (levels.total(flow).isEmpty()) {
                remarks.add(ofReporter, year, "not computed: the input gives its exports to the World "
                        + "by commodity but not in total (X_i).");
            } else {
                totals.put(r, levels.total(flow).orElseThrow());
                codes.put(r, own);
            }
        }
        if (totals.size() < 2) {
            remarks.add(subject, year, "not computed: the World's exports (x_wk, X_w) are the sum over the "
                    + "reporters that give their exports to the World by commodity and in total, and the input gives "
                    + "them for " + (totals.isEmpty() ? "none" : "only " + totals.keySet().iterator().next())
                    + "; at least two are needed.");
            return;
        }
        BigDecimal worldTotal = YearlyTradeLevels.sum(totals.values());
        Map<String, BigDecimal> worldByCode = new HashMap<>();
        Map<String, List<Indicator>> worldParts = new HashMap<>();
        codes.values().forEach(own -> own.forEach((code, x) -> {
            worldByCode.merge(code, x.value(), BigDecimal::add);
            worldParts.computeIfAbsent(code, k -> new ArrayList<>(totals.values())).add(x);
        }));
        Map<String, Set<Flag>> worldFlags = new HashMap<>();
        worldParts.forEach((code, parts) -> worldFlags.put(code, YearlyFigures.flagsOf(parts)));
        String basis = "reporters:" + totals.size();
        codes.forEach((reporter, own) -> {
            Indicator exportsTotal = totals.get(reporter);
            own.forEach((code, x) -> {
                BigDecimal worldOfCode = worldByCode.get(code);
                if (worldOfCode.signum() <= 0 || exportsTotal.value().signum() <= 0) {
                    return; // no share to compare with: a commodity no reporter exported, a reporter exporting nothing
                }
                BigDecimal rca = YearlyTradeLevels.divide(x.value().multiply(worldTotal),
                        exportsTotal.value().multiply(worldOfCode));
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                flags.addAll(YearlyFigures.flagsOf(List.of(x, exportsTotal)));
                flags.addAll(worldFlags.get(code));
                out.add(new Indicator(SeriesKey.trade(reporter, Countries.WORLD, YearlyTradeLevels.EXPORT, code),
                        Integer.toString(year), NAME, rca, Unit.RATIO, basis, flags));
            });
        });
    }
}
