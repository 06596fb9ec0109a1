package org.tradestat.analysis;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tradestat.figure.Flag;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;

/**
 * The yearly figures of a series as {@link SeriesStatistics} and {@link EngagementCorrelation} read them: by year,
 * with a reason in words where a year has two, and the flags their results carry.
 */
final class YearlyFigures {

    private YearlyFigures() {
    }

    /** The first yearly level that is only a bound (at least, at most); null when none is. */
    static Indicator firstBound(NavigableMap<Integer, Indicator> yearly) {
        for (Indicator level : yearly.values()) {
            if (level.flags().contains(Flag.AT_LEAST) || level.flags().contains(Flag.AT_MOST)) {
                return level;
            }
        }
        return null;
    }

    /** The year of a yearly indicator; null for other periods. */
    static Integer yearOf(Indicator i) {
        return Period.tryParse(i.period()).filter(p -> p.kind() == PeriodKind.YEAR).map(Period::year).orElse(null);
    }

    /** Yearly indicators by year; where a year has two, the last one (see {@link #clash}). */
    static NavigableMap<Integer, Indicator> byYear(List<Indicator> yearly) {
        NavigableMap<Integer, Indicator> byYear = new TreeMap<>();
        for (Indicator i : yearly) {
            byYear.put(yearOf(i), i);
        }
        return byYear;
    }

    /**
     * Why a series cannot be used when it has two figures for one year, or null when it has not. With
     * {@code basisIsStart} the basis is a start year (cumulative investment since a year) and differing start
     * years are the reason given.
     */
    static String clash(List<Indicator> yearly, NavigableMap<Integer, Indicator> byYear, String what,
                        boolean basisIsStart) {
        if (yearly.size() == byYear.size()) {
            return null;
        }
        Set<String> bases = new TreeSet<>();
        yearly.forEach(i -> bases.add(i.basis().isEmpty() ? "unstated" : i.basis()));
        if (basisIsStart && bases.size() > 1) {
            return "the " + what + " count from different start years (" + String.join(", ", bases) + ")";
        }
        Set<Integer> years = new TreeSet<>();
        Set<Integer> twice = new TreeSet<>();
        yearly.forEach(i -> {
            if (!years.add(yearOf(i))) {
                twice.add(yearOf(i));
            }
        });
        return "two " + what + " for " + twice.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * {@code derived} when any input is derived, {@code approx} when any is approximate or a bound, {@code break}
     * when the inputs span a change of territory.
     */
    static Set<Flag> flagsOf(Collection<Indicator> inputs) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Indicator i : inputs) {
            if (i.flags().contains(Flag.DERIVED)) {
                flags.add(Flag.DERIVED);
            }
            if (i.flags().contains(Flag.APPROX) || i.flags().contains(Flag.AT_LEAST)
                    || i.flags().contains(Flag.AT_MOST)) {
                flags.add(Flag.APPROX);
            }
            if (i.flags().contains(Flag.BREAK)) {
                flags.add(Flag.BREAK);
            }
        }
        return flags;
    }

    /** "1 yearly figure", "3 yearly figures". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
