package org.tradestat.report.workbook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.CommodityCode;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.ingest.Countries;
import org.tradestat.period.Period;
import org.tradestat.report.workbook.AnalysisFacts.SeriesStats;

/**
 * The Statistics sheet: first each series in plain words (trend, forecast, spread, outliers, with the caveat on
 * small samples), then every statistic as a figure, then the correlation of engagement and turnover. Where the data
 * are too few, the analysis's remark stands where the figure would, with "insufficient data" in the figure's cell.
 */
final class StatisticsSheet {

    /** Fewer yearly figures than this: the sentence says to read the trend as indicative. */
    static final int SMALL_SAMPLE = 10;
    static final double SIGNIFICANCE = 0.05;

    private static final Pattern RANGE_AT_END = Pattern.compile("^(.*?)\\s+(\\d{4}/\\d{4})$");

    private StatisticsSheet() {
    }

    /** A remark split into the series it is about (as the analysis names it), its range if given, and the rest. */
    record Remark(String series, String range, String text) {

        static Remark of(String message) {
            int cut = message.indexOf(": ");
            if (cut <= 0) {
                return new Remark("", "", message);
            }
            String head = message.substring(0, cut).trim();
            String rest = message.substring(cut + 2).trim();
            Matcher m = RANGE_AT_END.matcher(head);
            if (m.matches()) {
                return new Remark(m.group(1), m.group(2), rest);
            }
            return new Remark(head, "", rest);
        }

        String seriesName() {
            return series.isEmpty() ? "[x]" : Texts.words(series);
        }

        String rangeText() {
            return range.isEmpty() ? "" : Texts.range(range);
        }

        String sentence() {
            return Texts.capitalize(clause());
        }

        /** The remark after its series name, ending with a full stop, as the analysis wrote it. */
        String clause() {
            return text.endsWith(".") ? text : text + ".";
        }
    }

    static void write(SheetBuilder s, AnalysisFacts facts) {
        s.widths(30, 11, 64, 15, 18, 22, 14, 16);
        List<SeriesStats> stats = facts.statistics();
        List<Remark> statRemarks = facts.remarks("statistics").stream().map(Remark::of).toList();
        List<Remark> corrRemarks = facts.remarks("correlation").stream().map(Remark::of).toList();
        Map<SeriesStats, List<Remark>> matched = new LinkedHashMap<>();
        List<Remark> unmatched = new ArrayList<>();
        Map<String, SeriesStats> byLabel = new java.util.HashMap<>();
        for (SeriesStats st : stats) {
            byLabel.put(label(st.series()), st); // the last of equal labels owns the remark
        }
        for (Remark r : statRemarks) {
            SeriesStats owner = byLabel.get(r.series());
            if (owner != null) {
                matched.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
            } else {
                unmatched.add(r);
            }
        }
        boolean any = false;
        if (!stats.isEmpty() || !unmatched.isEmpty()) {
            inWords(s, facts, stats, matched, unmatched);
            s.skipRow();
            s.line("Every statistic as a figure", s.styles.heading);
            figures(s, facts, stats, unmatched);
            any = true;
        }
        if (!facts.correlations().isEmpty() || !corrRemarks.isEmpty()) {
            if (any) {
                s.skipRow();
                s.line("Engagement and turnover: correlation " + Notes.Def.CORRELATION.marker(), s.styles.heading);
            }
            correlation(s, facts, corrRemarks);
            any = true;
        }
        if (any) {
            s.freezeHeader();
            s.skipRow();
            s.paragraph("Small samples: with fewer than about " + SMALL_SAMPLE + " yearly figures, trends, prediction "
                    + "intervals and p-values rest on little evidence; read them as indicative " 
                    + Notes.Def.SMALL_SAMPLES.marker() + ".", s.styles.text);
        } else {
            s.paragraph("No statistics: no yearly series of trade, investment or company figures in the input for "
                    + "this run, and no engagement events to correlate with turnover "
                    + Notes.Def.SMALL_SAMPLES.marker()
                    + ".", s.styles.text);
        }
    }

