package org.tradestat.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.TerritoryChange;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * Flags {@code break} where the territory behind a series' reporter or partner changed ({@link TerritoryChange}):
 * the level of the first period of each kind under the new territory, when the series has a period of that kind
 * before it, and every comparison whose two periods lie on either side of the change.
 */
public final class SeriesBreaks {

    private SeriesBreaks() {
    }

    private record LevelKind(SeriesKey series, PeriodKind kind) {
    }

    public static List<Indicator> flag(List<Indicator> indicators) {
        if (indicators.isEmpty() || change(indicators.get(0).series()).isEmpty()) {
            return indicators;
        }
        int firstYear = change(indicators.get(0).series()).get().firstYear();
        Map<LevelKind, Period> firstAfter = new HashMap<>();
        Map<LevelKind, Boolean> anyBefore = new HashMap<>();
        for (Indicator i : indicators) {
            Optional<Period> period = Period.tryParse(i.period());
            if (!"level".equals(i.name()) || period.isEmpty()) {
                continue;
            }
            LevelKind key = new LevelKind(i.series(), period.get().kind());
            if (period.get().year() < firstYear) {
                anyBefore.put(key, true);
            } else {
                firstAfter.merge(key, period.get(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Indicator> out = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            out.add(crosses(i, firstYear, firstAfter, anyBefore) ? withBreak(i) : i);
        }
        return out;
    }

    /** The change of the series' reporter, else of its partner. */
    static Optional<TerritoryChange> change(SeriesKey series) {
        return TerritoryChange.of(series.reporter()).or(() -> TerritoryChange.of(series.partner()));
    }

    private static boolean crosses(Indicator i, int firstYear, Map<LevelKind, Period> firstAfter,
                                   Map<LevelKind, Boolean> anyBefore) {
        Optional<Period> period = Period.tryParse(i.period());
        if (period.isEmpty() || period.get().year() < firstYear) {
            return false;
        }
        if ("level".equals(i.name())) {
            LevelKind key = new LevelKind(i.series(), period.get().kind());
            return anyBefore.containsKey(key) && period.get().equals(firstAfter.get(key));
        }
        return Period.tryParse(i.basis()).filter(base -> base.year() < firstYear).isPresent();
    }

    private static Indicator withBreak(Indicator i) {
        Set<Flag> flags = EnumSet.of(Flag.BREAK);
        flags.addAll(i.flags());
        return new Indicator(i.series(), i.period(), i.name(), i.value(), i.unit(), i.basis(), flags);
    }
}
