package org.tradestat.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of input lines, the load's item: the figure lines in columns, in input order, and the other lines (events,
 * group members, rejects, summarised lines, file warnings) as records. A Spring Batch item has a fixed cost (the
 * step-scope proxy, listeners, observations) that, paid for every line, was a quarter of the load's time.
 */
public record InputBlock(FigureColumns figures, List<InputRecord> others, List<Integer> figuresBeforeOthers) {

    InputBlock(int capacity) {
        this(new FigureColumns(capacity), new ArrayList<>(), new ArrayList<>());
    }

    void add(InputRecord record) {
        if (record instanceof InputRecord.FigureLine line) {
            figures.add(line.fileSeq(), line.line(), line.figure());
        } else {
            figuresBeforeOthers.add(figures.size());
            others.add(record);
        }
    }

    int size() {
        return figures.size() + others.size();
    }

    /** Empties the block to fill it again. */
    void clear() {
        figures.clear();
        others.clear();
        figuresBeforeOthers.clear();
    }

    /** The block's lines as records, in input order (for tests). */
    public List<InputRecord> records() {
        List<InputRecord> records = new ArrayList<>(size());
        int other = 0;
        for (int i = 0; i <= figures.size(); i++) {
            while (other < others.size() && figuresBeforeOthers.get(other) == i) {
                records.add(others.get(other++));
            }
            if (i < figures.size()) {
                records.add(new InputRecord.FigureLine(figures.fileSeq(i), figures.line(i), figures.figure(i)));
            }
        }
        return records;
    }
}