    // ---------------------------------------------------------------------------------------------- In words

    private static void inWords(SheetBuilder s, AnalysisFacts facts, List<SeriesStats> stats,
                                Map<SeriesStats, List<Remark>> matched, List<Remark> unmatched) {
        SheetBuilder.Table t = s.table("tblStatisticsInWords", List.of("Series", "Years used",
                "What the figures say " + Notes.Def.TREND.marker()));
        for (SeriesStats st : stats) {
            Optional<String> noFinding = facts.whyNoFinding(st);
            StringBuilder text = new StringBuilder(noFinding.map(StatisticsSheet::insufficientSentence)
                    .orElseGet(() -> sentences(st, facts.yearsWithFigures(st.series(), st.range()))));
            for (Remark r : matched.getOrDefault(st, List.of())) {
                text.append(text.isEmpty() ? "" : " ").append(r.sentence());
            }
            if (text.isEmpty()) {
                text.append("No statistic of this series could be put in words.");
            }
            t.row().text(label(st.series()).isEmpty() ? "[x]" : Texts.words(label(st.series())))
                    .textOrX(Texts.range(st.range())).wrap(text.toString());
        }
        for (Remark r : unmatched) {
            t.row().text(r.seriesName()).textOrX(r.rangeText())
                    .wrap("Insufficient data: " + r.clause());
        }
        t.finish();
    }

    // ---------------------------------------------------------------------------------------------- Figures

    /** "Insufficient data: only 3 yearly figures (2020–2022); a trend, forecast and ... need at least 5 ... [note 32]." */
    static String insufficientSentence(String why) {
        return "Insufficient data: " + why + " " + Notes.Def.SMALL_SAMPLES.marker() + ".";
    }

    private static void figures(SheetBuilder s, AnalysisFacts facts, List<SeriesStats> stats, List<Remark> unmatched) {
        SheetBuilder.Table t = s.table("tblStatistics", List.of("Series", "Years used", "Statistic",
                "Value (see Unit)", "Unit", "Notes"));
        List<Integer> slopeRows = new ArrayList<>();
        for (SeriesStats st : stats) {
            String series = Texts.words(label(st.series()));
            Optional<String> noFinding = facts.whyNoFinding(st);
            if (noFinding.isPresent()) {
                // the analysis computed them, but from too little: no number stands where a finding would
                t.row().text(series).textOrX(Texts.range(st.range()))
                        .wrap("Trend, forecast, summary statistics and outlier check")
                        .insufficient().z().wrap(Texts.capitalize(noFinding.get()) + " "
                                + Notes.Def.SMALL_SAMPLES.marker() + ".");
                continue;
            }
            if (!st.figures().isEmpty()) {
                for (String name : AnalysisFacts.STATISTICS) {
                    Optional<Indicator> i = st.get(name);
                    SheetBuilder.RowWriter r = t.row().text(series).textOrX(Texts.range(st.range()))
                            .wrap(statisticName(name, i.map(Indicator::basis).orElse("")));
                    if (i.isPresent()) {
                        if ("trend_slope".equals(name)) {
                            slopeRows.add(r.poiRow().getRowNum());
                        }
                        r.number(i.get().value().doubleValue(), style(s.styles, i.get()))
                                .text(unitName(i.get())).note(flagText(i.get().flags()));
                    } else {
                        r.z().z().wrap("Not defined for this series " + Notes.Def.SHORTHAND.marker() + ".");
                    }
                }
            }
            for (Indicator z : st.outliers()) {
                String basis = Period.tryParse(z.basis()).map(Period::label).orElse(z.basis());
                String text = flagText(z.flags());
                if (z.flags().contains(Flag.OUTLIER)) {
                    text = "Outlier: |z| above 3.5." + (text.isEmpty() ? "" : " " + text);
                }
                t.row().text(series).textOrX(Texts.range(st.range()))
                        .wrap("Robust z-score of the year-on-year change in " + z.period()
                                + (basis.isEmpty() ? "" : " (on " + basis + ")") + " " + Notes.Def.OUTLIER.marker())
                        .number(z.value().doubleValue(), s.styles.signedRatio).text("z-score").note(text);
            }
        }
        for (Remark r : unmatched) {
            // too few yearly figures rule out both, and the sentence names both
            String what = !r.text().contains("outlier") ? "Trend, forecast and summary statistics"
                    : r.text().contains("trend") ? "Trend, forecast, summary statistics and outlier check"
                    : "Outlier check";
            t.row().text(r.seriesName()).textOrX(r.rangeText()).wrap(what + ": " + r.sentence())
                    .insufficient().z().wrap("Too few figures " + Notes.Def.SMALL_SAMPLES.marker() + ".");
        }
        t.finish();
        // Only the slopes rise or fall; a mean or a p-value has no direction.
        s.signColours(slopeRows.stream().map(row -> new org.apache.poi.ss.util.CellRangeAddress(row, row, 3, 3)).toList());
    }

