package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import org.tradestat.report.model.Level;

/**
 * How a chart writes its figures: money in US$ million with one decimal, counts as whole numbers, shares in percent
 * with one decimal; each with the source's qualifier as a symbol ({@code ≥370}) or in words ({@code at least 370}).
 */
enum ValueFormat {

    /** {@code 4,300.0}: the value is in US dollars, shown and plotted in millions. */
    MILLIONS,
    /** {@code 1,370}: a count. */
    COUNT,
    /** {@code 61.2%}: the value is in percent. */
    PERCENT;

    /** The number the chart plots: millions for money, the value itself otherwise. */
    double plotted(BigDecimal value) {
        return this == MILLIONS ? Figures.millions(value) : value.doubleValue();
    }

    /** The number as text, without a qualifier. */
    String text(BigDecimal value) {
        return switch (this) {
            case MILLIONS -> Figures.millionsText(value);
            case COUNT -> new DecimalFormat("#,##0", Figures.symbols()).format(value.setScale(0, RoundingMode.HALF_UP));
            case PERCENT -> new DecimalFormat("0.0", Figures.symbols()).format(value.setScale(1, RoundingMode.HALF_UP))
                    + "%";
        };
    }

    /** The value as a chart label shows it: {@code ~306.5}, {@code ≥370}, {@code 61.2%}. */
    String marked(Level p) {
        return p.qualifier().symbol() + text(p.value());
    }

    /** The value as a sentence says it: {@code about 306.5}, {@code at least 370}. */
    String spoken(Level p) {
        String words = switch (p.qualifier()) {
            case EXACT -> "";
            case APPROX -> "about ";
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
        };
        return words + text(p.value());
    }
}
