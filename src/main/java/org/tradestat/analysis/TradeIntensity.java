package org.tradestat.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tradestat.analysis.YearlyTradeLevels.Flow;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.figure.Countries;

/**
 * Trade intensity index (as WITS defines it; docs/indicators.md): T_ij = (x_ij / X_i) / (x_wj / X_w), computed exactly
 * as (x_ij · X_w) / (X_i · x_wj), unit ratio, all goods. x_ij is reporter i's exports to country j, X_i its total
 * exports to the World (partner {@code WLD}); x_wj and X_w are the World's exports to j and in total. As for {@link
 * RevealedComparativeAdvantage}, the World is the sum over the reporters that give their total exports to the World
 * (basis {@code reporters:N}), at least two; x_wj is their exports to j, so each of them other than j must give its
 * exports to j: a partner is not a commodity code, and a missing line is not taken for zero.
 */
final class TradeIntensity {

    static final String NAME = "trade_intensity";

    private TradeIntensity() {
    }

    static void addTo(YearlyTradeLevels levels, List<Indicator> out, IndexRemarks remarks) {
        for (int year : levels.years()) {
            Map<String, Indicator> world = new TreeMap<>();
            List<Flow> toCountries = new ArrayList<>();
            for (Flow flow : levels.flows(year, YearlyTradeLevels.EXPORT)) {
                Optional<Indicator> total = levels.total(flow);
                if (total.isEmpty()) {
                    continue;
                }
                if (Countries.WORLD.equals(flow.partner())) {
                    world.put(flow.reporter(), total.orElseThrow());
                } else if (Countries.isCountry(flow.partner())) {
                    toCountries.add(flow);
                }
            }
            if (world.isEmpty()) {
                if (!toCountries.isEmpty() && levels.hasPartner(Countries.WORLD)) {
                    remarks.add("Trade intensity", year, "not computed: the input gives no reporter's total exports "
                            + "to the World (X_i, X_w).");
                } // without any World row, the remark on the whole input says so
                continue;
            }
            if (world.size() < 2) {
                remarks.add("Trade intensity", year, "not computed: the World's exports (x_wj, X_w) are the sum "
                        + "over the reporters that give their total exports to the World, and the input gives them "
                        + "for only " + world.keySet().iterator().next() + "; at least two are needed.");
                continue;
            }
            BigDecimal worldTotal = YearlyTradeLevels.sum(world.values());
            String basis = "reporters:" + world.size();
            for (Flow flow : toCountries) {
                intensity(levels, flow, world, worldTotal, basis, out, remarks);
            }
        }
    }

    private static void intensity(YearlyTradeLevels levels, Flow flow, Map<String, Indicator> world,
                                  BigDecimal worldTotal, String basis, List<Indicator> out, IndexRemarks remarks) {
        String i = flow.reporter();
        String j = flow.partner();
        String subject = "Trade intensity of " + i + "'s exports to " + j;
        Indicator exportsTotal = world.get(i);
        if (exportsTotal == null) {
            remarks.add(subject, flow.year(), "not computed: the input gives no total exports of " + i
                    + " to the World (X_i).");
            return;
        }
        List<Indicator> toPartner = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (String r : world.keySet()) {
            if (!r.equals(j)) {
                Optional<Indicator> x = levels.total(new Flow(r, j, YearlyTradeLevels.EXPORT, flow.year()));
                x.ifPresentOrElse(toPartner::add, () -> lacking.add(r));
            }
        }
        if (!lacking.isEmpty()) {
            remarks.add(subject, flow.year(), "not computed: the World's exports to " + j + " (x_wj, the sum over "
                    + "the reporters that give their exports to the World) lack the exports to " + j + " of "
                    + String.join(", ", lacking) + ".");
            return;
        }
        BigDecimal worldToPartner = YearlyTradeLevels.sum(toPartner);
        Indicator x = levels.total(flow).orElseThrow();
        if (worldToPartner.signum() <= 0 || exportsTotal.value().signum() <= 0) {
            return; // no share to compare with
        }
        BigDecimal t = YearlyTradeLevels.divide(x.value().multiply(worldTotal),
                exportsTotal.value().multiply(worldToPartner));
        List<Indicator> parts = new ArrayList<>(world.values());
        parts.addAll(toPartner);
        out.add(new Indicator(SeriesKey.trade(i, j, YearlyTradeLevels.EXPORT, SeriesKey.ALL_GOODS),
                Integer.toString(flow.year()), NAME, t, Unit.RATIO, basis, YearlyFigures.flagsOf(parts)));
    }
}
