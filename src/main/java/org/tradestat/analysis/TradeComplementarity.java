package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tradestat.analysis.YearlyTradeLevels.Flow;
import org.tradestat.figure.Classification;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.figure.Countries;

/**
 * Trade complementarity index (Michaely, as WITS defines it; docs/indicators.md): C_ij = 100 · (1 − Σ_k |m_ik − x_jk|
 * / 2), where m_ik is commodity k's share of country i's imports from the World and x_jk its share of country j's
 * exports to the World; unit percent, from 0 (no product j exports is one i imports) to 100 (the two shares match).
 * The shares are of the sum of the codes used (one classification, the shortest level both give), and the index is
 * computed exactly as 100 − 50 · Σ_k |M_k·X − X_k·M| / (M·X). The line is the exporter's: reporter j, partner i,
 * measure {@code export}, commodity {@code *}, basis the codes used ({@code HS2}). Needs both countries' trade with
 * the World by commodity, every code of it (not folded into {@code OTHER}).
 */
final class TradeComplementarity {

    static final String NAME = "complementarity";
    private static final String SUBJECT = "Trade complementarity";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    private TradeComplementarity() {
    }

    static void addTo(YearlyTradeLevels levels, List<Indicator> out, IndexRemarks remarks) {
        for (int year : levels.years()) {
            List<Flow> exporters = withCodes(levels, levels.flows(year, YearlyTradeLevels.EXPORT));
            List<Flow> importers = withCodes(levels, levels.flows(year, YearlyTradeLevels.IMPORT));
            if (exporters.isEmpty() && importers.isEmpty()) {
                continue;
            }
            boolean anyPair = false;
            for (Flow exporter : exporters) {
                for (Flow importer : importers) {
                    if (!exporter.reporter().equals(importer.reporter())) {
                        anyPair = true;
                        add(levels, exporter, importer, out, remarks);
                    }
                }
            }
            if (!anyPair) {
                remarks.add(SUBJECT, year, "not computed: it needs one country's exports to the World by commodity "
                        + "(x_jk) and another's imports from the World by commodity (m_ik); the input gives "
                        + given(exporters, "exports") + " and " + given(importers, "imports") + ".");
            }
        }
    }

    private static List<Flow> withCodes(YearlyTradeLevels levels, SortedSet<Flow> flows) {
        return flows.stream().filter(f -> Countries.WORLD.equals(f.partner()) && !levels.classifications(f).isEmpty())
                .toList();
    }

    private static String given(List<Flow> flows, String what) {
        if (flows.isEmpty()) {
            return "no " + what;
        }
        return "the " + what + " of " + String.join(", ", flows.stream().map(Flow::reporter).toList());
    }

    private static void add(YearlyTradeLevels levels, Flow exporter, Flow importer, List<Indicator> out,
                            IndexRemarks remarks) {
        String subject = SUBJECT + " of " + exporter.reporter() + "'s exports with " + importer.reporter()
                + "'s imports";
        Set<Classification> shared = EnumSet.copyOf(levels.classifications(exporter));
        shared.retainAll(levels.classifications(importer));
        if (shared.isEmpty()) {
            remarks.add(subject, exporter.year(), "not computed: the two are given in different classifications.");
            return;
        }
        Classification classification = shared.iterator().next();
        if (levels.folded(exporter, classification).isPresent()
                || levels.folded(importer, classification).isPresent()) {
            remarks.add(subject, exporter.year(), "not computed: the load folded the codes beyond the ten largest "
                    + "into OTHER, and the shares need every code.");
            return;
        }
        SortedSet<Integer> common = new TreeSet<>(levels.levels(exporter, classification));
        common.retainAll(levels.levels(importer, classification));
        if (common.isEmpty()) {
            remarks.add(subject, exporter.year(), "not computed: the two are given by codes of different levels.");
            return;
        }
        int level = common.first();
        Map<String, Indicator> x = levels.codes(exporter, classification, level);
        Map<String, Indicator> m = levels.codes(importer, classification, level);
        BigDecimal exports = YearlyTradeLevels.sum(x.values());
        BigDecimal imports = YearlyTradeLevels.sum(m.values());
        if (exports.signum() <= 0 || imports.signum() <= 0) {
            return; // no shares
        }
        SortedSet<String> codes = new TreeSet<>(x.keySet());
        codes.addAll(m.keySet());
        BigDecimal differences = BigDecimal.ZERO;
        for (String code : codes) {
            BigDecimal exported = x.containsKey(code) ? x.get(code).value() : BigDecimal.ZERO;
            BigDecimal imported = m.containsKey(code) ? m.get(code).value() : BigDecimal.ZERO;
            differences = differences.add(imported.multiply(exports).subtract(exported.multiply(imports)).abs());
        }
        BigDecimal index = HUNDRED.subtract(YearlyTradeLevels.divide(FIFTY.multiply(differences),
                imports.multiply(exports)));
        List<Indicator> parts = new ArrayList<>(x.values());
        parts.addAll(m.values());
        out.add(new Indicator(SeriesKey.trade(exporter.reporter(), importer.reporter(), YearlyTradeLevels.EXPORT,
                GrubelLloyd.ALL_CODES), Integer.toString(exporter.year()), NAME, index, Unit.PERCENT,
                YearlyTradeLevels.levelName(classification, level), YearlyFigures.flagsOf(parts)));
    }
}