    private static String statisticName(String name, String basis) {
        String year = basis.isEmpty() ? "the next year" : basis;
        return switch (name) {
            case "trend_slope" -> "Trend: average change a year (slope) " + Notes.Def.TREND.marker();
            case "trend_r2" -> "Trend: R\u00b2, share of the variation the trend explains "
                    + Notes.Def.R_SQUARED.marker();
            case "trend_p" -> "Trend: p-value of the slope " + Notes.Def.P_VALUE.marker();
            case "forecast" -> "Forecast for " + year + " " + Notes.Def.FORECAST.marker();
            case "forecast_lo95" -> "Forecast for " + year + ": lower end of the 95% prediction interval";
            case "forecast_hi95" -> "Forecast for " + year + ": upper end of the 95% prediction interval";
            case "mean" -> "Mean of the yearly figures " + Notes.Def.DESCRIPTIVE.marker();
            case "median" -> "Median of the yearly figures";
            case "stdev" -> "Standard deviation of the yearly figures";
            case "cv" -> "Coefficient of variation " + Notes.Def.CV.marker();
            default -> name;
        };
    }

    private static CellStyle style(Styles st, Indicator i) {
        return switch (i.unit()) {
            case USD -> st.moneyPlain;
            case USD_PER_YEAR -> st.moneySigned;
            case COUNT -> "trend_slope".equals(i.name()) ? st.countDecimalSigned : st.countDecimal;
            case PERCENT -> st.percent;
            default -> switch (i.name()) {
                case "trend_p" -> st.pValue;
                case "outlier_z" -> st.signedRatio;
                default -> st.plainRatio;
            };
        };
    }

    private static String unitName(Indicator i) {
        return switch (i.unit()) {
            case USD -> "US$ million";
            case USD_PER_YEAR -> "US$ million a year";
            case COUNT -> "trend_slope".equals(i.name()) ? "count a year" : "count";
            case PERCENT -> "percent";
            case YEARS -> "years";
            case RATIO -> switch (i.name()) {
                case "trend_p" -> "probability (0 to 1)";
                case "trend_r2" -> "ratio (0 to 1)";
                default -> "ratio";
            };
        };
    }

    static String flagText(java.util.Set<Flag> flags) {
        List<String> parts = new ArrayList<>();
        if (flags.contains(Flag.DERIVED)) {
            parts.add("Uses derived figures " + Notes.Def.DERIVED.marker() + ".");
        }
        if (flags.contains(Flag.APPROX) || flags.contains(Flag.AT_LEAST) || flags.contains(Flag.AT_MOST)) {
            parts.add("Uses approximate figures " + Notes.Def.APPROX.marker() + ".");
        }
        return String.join(" ", parts);
    }

    // ---------------------------------------------------------------------------------------------- Correlation

