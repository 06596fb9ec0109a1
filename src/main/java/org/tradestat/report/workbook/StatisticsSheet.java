package org.tradestat.report.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.AnalysisFacts.SeriesStats;

/**
 * The Statistics sheet: each series in plain words (trend, forecast, spread, outliers, with the caveat on small
 * samples); and, each on a sheet of its own when there are any, every statistic as a figure (Statistics figures)
 * and the correlation of engagement and turnover (Correlation). Where the data are too few, the analysis's remark
 * stands where the figure would, with [x] in the figure's cell.
 */
final class StatisticsSheet {

    static final String NAME = "Statistics";
    static final String FIGURES = "Statistics figures";
    static final String CORRELATION = "Correlation";

    /** Fewer yearly figures than this: the sentence says to read the trend as indicative. */
    static final int SMALL_SAMPLE = 10;
    /** A p-value below this is called statistically significant (a correlation: both p-values). */
    static final double SIGNIFICANCE = 0.05;

    private static final Pattern RANGE_AT_END = Pattern.compile("^(.*?)\\s+(\\d{4}/\\d{4})$");

    private final AnalysisFacts facts;
    private final List<SeriesStats> stats;
    private final Map<SeriesStats, List<Remark>> matched = new LinkedHashMap<>();
    private final List<Remark> unmatched = new ArrayList<>();

    private StatisticsSheet(AnalysisFacts facts) {
        this.facts = facts;
        this.stats = facts.statistics();
        Map<String, SeriesStats> byLabel = new java.util.HashMap<>();
        for (SeriesStats st : stats) {
            byLabel.put(st.series().label(), st); // the last of equal labels owns the remark
        }
        for (String message : facts.remarks("statistics")) {
            Remark r = Remark.of(message);
            SeriesStats owner = byLabel.get(r.series());
            if (owner != null) {
                matched.computeIfAbsent(owner, k -> new ArrayList<>()).add(r);
            } else {
                unmatched.add(r);
            }
        }
    }

    /** The Statistics sheet, then the sheets of the statistics as figures and of the correlations, if any. */
    static List<WorkbookSheet> sheets(AnalysisFacts facts) {
        StatisticsSheet inWords = new StatisticsSheet(facts);
        List<WorkbookSheet> sheets = new ArrayList<>(List.of(WorkbookSheet.of(NAME, "Trends, forecasts with 95% "
                + "prediction intervals, averages, spread and outliers of the yearly series, in plain words.",
                inWords::write)));
        if (inWords.hasSeries()) {
            sheets.add(WorkbookSheet.of(FIGURES, "Every statistic of the yearly series as a figure: trends, forecasts "
                    + "with 95% prediction intervals, averages, spread and outliers.", s -> {
                        s.widths(30, 11, 64, 15, 18, 44);
                        figures(s, facts, inWords.stats, inWords.unmatched);
                        smallSamples(s);
                    }));
        }
        List<Remark> correlation = facts.remarks("correlation").stream().map(Remark::of).toList();
        if (!facts.correlations().isEmpty() || !correlation.isEmpty()) {
            sheets.add(WorkbookSheet.of(CORRELATION, "The correlation of each pair's engagement events with its "
                    + "trade turnover, year by year " + Notes.Def.CORRELATION.marker() + ".", s -> {
                        s.widths(30, 11, 64, 12, 14, 18, 14, 18);
                        CorrelationTable.write(s, facts, correlation);
                    }));
        }
        return sheets;
    }

    private boolean hasSeries() {
        return !stats.isEmpty() || !unmatched.isEmpty();
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

    private void write(SheetBuilder s) {
        s.widths(30, 11, 100);
        if (hasSeries()) {
            inWords(s, facts, stats, matched, unmatched);
            smallSamples(s);
        } else {
            s.paragraph("No statistics: no yearly series of trade, investment or company figures in the input for "
                    + "this run " + Notes.Def.SMALL_SAMPLES.marker() + ".", s.styles.text);
        }
    }

    private static void smallSamples(SheetBuilder s) {
        s.skipRow();
        s.paragraph("Small samples: with fewer than about " + SMALL_SAMPLE + " yearly figures, trends, prediction "
                + "intervals and p-values rest on little evidence; read them as indicative "
                + Notes.Def.SMALL_SAMPLES.marker() + ".", s.styles.text);
    }

    // ---------------------------------------------------------------------------------------------- In words

    private static void inWords(SheetBuilder s, AnalysisFacts facts, List<SeriesStats> stats,
                                Map<SeriesStats, List<Remark>> matched, List<Remark> unmatched) {
        Table t = s.table("tblStatisticsInWords", List.of("Series", "Years used",
                "What the figures say " + Notes.Def.TREND.marker()));
        s.freezeHeader();
        for (SeriesStats st : stats) {
            Optional<String> noFinding = StatisticsFindings.whyNoFinding(facts, st);
            StringBuilder text = new StringBuilder(noFinding.map(StatisticsSheet::insufficientSentence)
                    .orElseGet(() -> StatisticsSentences.sentences(st, facts.yearsWithFigures(st.series(), st.range()))));
            for (Remark r : matched.getOrDefault(st, List.of())) {
                text.append(text.isEmpty() ? "" : " ").append(r.sentence());
            }
            if (text.isEmpty()) {
                text.append("No statistic of this series could be put in words.");
            }
            t.row().text(st.series().label().isEmpty() ? "[x]" : Texts.words(st.series().label()))
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
        Table t = s.table("tblStatistics", List.of("Series", "Years used", "Statistic",
                "Value (see Unit)", "Unit", "Notes"));
        s.freezeHeader();
        List<Integer> slopeRows = new ArrayList<>();
        for (SeriesStats st : stats) {
            String series = Texts.words(st.series().label());
            Optional<String> noFinding = StatisticsFindings.whyNoFinding(facts, st);
            if (noFinding.isPresent()) {
                // the analysis computed them, but from too little: no number stands where a finding would
                t.row().text(series).textOrX(Texts.range(st.range()))
                        .wrap("Trend, forecast, summary statistics and outlier check")
                        .insufficient().indented("[z]").note(Texts.capitalize(noFinding.get()) + " "
                                + Notes.Def.SMALL_SAMPLES.marker() + ".");
                continue;
            }
            if (!st.figures().isEmpty()) {
                for (String name : AnalysisFacts.STATISTICS) {
                    Optional<Indicator> i = st.get(name);
                    RowWriter r = t.row().text(series).textOrX(Texts.range(st.range()))
                            .wrap(statisticName(name, i.map(Indicator::basis).orElse("")));
                    if (i.isPresent()) {
                        if ("trend_slope".equals(name)) {
                            slopeRows.add(r.poiRow().getRowNum());
                        }
                        r.number(i.get().value().doubleValue(), style(s.styles, i.get()))
                                .indented(unitName(i.get())).note(flagText(i.get().flags()));
                    } else {
                        r.z().indented("[z]").note("Not defined for this series " + Notes.Def.SHORTHAND.marker() + ".");
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
                    .insufficient().indented("[z]").note("Too few figures " + Notes.Def.SMALL_SAMPLES.marker() + ".");
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
}
