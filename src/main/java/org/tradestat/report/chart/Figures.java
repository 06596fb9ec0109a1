package org.tradestat.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.tradestat.figure.Flag;
import org.tradestat.report.model.Level;
import org.tradestat.util.Words;

/** How the charts write figures: US$ million with one decimal, with the source's qualifier as a symbol or in words. */
final class Figures {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Figures() {
    }

    static double millions(BigDecimal usd) {
        return usd.divide(MILLION).doubleValue();
    }

    /** {@code 1,234.5}: US$ million, one decimal, grouped. */
    static String millionsText(BigDecimal usd) {
        BigDecimal m = usd.divide(MILLION).setScale(1, RoundingMode.HALF_UP);
        return new DecimalFormat("#,##0.0", symbols()).format(m);
    }

    /** {@code US$ 4.3 billion} for a billion dollars or more, else empty: big sums as people say them. */
    static String billions(BigDecimal usd) {
        if (usd.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) < 0) {
            return "";
        }
        BigDecimal bn = usd.divide(BigDecimal.valueOf(1_000_000_000)).setScale(1, RoundingMode.HALF_UP);
        return "US$ " + new DecimalFormat("#,##0.0", symbols()).format(bn) + " billion";
    }

    /** English digits and grouping, with a true minus sign (U+2212) as typeset tables use. */
    static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        symbols.setMinusSign('\u2212');
        return symbols;
    }

    /** {@code (2022 H2, derived)}: the period and, when derived, that word. */
    static String periodNote(Level p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.period().label());
        if (p.derived()) {
            parts.add("derived");
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /**
     * The note explaining the marks on a chart: what "~", "≥" and "≤" mean (only those that occur, and only when value
     * labels are shown), and that the marked shapes are derived figures; empty when nothing needs explaining.
     *
     * @param points       the figures on the chart (nulls allowed)
     * @param labelled     whether value labels are drawn
     * @param example      how such a figure is derived, e.g. "a half-year as the year minus the other half"; may be
     *                     empty
     * @param derivedShape what a derived figure looks like, e.g. "hatched bars labelled (derived)"
     */
    static String marksNote(Collection<Level> points, boolean labelled, String example, String derivedShape) {
        boolean approx = false;
        boolean atLeast = false;
        boolean atMost = false;
        boolean derived = false;
        for (Level p : points) {
            if (p != null) {
                approx |= p.flags().contains(Flag.APPROX);
                atLeast |= p.flags().contains(Flag.AT_LEAST);
                atMost |= p.flags().contains(Flag.AT_MOST);
                derived |= p.derived();
            }
        }
        List<String> parts = new ArrayList<>();
        if (labelled) {
            if (approx) {
                parts.add("~ approximate (the source says \u201cabout\u201d)");
            }
            if (atLeast) {
                parts.add("\u2265 at least");
            }
            if (atMost) {
                parts.add("\u2264 at most");
            }
        } else if (approx || atLeast || atMost) {
            parts.add("some figures are approximate or bounds (value labels are left out, the bars being too narrow)");
        }
        if (derived) {
            parts.add(derivedShape + " are derived from other figures"
                    + (example.isEmpty() ? "" : " (e.g. " + example + ")"));
        }
        return parts.isEmpty() ? "" : "Notes: " + String.join("; ", parts) + ".";
    }

    /** {@code " 2 other pairs are not shown."} at the end of an alt text; nothing when none is left out. */
    static String othersNotShown(int n, String one, String many) {
        return n == 0 ? "" : " " + n + " other " + (n == 1 ? one + " is" : many + " are") + " not shown.";
    }

    /** {@code joint_venture} as {@code joint venture}. */
    static String words(String snakeCase) {
        return snakeCase.replace('_', ' ').trim();
    }

    /** {@code A, B and C}. */
    static String listing(List<String> items) {
        return Words.join(items, "and");
    }
}
