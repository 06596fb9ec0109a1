package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The time axis of a chart: one period kind, and every period of that kind from the first to the last, so that gaps
 * in time stay visible as empty slots.
 */
record PeriodSpan(PeriodKind kind, List<Period> periods) {

    PeriodSpan {
        periods = List.copyOf(periods);
    }

    /**
     * The kind with the most figures (ties go to the longer kind: a year beats a half-year); empty when there are no
     * figures.
     */
    static Optional<PeriodKind> mostFrequentKind(Collection<Period> figures) {
        Map<PeriodKind, Integer> counts = new EnumMap<>(PeriodKind.class);
        for (Period p : figures) {
            counts.merge(p.kind(), 1, Integer::sum);
        }
        PeriodKind best = null;
        // PeriodKind is declared from the longest to the shortest, so a strictly greater count is needed to switch.
        for (PeriodKind kind : PeriodKind.values()) {
            int count = counts.getOrDefault(kind, 0);
            if (count > 0 && (best == null || count > counts.get(best))) {
                best = kind;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every period of {@code kind} from the earliest to the latest of the figures of that kind; empty when none. */
    static Optional<PeriodSpan> covering(PeriodKind kind, Collection<Period> figures) {
        Period first = null;
        Period last = null;
        for (Period p : figures) {
            if (p.kind() != kind) {
                continue;
            }
            if (first == null || p.compareTo(first) < 0) {
                first = p;
            }
            if (last == null || p.compareTo(last) > 0) {
                last = p;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            periods.add(p);
        }
        return Optional.of(new PeriodSpan(kind, periods));
    }

    /** The last {@code max} periods when there are more. */
    PeriodSpan latest(int max) {
        return periods.size() <= max ? this : new PeriodSpan(kind, periods.subList(periods.size() - max, periods.size()));
    }

    Period first() {
        return periods.get(0);
    }

    Period last() {
        return periods.get(periods.size() - 1);
    }

    /** {@code 2017 H1 to 2022 H2}, or the one period. */
    String rangeText() {
        return size() == 1 ? first().label() : first().label() + " to " + last().label();
    }

    int size() {
        return periods.size();
    }

    boolean contains(Period p) {
        return p.kind() == kind && p.compareTo(first()) >= 0 && p.compareTo(last()) <= 0;
    }

    /** "half-year", "year", "quarter", "month". */
    static String noun(PeriodKind kind) {
        return switch (kind) {
            case YEAR -> "year";
            case HALF -> "half-year";
            case QUARTER -> "quarter";
            case MONTH -> "month";
        };
    }

    static String plural(PeriodKind kind) {
        return noun(kind) + "s";
    }

    /** "Yearly", "Half-yearly", "Quarterly", "Monthly". */
    static String adjective(PeriodKind kind) {
        return switch (kind) {
            case YEAR -> "Yearly";
            case HALF -> "Half-yearly";
            case QUARTER -> "Quarterly";
            case MONTH -> "Monthly";
        };
    }

    /** A running number of the period within its kind, used to pick which axis labels to show. */
    static int ordinal(Period p) {
        return p.year() * p.kind().perYear() + p.index() - 1;
    }
}
