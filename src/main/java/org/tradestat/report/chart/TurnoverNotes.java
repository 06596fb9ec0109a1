package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradestat.period.Period;
import org.tradestat.period.PeriodKind;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;

/** The notes under the turnover chart on what it does not show: figures left out, and bars too small to see. */
final class TurnoverNotes {

    private TurnoverNotes() {
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

    /** Figures of other period kinds, and pairs left out, named so that nobody looks for them on the chart. */
    static String notShownNote(Map<Pair, Map<Period, Level>> all, List<Pair> pairs, PeriodSpan span,
                                       int pairsLeftOut, List<Pair> offAxis) {
        Map<PeriodKind, List<String>> otherKinds = new LinkedHashMap<>();
        int earlier = 0;
        for (Pair pair : pairs) {
            for (Level p : all.get(pair).values()) {
                if (p.period().kind() != span.kind()) {
                    otherKinds.computeIfAbsent(p.period().kind(), k -> new ArrayList<>())
                            .add(pair.label() + " " + p.period().label() + ": " + Figures.marked(p)
                                    + (p.derived() ? " " + FlaggedBarRenderer.DERIVED_WORD : ""));
                } else if (!span.contains(p.period())) {
                    earlier++;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        otherKinds.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach(e -> {
            List<String> figures = e.getValue();
            String noun = PeriodSpan.adjective(e.getKey()).toLowerCase() + " figure" + (figures.size() == 1 ? "" : "s");
            parts.add(figures.size() <= 3
                    ? figures.size() + " " + noun + " (" + String.join("; ", figures) + ")"
                    : figures.size() + " " + noun);
        });
        if (earlier > 0) {
            parts.add(earlier + " earlier " + PeriodSpan.noun(span.kind()) + " figure" + (earlier == 1 ? "" : "s"));
        }
        if (pairsLeftOut > 0) {
            parts.add(pairsLeftOut + " smaller pair" + (pairsLeftOut == 1 ? "" : "s"));
        }
        if (!offAxis.isEmpty()) {
            parts.add(Figures.listing(offAxis.stream().limit(5).map(Pair::label).toList())
                    + (offAxis.size() > 5 ? " and " + (offAxis.size() - 5) + " more pairs" : "")
                    + " (no " + PeriodSpan.adjective(span.kind()).toLowerCase() + " figure in this range)");
        }
        return parts.isEmpty() ? "" : "Not shown: " + String.join(", ", parts) + ".";
    }
}
