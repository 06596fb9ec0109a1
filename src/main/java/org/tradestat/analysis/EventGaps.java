package org.tradestat.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tradestat.figure.EngagementEvent;
import org.tradestat.period.PeriodKind;

/**
 * The time between the latest event of a line of events (one pair, category and level) and the one before it, for
 * {@code years_since_previous} (docs/statistics.md, "Time between events"). The time is given only between events
 * whose dates are known to the day, or to the month (then it counts from the month's first day and is approximate).
 *
 * <p>An event known only by a year, half or quarter can fall anywhere in it, so it is ordered against another event
 * only when their spans do not overlap. It is never the "previous one" of an event inside its span (a 2024 visit
 * and a visit on 2024-12-03: either may have come first), but where it surely falls between two dated events, or
 * after the latest one, the time since the previous event is not known and no figure is given.
 */
final class EventGaps {

    /**
     * The latest event, the one before it and the days between their (first) days; {@code toTheDay} when both days
     * are known.
     */
    record Gap(EngagementEvent latest, EngagementEvent previous, long days, boolean toTheDay) {
    }

    private EventGaps() {
    }

    /** The gap of a line of events, or none when fewer than two of them are dated precisely enough to measure it. */
    static Optional<Gap> latest(List<EngagementEvent> events) {
        Optional<EngagementEvent> latest = events.stream().filter(EventGaps::precise)
                .max(Comparator.comparing(EventGaps::first).thenComparing(e -> e.day() != null));
        if (latest.isEmpty() || events.stream().anyMatch(e -> first(e).isAfter(last(latest.get())))) {
            return Optional.empty();
        }
        LocalDate latestStart = first(latest.get());
        Optional<EngagementEvent> previous = events.stream().filter(e -> last(e).isBefore(latestStart))
                .max(Comparator.comparing(EventGaps::last).thenComparing(EventGaps::precise));
        if (previous.isEmpty() || !precise(previous.get())) {
            return Optional.empty();
        }
        EngagementEvent before = previous.get();
        return Optional.of(new Gap(latest.get(), before, ChronoUnit.DAYS.between(first(before), latestStart),
                latest.get().day() != null && before.day() != null));
    }

    /** Known to the day, or to the month. */
    private static boolean precise(EngagementEvent e) {
        return e.day() != null || e.period().kind() == PeriodKind.MONTH;
    }

    /** The first day the event may have taken place on. */
    private static LocalDate first(EngagementEvent e) {
        return e.day() != null ? e.day() : e.period().firstDay();
    }

    /** The last day the event may have taken place on. */
    private static LocalDate last(EngagementEvent e) {
        return e.day() != null ? e.day() : e.period().lastDay();
    }
}
