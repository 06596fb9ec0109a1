package org.tradestat.report.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.period.Period;
import org.tradestat.report.model.RunningTotal.Span;
import org.tradestat.report.model.TradeFacts.Change;

/** The year-to-date and rolling-twelve-months figures of a run's all-goods flows, by pair, measure, span and end. */
final class RunningTotals {

    private record Key(Pair pair, String measure, Span span, Period end) {
    }

    private final Map<Key, Indicator> levels = new HashMap<>();
    private final Map<Key, Indicator> changes = new HashMap<>();
    private final Map<Key, Indicator> percentages = new HashMap<>();
    private final Map<Key, RunningTotal> built = new HashMap<>();

    /** Takes the indicator when it is a running total or its change, and says whether it was one. */
    boolean add(Pair pair, String measure, Period end, Indicator i) {
        Optional<Span> level = Span.ofLevel(i.name());
        if (level.isPresent()) {
            levels.put(new Key(pair, measure, level.get(), end), i);
            return true;
        }
        Optional<Span> change = Span.ofChange(i.name());
        if (change.isPresent()) {
            Key key = new Key(pair, measure, change.get(), end);
            (i.name().endsWith("_pct") ? percentages : changes).put(key, i);
            return true;
        }
        return false;
    }

    /** Puts each total together with its change; called once, when every indicator has been added. */
    void finish() {
        levels.forEach((key, i) -> built.put(key, total(key, i)));
        levels.clear();
        changes.clear();
        percentages.clear();
    }

    Optional<RunningTotal> get(Pair pair, String measure, Span span, Period end) {
        return Optional.ofNullable(built.get(new Key(pair, measure, span, end)));
    }

    private RunningTotal total(Key key, Indicator level) {
        Indicator abs = changes.get(key);
        Indicator pct = percentages.get(key);
        Change yoy = abs == null ? null : new Change(key.span().changeType(), key.end(),
                Period.tryParse(abs.basis()).orElse(null), abs.value(), pct == null ? null : pct.value(), null,
                abs.flags());
        return new RunningTotal(key.span(), Period.tryParse(level.basis()).orElse(null), key.end(), level.value(),
                level.flags(), yoy);
    }
}
