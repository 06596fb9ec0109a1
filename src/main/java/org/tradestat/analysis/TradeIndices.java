package org.tradestat.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tradestat.figure.Countries;

/**
 * The standard trade indices of docs/indicators.md ("Trade indices"), as WITS defines them, from the yearly trade
 * levels of a run: revealed comparative advantage ({@link RevealedComparativeAdvantage}), trade intensity ({@link
 * TradeIntensity}), Grubel–Lloyd intra-industry trade ({@link GrubelLloyd}), export diversification ({@link
 * ExportDiversification}) and trade complementarity ({@link TradeComplementarity}). Each is computed only where the
 * input gives the figures it needs; otherwise a remark (topic {@value #TOPIC}) names the figure that is missing.
 * Plain Java.
 */
public final class TradeIndices {

    public static final String TOPIC = "trade indices";

    /** The indices in series then period order, and the sentences saying what could not be computed and why. */
    public record Result(List<Indicator> indicators, List<Remark> remarks) {
        public Result {
            indicators = List.copyOf(indicators);
            remarks = List.copyOf(remarks);
        }
    }

    private TradeIndices() {
    }

    /**
     * @param tradeLevels the {@code level} indicators of trade; those of exports and imports of whole years are
     *                    read (all goods, commodity codes and the folded rest {@code OTHER})
     */
    public static Result analyse(Collection<Indicator> tradeLevels) {
        YearlyTradeLevels levels = YearlyTradeLevels.of(tradeLevels);
        List<Indicator> out = new ArrayList<>();
        IndexRemarks remarks = new IndexRemarks();
        if (levels.years().isEmpty()) {
            return new Result(out, List.of());
        }
        if (!levels.hasPartner(Countries.WORLD)) {
            remarks.add("Revealed comparative advantage, trade intensity and trade complementarity not computed: "
                    + "they need the reporters' trade with the World (partner WLD), and the input gives none.");
        }
        if (!levels.hasCommodities()) {
            remarks.add("Grubel\u2013Lloyd indices, export diversification, revealed comparative advantage and trade "
                    + "complementarity not computed: they need trade by commodity, and the input gives none.");
        }
        RevealedComparativeAdvantage.addTo(levels, out, remarks);
        TradeIntensity.addTo(levels, out, remarks);
        GrubelLloyd.addTo(levels, out, remarks);
        ExportDiversification.addTo(levels, out, remarks);
        TradeComplementarity.addTo(levels, out, remarks);
        out.sort(Indicator.BY_SERIES_THEN_PERIOD); // stable: the indicators of one series and year keep their order
        return new Result(out, remarks.sentences().stream().map(s -> new Remark(TOPIC, s)).toList());
    }
}
