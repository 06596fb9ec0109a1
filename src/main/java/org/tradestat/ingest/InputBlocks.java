package org.tradestat.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The input lines of an {@link InputFilesReader} in {@link InputBlock}s of up to {@value #SIZE} lines, in input
 * order: the load's items. Each block is one chunk (one transaction) of the load.
 */
public class InputBlocks implements ItemStreamReader<InputBlock> {

    public static final int SIZE = 10_000;
    public static final String LINES_READ = "linesRead";

    private final InputFilesReader lines;

    public InputBlocks(InputFilesReader lines) {
        this.lines = lines;
    }

    /** The next block of lines, or null after the last line. */
    @Override
    public InputBlock read() {
        return lines.read(SIZE);
    }

    @Override
    public void open(ExecutionContext context) {
        lines.open(context);
    }

    /** Also records the lines read so far as {@value #LINES_READ}: the step's own read count counts blocks. */
    @Override
    public void update(ExecutionContext context) {
        lines.update(context);
        context.putLong(LINES_READ, lines.linesRead());
    }

    @Override
    public void close() {
        lines.close();
    }
}
