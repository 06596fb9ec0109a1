package org.tradestat.report.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradestat.analysis.Indicator;
import org.tradestat.period.Period;

/**
 * Published figures that no input kind can hold, cited in the Notes for comparison (SPEC 9): a share stated in a
 * speech is not a trade value, so it is never computed nor mixed with computed figures. A reference figure is shown
 * only when the run has figures about the pair of countries it concerns, so a report on other countries does not
 * carry it.
 */
final class ReferenceFigures {

    /**
     * A published figure: what it is, its value as the source states it, the period, the source, and the pair of
     * countries whose figures make it relevant.
     */
    record Reference(String figure, String value, String period, String source, String countryA, String countryB) {

        String text() {
            return figure + ": " + value + " in " + period + ", as published by " + source + ". A published figure "
                    + "for reference, not computed from the input of this run" + " " + Notes.Def.REFERENCE.marker()
                    + ".";
        }
    }

    static final List<Reference> PUBLISHED = List.of(
            new Reference("Kazakhstan's (KAZ) share of the Republic of Korea's (KOR) trade with Central Asia",
                    "more than 60%", "2024",
                    "004: KazISS seminar with the Institute for Eurasian Policy Research (Korea), 11 Nov 2024",
                    "KAZ", "KOR"));

    private ReferenceFigures() {
    }

    /** The published figures about a pair of countries that some indicator of the run is about, as of a date. */
    static List<Reference> relevant(List<Indicator> indicators, LocalDate asOf) {
        Set<AnalysisFacts.Pair> pairs = new java.util.HashSet<>();
        for (Indicator i : indicators) {
            pairs.add(AnalysisFacts.pair(i.series().reporter(), i.series().partner()));
        }
        return relevant(pairs, asOf);
    }

    /**
     * The published figures about one of the given pairs of countries, of periods that ended by the as-of date: a
     * run as of 2023 cites no figure of 2024, as it uses none of the input's (README, "Parameters").
     */
    static List<Reference> relevant(Set<AnalysisFacts.Pair> pairs, LocalDate asOf) {
        List<Reference> out = new ArrayList<>();
        for (Reference r : PUBLISHED) {
            if (pairs.contains(AnalysisFacts.pair(r.countryA(), r.countryB()))
                    && Period.parse(r.period()).endedBy(asOf)) {
                out.add(r);
            }
        }
        return out;
    }
}
