package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradestat.analysis.YearlyTradeLevels.Flow;
import org.tradestat.figure.Classification;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;

/**
 * Export diversification (as WITS gives it; docs/indicators.md), per reporter, partner and year, across the codes of
 * one classification at the shortest level the exports give (basis {@code HS2}), measure {@code export}, commodity
 * {@code *}:
 * <ul>
 *   <li>{@code export_products}: the number of codes with exports above zero, unit count;</li>
 *   <li>{@code hhi}: the Herfindahl–Hirschman index of the exports across them, Σ s_k² with s_k = x_k / Σx, computed
 *   exactly as Σx_k² / (Σx_k)², unit ratio (1 for a single product); and {@code hhi_normalized} = (H − 1/N) / (1 −
 *   1/N) for N ≥ 2, WITS' product concentration index, as (N·Σx² − (Σx)²) / ((N − 1)·(Σx)²).</li>
 * </ul>
 * Every code counts, so a pair whose smaller codes the load folded into {@code OTHER} gets none of these (the
 * number of products is unknown), and a remark says so.
 */
final class ExportDiversification {

    static final String PRODUCTS = "export_products";
    static final String HHI = "hhi";
    static final String HHI_NORMALIZED = "hhi_normalized";

    private ExportDiversification() {
    }

    static void addTo(YearlyTradeLevels levels, List<Indicator> out, IndexRemarks remarks) {
        for (int year : levels.years()) {
            for (Flow flow : levels.flows(year, YearlyTradeLevels.EXPORT)) {
                for (Classification classification : levels.classifications(flow)) {
                    add(levels, flow, classification, out, remarks);
                }
            }
        }
    }

    private static void add(YearlyTradeLevels levels, Flow flow, Classification classification, List<Indicator> out,
                            IndexRemarks remarks) {
        if (levels.folded(flow, classification).isPresent()) {
            remarks.add("Export diversification of " + flow.reporter() + "'s exports to " + flow.partner() + " ("
                    + classification.label() + " codes)", flow.year(), "not computed: the load folded the codes "
                    + "beyond the ten largest into OTHER, and the number of products and their HHI need every code.");
            return;
        }
        int level = levels.shortestLevel(flow, classification).orElseThrow();
        Map<String, Indicator> codes = levels.codes(flow, classification, level);
        int products = 0;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumOfSquares = BigDecimal.ZERO;
        for (Indicator code : codes.values()) {
            if (code.value().signum() > 0) {
                products++;
                sum = sum.add(code.value());
                sumOfSquares = sumOfSquares.add(code.value().multiply(code.value()));
            }
        }
        SeriesKey key = SeriesKey.trade(flow.reporter(), flow.partner(), YearlyTradeLevels.EXPORT,
                GrubelLloyd.ALL_CODES);
        String year = Integer.toString(flow.year());
        String basis = YearlyTradeLevels.levelName(classification, level);
        Set<Flag> flags = YearlyFigures.flagsOf(codes.values());
        out.add(new Indicator(key, year, PRODUCTS, BigDecimal.valueOf(products), Unit.COUNT, basis, flags));
        if (products == 0) {
            return;
        }
        BigDecimal squareOfSum = sum.multiply(sum);
        out.add(new Indicator(key, year, HHI, YearlyTradeLevels.divide(sumOfSquares, squareOfSum), Unit.RATIO, basis,
                flags));
        if (products >= 2) {
            BigDecimal n = BigDecimal.valueOf(products);
            out.add(new Indicator(key, year, HHI_NORMALIZED, YearlyTradeLevels.divide(
                    n.multiply(sumOfSquares).subtract(squareOfSum), n.subtract(BigDecimal.ONE).multiply(squareOfSum)),
                    Unit.RATIO, basis, flags));
        }
    }
}
