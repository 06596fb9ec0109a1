package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;

/** The notes under a chart on what it does not show: figures left out, and bars too small to see. */
final class ChartNotes {

    private ChartNotes() {
    }

    /**
     * The pairs whose bars are too short to see next to the largest (all under 2% of the axis), with their latest
     * figure: "Too small to see on this scale: KOR–KGZ 731.2, KOR–UZB 3,097.2 (2024)."
     */
    static Optional<String> tooSmallToSee(List<Pair> pairs, Level[][] points, PeriodSpan span, double max) {
        List<String> small = new ArrayList<>();
        for (int row = 0; row < pairs.size(); row++) {
            double largest = 0;
            Level last = null;
            for (Level p : points[row]) {
                if (p != null) {
                    largest = Math.max(largest, Math.abs(Figures.millions(p.value())));
                    last = p;
                }
            }
            if (last != null && largest < 0.02 * max) {
                small.add(pairs.get(row).label() + " " + ValueFormat.MILLIONS.marked(last)
                        + (last.period().equals(span.last()) ? "" : " (" + last.period().label() + ")"));
            }
        }
        if (small.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Too small to see on this scale, latest figures: " + Figures.listing(small) + " ("
                + span.last().label() + " unless said).");
    }

    /** What a chart leaves out of the series it names: the smaller ones, and those with no figure in its range. */
    record LeftOut(int smaller, List<String> offAxis, String noun, String nouns, int named) {
    }

    /**
     * The series' figures of other period kinds and earlier periods, and the series left out, named so that nobody
     * looks for them on the chart: "Not shown: 1 half-yearly figure (KOR–KAZ 2024 H1: 63.5), 2 smaller pairs."
     */
    static String notShown(Map<String, Map<Period, Level>> figures, List<String> shown, PeriodSpan span,
                           ValueFormat format, LeftOut leftOut) {
        Map<PeriodKind, List<String>> otherKinds = new TreeMap<>();
        int earlier = 0;
        for (String label : shown) {
            for (Level p : figures.get(label).values()) {
                if (p.period().kind() != span.kind()) {
                    otherKinds.computeIfAbsent(p.period().kind(), k -> new ArrayList<>())
                            .add(label + " " + p.period().label() + ": " + format.marked(p)
                                    + (p.derived() ? " " + FlaggedBarRenderer.DERIVED_WORD : ""));
                } else if (!span.contains(p.period())) {
                    earlier++;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        otherKinds.forEach((kind, listed) -> {
            String noun = PeriodSpan.adjective(kind).toLowerCase() + " figure" + (listed.size() == 1 ? "" : "s");
            parts.add(listed.size() <= 3
                    ? listed.size() + " " + noun + " (" + String.join("; ", listed) + ")"
                    : listed.size() + " " + noun);
        });
        if (earlier > 0) {
            parts.add(earlier + " earlier " + PeriodSpan.noun(span.kind()) + " figure" + (earlier == 1 ? "" : "s"));
        }
        if (leftOut.smaller() > 0) {
            parts.add(leftOut.smaller() + " smaller " + (leftOut.smaller() == 1 ? leftOut.noun() : leftOut.nouns()));
        }
        List<String> offAxis = leftOut.offAxis();
        if (!offAxis.isEmpty()) {
            parts.add(Figures.listing(offAxis.stream().limit(leftOut.named()).toList())
                    + (offAxis.size() > leftOut.named()
                    ? " and " + (offAxis.size() - leftOut.named()) + " more " + leftOut.nouns() : "")
                    + " (no " + PeriodSpan.adjective(span.kind()).toLowerCase() + " figure in this range)");
        }
        return parts.isEmpty() ? "" : "Not shown: " + String.join(", ", parts) + ".";
    }
}
