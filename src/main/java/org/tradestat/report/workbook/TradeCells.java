package org.tradestat.report.workbook;

import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.report.model.Level;

/** Cells of trade levels, as the Summary, Trade and Comparisons sheets write them. */
final class TradeCells {

    private TradeCells() {
    }

    /** A money level with its qualifier symbol; [x] when missing. */
    static RowWriter money(RowWriter r, Level level) {
        return r.money(level == null ? null : level.value(), flags(level));
    }

    /**
     * A ratio such as the coverage, with its qualifier symbol; without one, [z] (not applicable) where exports and
     * imports are both given, as the ratio is then undefined, and [x] where they are not.
     */
    static void ratio(RowWriter r, Level ratio, boolean split) {
        if (ratio != null) {
            r.ratio(ratio.value(), ratio.flags());
        } else if (split) {
            r.z();
        } else {
            r.x();
        }
    }

    static Set<Flag> flags(Level level) {
        return level == null ? Set.of() : level.flags();
    }
}
