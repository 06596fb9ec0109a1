package org.tradestat.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.IndicatorName;
import org.tradestat.computed.StoredIndicators;
import org.tradestat.computed.StoredRows;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.period.Period;

/**
 * The {@code revised} flag (README, "Revisions"): on the {@code level} of every figure whose value changed since the
 * run compared with, in {@code indicators.csv} and in the workbook (where it reads [r]). Levels computed from revised
 * figures (a derived year, a balance) are not marked: they are not figures a source gave.
 */
final class RevisedLevels {

    static final int BIT = 1 << Flag.REVISED.ordinal();
    private static final int LEVEL = IndicatorName.LEVEL.ordinal();

    /** Per revised level: its series id and period text id in the store, in one {@code long}. */
    private final Set<Long> revised;

    private RevisedLevels(Set<Long> revised) {
        this.revised = revised;
    }

    /** The levels of {@code stored} whose figures {@code changed} lists. */
    static RevisedLevels in(StoredIndicators stored, Map<SeriesKey, Set<Period>> changed) {
        Set<Long> revised = new HashSet<>();
        if (!changed.isEmpty()) {
            Map<String, Integer> texts = new HashMap<>();
            List<String> textList = stored.texts();
            for (int id = 0; id < textList.size(); id++) {
                texts.put(textList.get(id), id);
            }
            List<SeriesKey> series = stored.series();
            for (int id = 0; id < series.size(); id++) {
                for (Period p : changed.getOrDefault(series.get(id), Set.of())) {
                    Integer period = texts.get(p.toString());
                    if (period != null) {
                        revised.add(key(id, period));
                    }
                }
            }
        }
        return new RevisedLevels(revised);
    }

    /** The row's flag bits, with the revised flag where it is the level of a revised figure. */
    int flagBits(StoredRows rows, int k) {
        int bits = rows.flagBits(k);
        if (!revised.isEmpty() && rows.name(k).ordinal() == LEVEL
                && revised.contains(key(rows.seriesId(k), rows.periodId(k)))) {
            bits |= BIT;
        }
        return bits;
    }

    /** The indicators shown, the levels of revised figures flagged. */
    static List<Indicator> mark(List<Indicator> shown, Map<SeriesKey, Set<Period>> changed) {
        if (changed.isEmpty()) {
            return shown;
        }
        List<Indicator> marked = new ArrayList<>(shown.size());
        for (Indicator i : shown) {
            Set<Period> periods = changed.get(i.series());
            if (periods != null && IndicatorName.LEVEL.code().equals(i.name())
                    && Period.tryParse(i.period()).map(periods::contains).orElse(false)) {
                Set<Flag> flags = EnumSet.of(Flag.REVISED);
                flags.addAll(i.flags());
                i = new Indicator(i.series(), i.period(), i.name(), i.value(), i.unit(), i.basis(), flags);
            }
            marked.add(i);
        }
        return marked;
    }

    private static long key(int series, int period) {
        return (long) series << 32 | period;
    }
}
