package org.tradestat.report.workbook;

import static org.tradestat.report.workbook.StatisticsSentences.signed;
import static org.tradestat.report.workbook.StatisticsSheet.SIGNIFICANCE;
import static org.tradestat.report.workbook.StatisticsSheet.SMALL_SAMPLE;

import java.util.List;
import java.util.Optional;
import org.tradestat.analysis.Indicator;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.SeriesStats;
import org.tradestat.report.workbook.StatisticsSheet.Remark;

/**
 * The correlation of engagement and turnover, on the Correlation sheet: Pearson's and Spearman's coefficients
 * of each pair with their p-values and a sentence saying what they mean, which the headline findings use too.
 */
final class CorrelationTable {

    private CorrelationTable() {
    }

    /** The table, one row per pair; a remark of the analysis stands where a pair has too few years. */
    static void write(SheetBuilder s, AnalysisFacts facts, List<Remark> remarks) {
        Table t = s.table("tblCorrelation", List.of("Pair", "Years used", "What it says",
                "Years (n)", "Pearson r", "Pearson p-value", "Spearman rho", "Spearman p-value"));
        s.freezeHeader();
        for (SeriesStats c : facts.correlations()) {
            Optional<Indicator> r = c.get("pearson_r");
            Optional<Indicator> rp = c.get("pearson_p");
            Optional<Indicator> rho = c.get("spearman_rho");
            Optional<Indicator> rhop = c.get("spearman_p");
            int n = correlationYears(c);
            RowWriter w = t.row().text(c.series().pairLabel()).textOrX(Texts.range(c.range()))
                    .wrap(correlationSentence(c));
            if (n > 0) {
                w.count(n);
            } else {
                w.x();
            }
            w.numberOrX(AnalysisFacts.value(r), s.styles.signedRatio)
                    .numberOrX(AnalysisFacts.value(rp), s.styles.pValue)
                    .numberOrX(AnalysisFacts.value(rho), s.styles.signedRatio)
                    .numberOrX(AnalysisFacts.value(rhop), s.styles.pValue);
        }
        for (Remark r : remarks) {
            t.row().text(r.seriesName()).textOrX(r.rangeText()).wrap("Insufficient data: " + r.clause() + " "
                            + Notes.Def.SMALL_SAMPLES.marker())
                    .x().insufficient().insufficient().insufficient().insufficient();
        }
        t.finish();
        s.signColours(t.column(4));
        s.signColours(t.column(6));
    }

    /** n of a basis "n=6"; 0 when not given. */
    static int years(String basis) {
        if (basis != null && basis.startsWith("n=")) {
            try {
                return Integer.parseInt(basis.substring(2).trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The correlation of a pair's engagement and turnover in words, for the Statistics sheet and the headline findings
     * alike: direction, both coefficients, n, and whether it is statistically significant, which it is called only when
     * Pearson's and Spearman's p-values are both below {@link StatisticsSheet#SIGNIFICANCE} (README, "Reading the
     * report").
     */
    static String correlationSentence(SeriesStats c) {
        Optional<Indicator> r = c.get("pearson_r");
        Optional<Indicator> rho = c.get("spearman_rho");
        if (r.isEmpty()) {
            return "Not computed.";
        }
        int n = correlationYears(c);
        double rv = r.get().value().doubleValue();
        String relation = Math.abs(rv) < 0.1 ? "showed no clear relation with turnover"
                : rv > 0 ? "tended to have higher turnover" : "tended to have lower turnover";
        StringBuilder text = new StringBuilder("Over " + Texts.range(c.range()) + (n > 0 ? " (n = " + n + " years)" : "")
                + ", years with more engagement events between " + Texts.place(c.series().reporter()) + " and "
                + Texts.place(c.series().partner()) + " " + relation + " (Pearson r = " + signed(rv)
                + rho.map(x -> ", Spearman rho = " + signed(x.value().doubleValue())).orElse("") + ").");
        text.append(' ').append(significance(c.get("pearson_p"), c.get("spearman_p")));
        if (n > 0 && n < SMALL_SAMPLE) {
            text.append(" Only ").append(n).append(" years: read it as indicative.");
        }
        text.append(" Correlation does not show that one causes the other.");
        return text.toString();
    }

    /** The years a correlation rests on, from the basis {@code n=6} of its coefficients; 0 when not given. */
    static int correlationYears(SeriesStats c) {
        return c.get("pearson_r").or(() -> c.get("spearman_rho")).map(i -> years(i.basis())).orElse(0);
    }

    private static String significance(Optional<Indicator> pearsonP, Optional<Indicator> spearmanP) {
        if (pearsonP.isEmpty() || spearmanP.isEmpty()) {
            String missing = pearsonP.isEmpty() ? "Pearson's" : "Spearman's";
            String given = pearsonP.map(p -> " (Pearson's " + Texts.pValue(p.value().doubleValue()) + ")")
                    .or(() -> spearmanP.map(p -> " (Spearman's " + Texts.pValue(p.value().doubleValue()) + ")"))
                    .orElse("");
            return "Without " + missing + " p-value it is not called statistically significant" + given + ".";
        }
        double pearson = pearsonP.get().value().doubleValue();
        double spearman = spearmanP.get().value().doubleValue();
        String both = "Pearson's " + Texts.pValue(pearson) + ", Spearman's " + Texts.pValue(spearman);
        if (pearson < SIGNIFICANCE && spearman < SIGNIFICANCE) {
            return "The relation is statistically significant: both tests agree (" + both + ").";
        }
        if (pearson < SIGNIFICANCE || spearman < SIGNIFICANCE) {
            return "It is not called statistically significant: only one of the two tests is below " + SIGNIFICANCE
                    + " (" + both + "), and a relation is called significant only when both are.";
        }
        return "It is not statistically significant (" + both + "): it may be chance.";
    }
}
