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

    /**
     * What the series is, inside a sentence, with countries and groups by name ({@link CountryNames#place}): "trade
     * turnover between Kyrgyzstan and South Korea", "South Korea's exports to Kazakhstan", "South Korea's imports of
     * HS 8542 from the World", "the stock of investment from South Korea in Kazakhstan". As {@link #label()}, a
     * commodity's figures are named as the commodity's. Capitalize it to open a sentence.
     */
    public String words() {
        String a = CountryNames.place(reporter);
        String b = CountryNames.place(partner);
        String of = CountryNames.possessive(a);
        String m = measure.replace('_', ' ').trim();
        if (dataset == Dataset.TRADE && !commodity.isEmpty() && !ALL_GOODS.equals(commodity)) {
            // one commodity is not the pair's trade: name it as what it is
            String c = CommodityCode.label(commodity);
            return switch (measure) {
                case "export" -> of + " exports of " + c + " to " + b;
                case "import" -> of + " imports of " + c + " from " + b;
                case "balance" -> of + " balance of trade in " + c + " with " + b;
                default -> of + " trade in " + c + " with " + b + " (exports plus imports)";
            };
        }
        return switch (dataset) {
            case TRADE -> switch (measure) {
                case "export" -> of + " exports to " + b;
                case "import" -> of + " imports from " + b;
                case "balance" -> of + " trade balance with " + b;
                default -> "trade " + m + " between " + a + " and " + b;
            };
            case INVESTMENT -> switch (measure) {
                case "inflow" -> "investment inflows from " + a + " to " + b;
                case "stock" -> "the stock of investment from " + a + " in " + b;
                case "cumulative" -> "cumulative investment from " + a + " in " + b;
                default -> "investment from " + a + " in " + b + " (" + m + ")";
            };
            case COMPANIES -> "the number of companies from " + a + " in " + b + " (" + m + ")";
            case ENGAGEMENT -> "engagement between " + a + " and " + b;
        };
    }

    /** The pair as a reader says it: {@code KGZ–KOR}. */
    public String pairLabel() {
        return reporter + "\u2013" + partner;
    }
}
