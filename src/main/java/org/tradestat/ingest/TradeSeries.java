package org.tradestat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.SeriesKey;
import org.tradestat.util.LongIds;

/**
 * The series of a trade line parser's lines, by pair, then commodity and flow (direct addressing: the pair's lines hit
 * one small array; a table of every series would miss the cache on nearly every line), with their numbers in the
 * load ({@link SeriesNumbers}), which every parser of the load shares.
 */
final class TradeSeries {

    static final int LETTERS = 26 * 26 * 26;
    static final String[] FLOWS = {"export", "import", "turnover"};

    private final SeriesNumbers numbers;
    private final LongIds pairIds = new LongIds();
    private final List<SeriesNumbers.Numbered[]> pairSeries = new ArrayList<>();
    private int lastPair = -1;
    private SeriesNumbers.Numbered[] lastPairSeries;
    private final String[] countries = new String[LETTERS];

    TradeSeries(SeriesNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * The series of two countries (three letters as a number below 26³ each), a flow (a place in {@link #FLOWS}) and
     * a commodity: {@code commodityId} numbers the parser's commodities, {@code commodity} is its code.
     */
    SeriesNumbers.Numbered of(int reporter, int partner, int flow, int commodityId, String commodity) {
        int pair = reporter * LETTERS + partner;
        if (pair != lastPair) {
            int id = pairIds.get(pair);
            if (id < 0) {
                id = pairSeries.size();
                pairSeries.add(new SeriesNumbers.Numbered[FLOWS.length * 16]);
                pairIds.put(pair, id);
            }
            lastPair = pair;
            lastPairSeries = pairSeries.get(id);
        }
        int slot = commodityId * FLOWS.length + flow;
        if (slot >= lastPairSeries.length) {
            lastPairSeries = Arrays.copyOf(lastPairSeries, Math.max(slot + 1, lastPairSeries.length * 2));
            pairSeries.set(pairIds.get(pair), lastPairSeries);
        }
        SeriesNumbers.Numbered series = lastPairSeries[slot];
        if (series == null) {
            series = numbers.of(new SeriesKey(Dataset.TRADE, country(reporter), country(partner), FLOWS[flow],
                    commodity));
            lastPairSeries[slot] = series;
        }
        return series;
    }

    private String country(int letters) {
        String code = countries[letters];
        if (code == null) {
            code = new String(new char[] {(char) ('A' + letters / 676), (char) ('A' + letters / 26 % 26),
                    (char) ('A' + letters % 26)});
            countries[letters] = code;
        }
        return code;
    }
}
