package org.tradestat.figure;

/**
 * Identifies one time series: (dataset, reporter, partner, measure, commodity).
 * For investment the reporter is the investor and the partner the host; for companies the origin and the host.
 * Commodity is {@code TOTAL} for all goods in trade and empty for the other datasets.
 */
public record SeriesKey(Dataset dataset, String reporter, String partner, String measure, String commodity) {

    public static final String ALL_GOODS = "TOTAL";

    public SeriesKey {
        commodity = commodity == null ? "" : commodity;
    }

    public static SeriesKey trade(String reporter, String partner, String flow, String commodity) {
        return new SeriesKey(Dataset.TRADE, reporter, partner, flow, commodity);
    }

    public SeriesKey withMeasure(String otherMeasure) {
        return new SeriesKey(dataset, reporter, partner, otherMeasure, commodity);
    }

    /**
     * How reports name the series: {@code KGZ–KOR turnover}, {@code KOR–KAZ investment cumulative},
     * {@code KAZ–KOR HS 27 export}: a commodity's figures are named as the commodity's, never as the pair's trade.
     */
    public String label() {
        StringBuilder label = new StringBuilder(pairLabel()).append(' ');
        if (dataset != Dataset.TRADE) {
            label.append(dataset.code()).append(' ');
        }
        if (!commodity.isEmpty() && !ALL_GOODS.equals(commodity)) {
            label.append(CommodityCode.label(commodity)).append(' ');
            return label.append("turnover".equals(measure) ? "exports plus imports" : measure).toString();
        }
        return label.append(measure).toString();
    }

    /** The pair as a reader says it: {@code KGZ–KOR}. */
    public String pairLabel() {
        return reporter + "\u2013" + partner;
    }
}
