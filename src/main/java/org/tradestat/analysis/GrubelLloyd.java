package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tradestat.analysis.YearlyTradeLevels.Flow;
import org.tradestat.figure.Classification;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * Grubel–Lloyd intra-industry trade index (as WITS defines it; docs/indicators.md), unit ratio from 0 (trade one way
 * only) to 1 (exports equal imports), per reporter, partner and year:
 * <ul>
 *   <li>per commodity k: GL_k = 1 − |X_k − M_k| / (X_k + M_k), computed exactly as 2·min(X_k, M_k) / (X_k + M_k);
 *   commodity the code, measure {@code turnover};</li>
 *   <li>over commodities, the standard aggregate weighted by each commodity's share of the pair's trade: GL = 1 −
 *   Σ|X_k − M_k| / Σ(X_k + M_k); commodity {@code *}, basis the codes used ({@code HS2}).</li>
 * </ul>
 * Both flows must be given by codes of the classification, at the shortest level either gives; a code that only one
 * flow lists counts as zero in the other (Comtrade leaves out zero rows). Where the load folded the smaller codes into
 * {@code OTHER}, the rest enters the aggregate as one commodity, which can only raise it: the aggregate is then flagged
 * {@code at_most}. {@code OTHER} gets no index of its own (it is no product).
 */
final class GrubelLloyd {

    static final String NAME = "grubel_lloyd";
    static final String ALL_CODES = "*";
    static final String TURNOVER = "turnover";
    private static final String SUBJECT = "Grubel\u2013Lloyd index";

    private GrubelLloyd() {
    }

    static void addTo(YearlyTradeLevels levels, List<Indicator> out, IndexRemarks remarks) {
        for (int year : levels.years()) {
            SortedSet<List<String>> pairs = new TreeSet<>(java.util.Comparator.comparing((List<String> p) -> p.get(0))
                    .thenComparing(p -> p.get(1)));
            for (String measure : List.of(YearlyTradeLevels.EXPORT, YearlyTradeLevels.IMPORT)) {
                levels.flows(year, measure).forEach(f -> pairs.add(List.of(f.reporter(), f.partner())));
            }
            for (List<String> pair : pairs) {
                Flow exports = new Flow(pair.get(0), pair.get(1), YearlyTradeLevels.EXPORT, year);
                Flow imports = new Flow(pair.get(0), pair.get(1), YearlyTradeLevels.IMPORT, year);
                Set<Classification> classifications = EnumSet.noneOf(Classification.class);
                classifications.addAll(levels.classifications(exports));
                classifications.addAll(levels.classifications(imports));
                for (Classification c : classifications) {
                    addPair(levels, exports, imports, c, out, remarks);
                }
            }
        }
    }

    private static void addPair(YearlyTradeLevels levels, Flow exports, Flow imports, Classification classification,
                                List<Indicator> out, IndexRemarks remarks) {
        String subject = SUBJECT + " of " + exports.reporter() + "\u2013" + exports.partner() + " ("
                + classification.label() + " codes)";
        SortedSet<Integer> exportLevels = levels.levels(exports, classification);
        SortedSet<Integer> importLevels = levels.levels(imports, classification);
        if (exportLevels.isEmpty() || importLevels.isEmpty()) {
            remarks.add(subject, exports.year(), "not computed: the input gives the pair's "
                    + (exportLevels.isEmpty() ? "imports" : "exports") + " by commodity but not its "
                    + (exportLevels.isEmpty() ? "exports (X_k)." : "imports (M_k)."));
            return;
        }
        SortedSet<Integer> common = new TreeSet<>(exportLevels);
        common.retainAll(importLevels);
        if (common.isEmpty()) {
            remarks.add(subject, exports.year(), "not computed: the input gives the pair's exports and imports by "
                    + "codes of different levels (" + exportLevels.first() + " and " + importLevels.first()
                    + " digits).");
            return;
        }
        int level = common.first();
        Map<String, Indicator> x = levels.codes(exports, classification, level);
        Map<String, Indicator> m = levels.codes(imports, classification, level);
        String year = Integer.toString(exports.year());
        SeriesKey pair = SeriesKey.trade(exports.reporter(), exports.partner(), TURNOVER, ALL_CODES);
        SortedSet<String> codes = new TreeSet<>(x.keySet());
        codes.addAll(m.keySet());
        BigDecimal gaps = BigDecimal.ZERO;
        BigDecimal trade = BigDecimal.ZERO;
        List<Indicator> allParts = new ArrayList<>();
        for (String code : codes) {
            List<Indicator> parts = present(x.get(code), m.get(code));
            BigDecimal exported = value(x.get(code));
            BigDecimal imported = value(m.get(code));
            BigDecimal both = exported.add(imported);
            if (both.signum() > 0) {
                BigDecimal twiceTheSmaller = exported.min(imported).add(exported.min(imported));
                out.add(new Indicator(SeriesKey.trade(pair.reporter(), pair.partner(), TURNOVER, code), year, NAME,
                        YearlyTradeLevels.divide(twiceTheSmaller, both), Unit.RATIO, "",
                        YearlyFigures.flagsOf(parts)));
            }
            gaps = gaps.add(exported.subtract(imported).abs());
            trade = trade.add(both);
            allParts.addAll(parts);
        }
        Optional<Indicator> otherExports = levels.folded(exports, classification);
        Optional<Indicator> otherImports = levels.folded(imports, classification);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (otherExports.isPresent() || otherImports.isPresent()) {
            BigDecimal exported = value(otherExports.orElse(null));
            BigDecimal imported = value(otherImports.orElse(null));
            gaps = gaps.add(exported.subtract(imported).abs());
            trade = trade.add(exported.add(imported));
            allParts.addAll(present(otherExports.orElse(null), otherImports.orElse(null)));
            flags.add(Flag.AT_MOST);
        }
        if (trade.signum() <= 0) {
            return;
        }
        flags.addAll(YearlyFigures.flagsOf(allParts));
        out.add(new Indicator(pair, year, NAME, BigDecimal.ONE.subtract(YearlyTradeLevels.divide(gaps, trade)),
                Unit.RATIO, YearlyTradeLevels.levelName(classification, level), flags));
    }

    private static BigDecimal value(Indicator level) {
        return level == null ? BigDecimal.ZERO : level.value();
    }

    private static List<Indicator> present(Indicator a, Indicator b) {
        List<Indicator> parts = new ArrayList<>(2);
        if (a != null) {
            parts.add(a);
        }
        if (b != null) {
            parts.add(b);
        }
        return parts;
    }
}
