package org.tradestat.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tradestat.period.Period;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.Pair;

/** The turnover chart in words, for the alt text: what is shown, over which periods, and the latest figures. */
final class TurnoverAltText {

    private TurnoverAltText() {
    }

    static String altText(List<Pair> pairs, Map<Pair, Map<Period, Level>> all, PeriodSpan span) {
        String by = "by " + PeriodSpan.noun(span.kind());
        String range = span.rangeText();
        List<String> latest = new ArrayList<>();
        int withFigure = 0;
        for (Pair pair : pairs) {
            Level last = null;
            for (Level p : all.get(pair).values()) {
                if (span.contains(p.period())) {
                    withFigure++;
                    last = p;
                }
            }
            if (last != null) {
                latest.add((pairs.size() > 1 ? pair.label() + " " : "")
                        + ValueFormat.MILLIONS.spoken(last) + " " + Figures.periodNote(last));
            }
        }
        StringBuilder alt = new StringBuilder();
        if (pairs.size() == 1) {
            alt.append("Bar chart of ").append(pairs.get(0).label()).append(" trade turnover ").append(by)
                    .append(", ").append(range).append(", in US$ million; latest ").append(latest.get(0)).append('.');
            if (withFigure < span.size()) {
                alt.append(" ").append(withFigure).append(" of the ").append(span.size()).append(' ')
                        .append(PeriodSpan.plural(span.kind())).append(withFigure == 1 ? " has" : " have")
                        .append(" a figure.");
            }
        } else {
            alt.append("Bar chart of trade turnover ").append(by).append(" for ")
                    .append(Figures.listing(pairs.stream().map(Pair::label).toList()))
                    .append(", ").append(range).append(", in US$ million; latest: ")
                    .append(Figures.listing(latest)).append('.');
        }
        return alt.toString();
    }
}
