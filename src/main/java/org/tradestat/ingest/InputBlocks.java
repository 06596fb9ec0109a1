package org.tradestat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The input lines of an {@link InputFilesReader} in blocks of up to {@value #SIZE}, in the same order: the load's
 * items. A Spring Batch item has a fixed cost (the step-scope proxy, listeners, observations) that, paid for every
 * line, was a quarter of the load's time; paid once per block it is negligible.
 */
public class InputBlocks implements ItemStreamReader<List<InputRecord>> {

    public static final int SIZE = 1000;
    public static final String LINES_READ = "linesRead";

    private final InputFilesReader lines;

    public InputBlocks(InputFilesReader lines) {
        this.lines = lines;
    }

    /** The next block of lines, or null after the last line. */
    @Override
    public List<InputRecord> read() {
        List<InputRecord> block = new ArrayList<>(SIZE);
        while (block.size() < SIZE) {
            InputRecord line = lines.read();
            if (line == null) {
                break;
            }
            block.add(line);
        }
        return block.isEmpty() ? null : block;
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
