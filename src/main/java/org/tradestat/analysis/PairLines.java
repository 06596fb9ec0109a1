package org.tradestat.analysis;

import java.util.List;
import org.tradestat.figure.Figure;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The resolved lines of one pair as {@link TradeAnalysis#reduce} reads them, by index, so that the lines it only sums
 * (millions of commodity lines) need not each be a {@link Figure} with a {@code BigDecimal}.
 */
public interface PairLines {

    int size();

    SeriesKey series(int i);

    Period period(int i);

    /** The line's value, with its qualifier. */
    Value value(int i);

    /** The line as a figure: for the lines kept as they are, and as the model of the figures derived from them. */
    Figure figure(int i);

    static PairLines of(List<Figure> figures) {
        return new PairLines() {
            public int size() {
                return figures.size();
            }

            public SeriesKey series(int i) {
                return figures.get(i).series();
            }

            public Period period(int i) {
                return figures.get(i).period();
            }

            public Value value(int i) {
                Figure f = figures.get(i);
                return new Value(f.value(), f.qualifier(), f.derived());
            }

            public Figure figure(int i) {
                return figures.get(i);
            }
        };
    }
}
