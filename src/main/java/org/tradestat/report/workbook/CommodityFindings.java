package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tradestat.figure.CommodityCode;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.Pair;
import org.tradestat.report.model.TradeFacts;

/**
 * The findings of a pair whose input holds single commodities but no all-goods figure: what the figures are, named as
 * such, never as the pair's trade.
 */
final class CommodityFindings {

    private CommodityFindings() {
    }

    /** Commodities shown per pair that has no all-goods figure; the Trade sheet has them all. */
    static final int MAX_COMMODITY_SENTENCES = 3;

    /**
     * For a pair whose input holds single commodities but no all-goods figure (a download of one HS heading): what
     * the figures are, named as such ("South Korea's imports of HS 8542 from the World"), never as the pair's trade.
     */
    static List<String> commodityOnly(TradeFacts facts) {
        List<String> out = new ArrayList<>();
        facts.commodityOnlyPairs().forEach((pair, commodities) -> {
            List<String> labels = commodities.stream().map(CommodityCode::label).toList();
            String between = " between " + Texts.place(pair.reporter()) + " and " + Texts.place(pair.partner());
            out.add("The input holds no figure of trade in all goods" + between + ", only " + Texts.joinAnd(labels)
                    + ", so no trade turnover or balance of the pair is given.");
            commodities.stream().limit(MAX_COMMODITY_SENTENCES).forEach(c -> commoditySentence(facts, pair, c)
                    .ifPresent(out::add));
            if (commodities.size() > MAX_COMMODITY_SENTENCES) {
                out.add("The Trade sheet has the other " + (commodities.size() - MAX_COMMODITY_SENTENCES)
                        + " commodities traded" + between + ".");
            }
        });
        return out;
    }

    /**
     * "In 2023, South Korea's imports of HS 8542 from the World were US$ 1.2 billion and its exports of HS 8542 to the
     * World US$ 86.2 million."
     */
    private static Optional<String> commoditySentence(TradeFacts facts, Pair pair, String commodity) {
        String partner = Texts.place(pair.partner());
        String label = CommodityCode.label(commodity);
        Optional<Period> latest = java.util.stream.Stream.of(TradeFacts.IMPORT, TradeFacts.EXPORT)
                .flatMap(m -> facts.periods(pair, commodity, m).stream())
                .filter(p -> p.kind() == PeriodKind.YEAR).max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        facts.level(pair, commodity, TradeFacts.IMPORT, latest.get()).ifPresent(l -> parts.add("imports of " + label
                + " from " + partner + (parts.isEmpty() ? " were " : " ") + Texts.qualifierWord(l.flags())
                + Texts.moneyWords(l.value())));
        facts.level(pair, commodity, TradeFacts.EXPORT, latest.get()).ifPresent(l -> parts.add("exports of " + label
                + " to " + partner + (parts.isEmpty() ? " were " : " ") + Texts.qualifierWord(l.flags())
                + Texts.moneyWords(l.value())));
        return Optional.of("In " + Texts.periodWords(latest.get()) + ", " + Texts.possessive(Texts.place(pair.reporter())) + " "
                + String.join(" and its ", parts)
                + ".");
    }
}