    private static void correlation(SheetBuilder s, AnalysisFacts facts, List<Remark> remarks) {
        SheetBuilder.Table t = s.table("tblCorrelation", List.of("Pair", "Years used", "What it says",
                "Years (n)", "Pearson r", "Pearson p-value", "Spearman rho", "Spearman p-value"));
        for (SeriesStats c : facts.correlations()) {
            Optional<Indicator> r = c.get("pearson_r");
            Optional<Indicator> rp = c.get("pearson_p");
            Optional<Indicator> rho = c.get("spearman_rho");
            Optional<Indicator> rhop = c.get("spearman_p");
            int n = correlationYears(c);
            SheetBuilder.RowWriter w = t.row().text(c.series().pairLabel()).textOrX(Texts.range(c.range()))
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
     * Pearson's and Spearman's p-values are both below {@link #SIGNIFICANCE} (README, "Reading the report").
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
                + ", years with more engagement events between " + c.series().reporter() + " and "
                + c.series().partner() + " " + relation + " (Pearson r = " + signed(rv)
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

    private static String signed(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : d.signum() < 0 ? "\u2212" : "") + d.abs().toPlainString();
    }

    // ---------------------------------------------------------------------------------------------- Sentences

    static String label(SeriesKey series) {
        return series.label();
    }

    /** What a series is, to open a sentence: "Trade turnover between KGZ and KOR", "KOR's exports to KAZ". */
    static String subject(SeriesKey s) {
        String a = s.reporter();
        String b = s.partner();
        String commodity = s.commodity().isEmpty() || SeriesKey.ALL_GOODS.equals(s.commodity()) ? ""
                : CommodityCode.label(s.commodity());
        if (s.dataset() == Dataset.TRADE && !commodity.isEmpty()) {
            // one commodity is not the pair's trade: name it as what it is
            String where = Countries.WORLD.equals(b) ? "the World" : b;
            return switch (s.measure()) {
                case "export" -> a + "'s exports of " + commodity + " to " + where;
                case "import" -> a + "'s imports of " + commodity + " from " + where;
                case "balance" -> a + "'s balance of trade in " + commodity + " with " + where;
                default -> a + "'s trade in " + commodity + " with " + where + " (exports plus imports)";
            };
        }
        return switch (s.dataset()) {
            case TRADE -> switch (s.measure()) {
                case "export" -> a + "'s exports to " + b + commodity;
                case "import" -> a + "'s imports from " + b + commodity;
                case "balance" -> a + "'s trade balance with " + b + commodity;
                default -> "Trade " + Texts.words(s.measure()) + " between " + a + " and " + b + commodity;
            };
            case INVESTMENT -> switch (s.measure()) {
                case "inflow" -> "Investment inflows from " + a + " to " + b;
                case "stock" -> "The stock of investment from " + a + " in " + b;
                case AnalysisFacts.CUMULATIVE -> "Cumulative investment from " + a + " in " + b;
                default -> "Investment from " + a + " in " + b + " (" + Texts.words(s.measure()) + ")";
            };
            case COMPANIES -> "The number of companies from " + a + " in " + b + " (" + Texts.words(s.measure()) + ")";
            case ENGAGEMENT -> "Engagement between " + a + " and " + b;
        };
    }

    /** An amount in the series' unit for a sentence, sign dropped. */
    static String amount(Indicator i) {
        BigDecimal v = i.value().abs();
        if (i.unit() == Unit.USD || i.unit() == Unit.USD_PER_YEAR) {
            return Texts.moneyWords(v);
        }
        return Texts.decimal(v, v.compareTo(BigDecimal.TEN) < 0 ? 1 : 0);
    }

    private static String signedAmount(Indicator i) {
        return (i.value().signum() < 0 ? "minus " : "") + amount(i);
    }

    /**
     * The statistics of a series in plain sentences, e.g. "Trade turnover between KGZ and KOR grew by about
     * US$ 40.0 million a year over 2015–2024; the trend explains 91% of the variation (statistically significant,
     * p = 0.001)." then the forecast, the spread, outliers and the caveat on small samples.
     */
    static String sentences(SeriesStats st, int n) {
        List<String> out = new ArrayList<>();
        Optional<Indicator> slope = st.get("trend_slope");
        if (slope.isPresent()) {
            out.add(trendSentence(st, slope.get()));
        }
        Optional<Indicator> forecast = st.get("forecast");
        Optional<Indicator> lo = st.get("forecast_lo95");
        Optional<Indicator> hi = st.get("forecast_hi95");
        if (forecast.isPresent()) {
            String year = forecast.get().basis().isEmpty() ? "the next year" : forecast.get().basis();
            String f = "If the trend held, the figure for " + year + " would be about " + signedAmount(forecast.get());
            if (lo.isPresent() && hi.isPresent()) {
                f += ", with a 95% prediction interval from " + signedAmount(lo.get()) + " to "
                        + signedAmount(hi.get());
            }
            out.add(f + ".");
        }
        Optional<Indicator> mean = st.get("mean");
        Optional<Indicator> median = st.get("median");
        Optional<Indicator> cv = st.get("cv");
        if (mean.isPresent()) {
            String m = "The yearly figures average " + signedAmount(mean.get())
                    + median.map(x -> " (median " + signedAmount(x) + ")").orElse("");
            if (cv.isPresent()) {
                m += " and typically differ from the average by about "
                        + Texts.percent(cv.get().value().multiply(BigDecimal.valueOf(100))) + " (coefficient of "
                        + "variation)";
            }
            out.add(m + ".");
        }
        List<String> outliers = new ArrayList<>();
        for (Indicator z : st.outliers()) {
            if (z.flags().contains(Flag.OUTLIER)) {
                outliers.add(z.period() + " (robust z = " + signed(z.value().doubleValue()) + ")");
            }
        }
        if (!outliers.isEmpty()) {
            out.add("The year-on-year change in " + Texts.joinAnd(outliers)
                    + (outliers.size() == 1 ? " stands" : " stand")
                    + " out as " + (outliers.size() == 1 ? "an outlier" : "outliers") + "; worth checking against the "
                    + "source.");
        } else if (!st.outliers().isEmpty()) {
            out.add("No year-on-year change stands out as an outlier.");
        }
        boolean approx = st.figures().values().stream().anyMatch(i -> i.flags().contains(Flag.APPROX));
        if (approx) {
            out.add("Some yearly figures are approximate, so these statistics are too.");
        }
        if (n > 0 && n < SMALL_SAMPLE && slope.isPresent()) {
            out.add("Based on only " + n + " yearly figures: read the trend and the forecast as indicative.");
        }
        return String.join(" ", out);
    }

    static String trendSentence(SeriesStats st, Indicator slope) {
        String subject = subject(st.series());
        String per = " a year";
        String over = " over " + Texts.range(st.range());
        String verb;
        int sign = slope.value().signum();
        boolean balance = "balance".equals(st.series().measure());
        if (sign == 0) {
            verb = " showed no trend" + over;
        } else {
            String up = balance ? " rose" : " grew";
            verb = (sign > 0 ? up : " fell") + " by about " + amount(slope) + per + over;
        }
        StringBuilder b = new StringBuilder(subject).append(verb);
        Optional<Indicator> r2 = st.get("trend_r2");
        Optional<Indicator> p = st.get("trend_p");
        if (r2.isPresent()) {
            BigDecimal pct = r2.get().value().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
            b.append("; the trend explains ").append(pct.toPlainString()).append("% of the variation");
        }
        if (p.isPresent()) {
            double pv = p.get().value().doubleValue();
            b.append(pv < SIGNIFICANCE ? " (statistically significant, " : " (not statistically significant, ")
                    .append(Texts.pValue(pv)).append(')');
        }
        return b.append('.').toString();
    }
}
