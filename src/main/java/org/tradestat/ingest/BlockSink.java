package org.tradestat.ingest;

import java.util.function.Function;

/**
 * Where {@link ByteLines} puts the lines of a file of Tradestat's own kinds: a plain trade line read in place into the
 * block's figure columns, any other line through the record parser.
 */
final class BlockSink implements ByteLines.Sink {

    private final TradeLineParser trade;
    private final Function<CsvRecord, InputRecord> parser;
    private final InputBlock block;
    private final LineCounter counter;

    /** {@code trade} is null for a file of another kind than trade. */
    BlockSink(TradeLineParser trade, Function<CsvRecord, InputRecord> parser, InputBlock block, LineCounter counter) {
        this.trade = trade;
        this.parser = parser;
        this.block = block;
        this.counter = counter;
    }

    @Override
    public boolean fast(byte[] b, int from, int to, long line) {
        if (trade != null && trade.parse(b, from, to, line, block.figures())) {
            counter.figures(1);
            return true;
        }
        return false;
    }

    @Override
    public void record(CsvRecord record) {
        InputRecord parsed = parser.apply(record);
        counter.record(parsed);
        block.add(parsed);
    }
}
