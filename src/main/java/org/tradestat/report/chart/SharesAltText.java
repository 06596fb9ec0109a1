package org.tradestat.report.chart;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tradestat.period.Period;
import org.tradestat.report.GroupNames;
import org.tradestat.report.chart.SharesChart.Panel;
import org.tradestat.report.model.Level;

/** The alt text of the shares chart: each panel's members, largest first, in its latest period. */
final class SharesAltText {

    private SharesAltText() {
    }

    static String of(List<Panel> panels, Map<Panel, List<Period>> periods,
                                  Map<Panel, Map<Period, Map<String, Level>>> byPanel, int panelsLeftOut) {
        StringBuilder alt = new StringBuilder("Stacked 100% bar chart of each member\u2019s share of trade turnover "
                + "within a group.");
        for (Panel panel : panels) {
            List<Period> shown = periods.get(panel);
            Period last = shown.get(shown.size() - 1);
            List<String> said = byPanel.get(panel).get(last).entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Level> e) -> e.getValue().value()).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> e.getKey() + " " + ValueFormat.PERCENT.spoken(e.getValue())
                            + (e.getValue().derived() ? " (derived)" : ""))
                    .toList();
            alt.append(' ').append(panel.reporter()).append(" with ").append(GroupNames.of(panel.group())).append(", ")
                    .append(shown.size() == 1 ? last.label() : shown.get(0).label() + " to " + last.label())
                    .append(shown.size() == 1 ? ": " : "; in " + last.label() + ": ")
                    .append(Figures.listing(said)).append('.');
        }
        return alt + Figures.othersNotShown(panelsLeftOut, "reporter or group", "reporters or groups");
    }
}
