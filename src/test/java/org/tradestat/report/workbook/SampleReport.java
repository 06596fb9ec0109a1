package org.tradestat.report.workbook;

import org.tradestat.period.Period;
import org.tradestat.figure.Qualifier;
import org.tradestat.figure.PublishedFigure;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.tradestat.analysis.Indicator;
import org.tradestat.analysis.QualityWarning;
import org.tradestat.analysis.Remark;
import org.tradestat.figure.ConflictLine;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.InputSummary;
import org.tradestat.figure.RejectLine;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.SourceRef;
import org.tradestat.figure.Unit;
import org.tradestat.period.Period;
import org.tradestat.report.ChartImage;
import org.tradestat.report.RejectTally;
import org.tradestat.report.ReportData;
import org.tradestat.report.chart.Charts;
import org.tradestat.report.model.ReportModel;
import org.tradestat.report.model.AnalysisFacts;
import org.tradestat.report.model.TradeFacts;

/** A hand-built report: the seed figures of KGZ–KOR, a KAZ–KOR pair with exports and imports, and quality findings. */
final class SampleReport {

    static final String FORMULA_LIKE_SOURCE = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    static final String KGZ_SOURCE = "001: Kabar interview with Ambassador Lee Wonjae (2023)";
    /** The counts of no rejected lines. */
    static final ReportData.RejectCounts NO_REJECTS = RejectTally.of(List.of()).counts();

    private SampleReport() {
    }

    /** The headline findings of a report, built as the workbook's Summary builds them. */
    /** Writes the workbook of data as ReportWriter does, its model built once, with the charts already drawn. */
    static void writeWorkbook(WorkbookWriter writer, ReportData data, Charts charts, Path target) throws IOException {
        writer.write(data, ReportModel.of(data), () -> charts, target);
    }

    static List<String> findings(ReportData data) {
        return Findings.headline(TradeFacts.of(data.indicators()), AnalysisFacts.of(data),
                Period.tryParse(data.run().focusPeriod()).orElse(null));
    }

    static ReportData data() {
        return data(defaultRejects(), defaultConflicts(), defaultWarnings());
    }

    static ReportData data(List<RejectLine> rejects, List<ConflictLine> conflicts,
                           List<QualityWarning> warnings) {
        List<Indicator> ind = new ArrayList<>();
        Set<Flag> approx = EnumSet.of(Flag.APPROX);
        Set<Flag> derivedApprox = EnumSet.of(Flag.DERIVED, Flag.APPROX);
        Set<Flag> none = Set.of();
        // KGZ–KOR: the seed figures and the comparisons SPEC 9 checks.
        ind.add(level("KGZ", "KOR", "turnover", "TOTAL", "2017-H1", "57000000", approx));
        ind.add(level("KGZ", "KOR", "turnover", "TOTAL", "2022-H1", "63500000", approx));
        ind.add(level("KGZ", "KOR", "turnover", "TOTAL", "2022", "370000000", none));
        ind.add(level("KGZ", "KOR", "turnover", "TOTAL", "2022-H2", "306500000", derivedApprox));
        ind.add(change("KGZ", "KOR", "turnover", "2022-H1", "long_abs", "6500000", Unit.USD, "2017-H1", approx));
        ind.add(change("KGZ", "KOR", "turnover", "2022-H1", "long_pct", "11.403509", Unit.PERCENT, "2017-H1", approx));
        ind.add(change("KGZ", "KOR", "turnover", "2022-H1", "long_cagr_pct", "2.182600", Unit.PERCENT, "2017-H1",
                approx));
        ind.add(change("KGZ", "KOR", "turnover", "2022-H2", "seq_abs", "243000000", Unit.USD, "2022-H1",
                derivedApprox));
        ind.add(change("KGZ", "KOR", "turnover", "2022-H2", "seq_pct", "382.677165", Unit.PERCENT, "2022-H1",
                derivedApprox));
        // KAZ–KOR: yearly exports and imports, so balance and coverage appear.
        yearOf(ind, "2021", "600000000", "3400000000", "0.176471", "-0.700000");
        yearOf(ind, "2022", "700000000", "4100000000", "0.170732", "-0.708333");
        ind.add(change("KAZ", "KOR", "export", "2022", "yoy_abs", "100000000", Unit.USD, "2021", none));
        ind.add(change("KAZ", "KOR", "export", "2022", "yoy_pct", "16.666667", Unit.PERCENT, "2021", none));
        ind.add(change("KAZ", "KOR", "import", "2022", "yoy_abs", "700000000", Unit.USD, "2021", none));
        ind.add(change("KAZ", "KOR", "import", "2022", "yoy_pct", "20.588235", Unit.PERCENT, "2021", none));
        ind.add(change("KAZ", "KOR", "turnover", "2022", "yoy_abs", "800000000", Unit.USD, "2021", none));
        ind.add(change("KAZ", "KOR", "turnover", "2022", "yoy_pct", "20", Unit.PERCENT, "2021", none));
        ind.add(change("KAZ", "KOR", "balance", "2022", "yoy_abs", "-600000000", Unit.USD, "2021", none));
        ind.add(level("KAZ", "KOR", "export", "27", "2022", "500000000", EnumSet.of(Flag.AT_LEAST)));
        // The other datasets, which the trade sheets ignore.
        beyondTrade(ind);

        Map<String, String> params = new LinkedHashMap<>();
        params.put("runDate", "2023-12-31");
        params.put("period", "2022-H2");
        params.put("inputDir", "input");
        ReportData.RunInfo run = new ReportData.RunInfo("tradestatJob", 7, LocalDate.of(2023, 12, 31), "2022-H2",
                params);
        List<InputSummary> inputs = List.of(
                new InputSummary("a-trade.csv", "trade", "ab12", "UTF-8", 36, 28, 1, 1, 7,
                        List.of("unknown column 'note' ignored")),
                new InputSummary("b-trade.csv", "trade", "cd34", "ISO-8859-1", 10, 10, 0, 0, 0,
                        List.of()));
        List<SourceRef> sources = List.of(
                new SourceRef("trade", "000: NISI round table on the 25th anniversary of relations, "
                        + "28 Sep 2017", 1),
                new SourceRef("trade", KGZ_SOURCE, 2),
                new SourceRef("trade", FORMULA_LIKE_SOURCE, 4));
        List<SourceRef> all = new ArrayList<>(sources);
        all.add(new SourceRef("investment", INVESTMENT_SOURCE, 1));
        all.add(new SourceRef("engagement", "The Caspian Post, 3 Dec 2024", 2));
        return new ReportData(run, inputs, ind, rejects, conflicts, warnings, all, remarks(),
                RejectTally.of(rejects).counts(), List.of(PUBLISHED_SHARE));
    }

    /** A published share of the kind the shipped input holds: shown as published, never computed on. */
    static final PublishedFigure PUBLISHED_SHARE = new PublishedFigure(
            "Share of Korea's trade with Central Asia that is with Kazakhstan", Period.parse("2024"),
            new BigDecimal("60"), Unit.PERCENT, Qualifier.AT_LEAST, "KOR", "KAZ", "KazISS seminar, 11 Nov 2024");

    static final String INVESTMENT_SOURCE = "004: KazISS seminar, 11 Nov 2024 (exceeded USD 4.3 billion over 32 years)";
    /** The remarks as the analysis writes them: the series label and range as tables name them, then words. */
    static final String SHARES_REMARK =
            "No shares of South Korea's trade with Central Asia in 2022: no turnover figure for Turkmenistan.";
    static final String TURNOVER_REMARK = "KGZ\u2013KOR turnover: 1 yearly figure of trade turnover between "
            + "Kyrgyzstan and South Korea; trend, forecast, summary statistics and the outlier check need at least 5 "
            + "yearly figures, none of them a bound (\u2265 or \u2264).";
    static final String INFLOW_REMARK = "KOR\u2013KAZ investment inflow: 2 year-on-year changes of investment inflows "
            + "from South Korea to Kazakhstan; the outlier check needs at least 4.";
    static final String CORRELATION_REMARK = "KGZ\u2013KOR: 1 year with a turnover figure within the span of the "
            + "engagement events between Kyrgyzstan and South Korea (2017\u20132024); the correlation of engagement "
            + "and turnover needs at least 4.";

    static List<Remark> remarks() {
        return List.of(new Remark("shares", SHARES_REMARK),
                new Remark("statistics", TURNOVER_REMARK),
                new Remark("statistics", INFLOW_REMARK),
                new Remark("correlation", CORRELATION_REMARK));
    }

    /**
     * Investment, companies and engagement as the shipped input gives them (SPEC 9), plus made-up test figures for
     * what the shipped input cannot show: an inflow series long enough for statistics, shares within a group,
     * concentration, a mirror gap, the time between two events and a correlation.
     */
    private static void beyondTrade(List<Indicator> ind) {
        Set<Flag> atLeast = EnumSet.of(Flag.AT_LEAST);
        Set<Flag> none = Set.of();
        // SPEC 9: investment exceeded 4.3 billion since 1992; more than 370 and more than 200 companies.
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "cumulative", "2024", "level", "4300000000", Unit.USD,
                "1992", atLeast));
        ind.add(other(Dataset.COMPANIES, "KOR", "KAZ", "operating", "2024", "level", "370", Unit.COUNT, "", atLeast));
        ind.add(other(Dataset.COMPANIES, "KOR", "KGZ", "joint_venture", "2020", "level", "200", Unit.COUNT, "",
                atLeast));
        // Test figures: a yearly inflow series with its changes and statistics.
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2021", "level", "500000000", Unit.USD, "", none));
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2022", "level", "600000000", Unit.USD, "", none));
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2022", "yoy_abs", "100000000", Unit.USD, "2021",
                none));
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2022", "yoy_pct", "20", Unit.PERCENT, "2021",
                none));
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2023", "level", "450000000", Unit.USD, "", none));
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2023", "yoy_abs", "-150000000", Unit.USD, "2022",
                none));
        ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2023", "yoy_pct", "-25", Unit.PERCENT, "2022",
                none));
        String[][] stats = {
                {"trend_slope", "-25000000.00", "USD/year", ""}, {"trend_r2", "0.107142857", "ratio", ""},
                {"trend_p", "0.785", "ratio", ""}, {"forecast", "466666666.67", "USD", "2024"},
                {"forecast_lo95", "-1900912345.67", "USD", "2024"}, {"forecast_hi95", "2834245678.90", "USD", "2024"},
                {"mean", "516666666.67", "USD", ""}, {"median", "500000000.00", "USD", ""},
                {"stdev", "76376261.58", "USD", ""}, {"cv", "0.147825", "ratio", ""}};
        for (String[] st : stats) {
            Unit unit = switch (st[2]) {
                case "USD" -> Unit.USD;
                case "USD/year" -> Unit.USD_PER_YEAR;
                default -> Unit.RATIO;
            };
            ind.add(other(Dataset.INVESTMENT, "KOR", "KAZ", "inflow", "2021/2023", st[0], st[1], unit, st[3], none));
        }
        // SPEC 9 engagement of the shipped input, by year, category and level.
        events(ind, "KAZ", "2024", "all", 1, "forum", 1, "level:expert", 1);
        events(ind, "KGZ", "2017", "all", 1, "forum", 1, "level:expert", 1);
        events(ind, "KGZ", "2019", "agreement", 1, "all", 2, "level:ambassador", 1, "level:expert", 1, "visit", 1);
        events(ind, "KGZ", "2022", "all", 11, "business", 1, "cultural", 5, "level:minister", 5, "visit", 5);
        events(ind, "KGZ", "2024", "agreement", 10, "all", 11, "level:head_of_state", 11, "visit", 1);
        // Test figures: the time between two ministerial visits, and a correlation.
        ind.add(other(Dataset.ENGAGEMENT, "KGZ", "KOR", "visit:minister", "2022-06-01", "years_since_previous",
                "3.2142368", Unit.YEARS, "2019-03-15", none));
        for (String[] c : new String[][]{{"pearson_r", "0.72"}, {"pearson_p", "0.106"}, {"spearman_rho", "0.6"},
                {"spearman_p", "0.208"}}) {
            ind.add(other(Dataset.ENGAGEMENT, "KAZ", "KOR", "all", "2018/2023", c[0], c[1], Unit.RATIO, "n=6", none));
        }
        // Test figures: shares of KOR's trade with a full group, concentration and a mirror gap.
        String[][] shares = {{"KAZ", "62.5"}, {"KGZ", "4"}, {"TJK", "2"}, {"TKM", "1.5"}, {"UZB", "30"}};
        for (String[] sh : shares) {
            ind.add(new Indicator(SeriesKey.trade("KOR", sh[0], "turnover", "TOTAL"), "2023", "share_pct",
                    new BigDecimal(sh[1]), Unit.PERCENT, "CENTRAL_ASIA", sh[0].equals("KAZ") ? atLeast : none));
        }
        ind.add(new Indicator(SeriesKey.trade("KOR", "*", "turnover", "TOTAL"), "2023", "hhi",
                new BigDecimal("0.4853"), Unit.RATIO, "", none));
        ind.add(new Indicator(SeriesKey.trade("KOR", "*", "turnover", "TOTAL"), "2023", "hhi_normalized",
                new BigDecimal("0.356625"), Unit.RATIO, "", none));
        ind.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "turnover", "*"), "2022", "hhi",
                new BigDecimal("0.9"), Unit.RATIO, "", none));
        ind.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "turnover", "*"), "2022", "hhi_normalized",
                new BigDecimal("0.8"), Unit.RATIO, "", none));
        ind.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "export", "TOTAL"), "2022", "mirror_gap_pct",
                new BigDecimal("12.5"), Unit.PERCENT, "KOR", none));
    }

    private static void events(List<Indicator> ind, String a, String year, Object... measureCounts) {
        for (int i = 0; i < measureCounts.length; i += 2) {
            ind.add(other(Dataset.ENGAGEMENT, a, "KOR", (String) measureCounts[i], year, "level",
                    Integer.toString((Integer) measureCounts[i + 1]), Unit.COUNT, "", Set.of()));
        }
    }

    static Indicator other(Dataset dataset, String reporter, String partner, String measure, String period,
                           String name, String value, Unit unit, String basis, Set<Flag> flags) {
        return new Indicator(new SeriesKey(dataset, reporter, partner, measure, ""), period, name,
                new BigDecimal(value), unit, basis, flags);
    }

    static List<RejectLine> defaultRejects() {
        return List.of(
                new RejectLine("a-trade.csv", 5, "unknown country code 'XYZ'",
                        "XYZ,KOR,2022,export,1000,,"),
                new RejectLine("a-trade.csv", 9, "negative value", "=1+2,KOR,2022,export,-5,,"),
                new RejectLine("a-trade.csv", 12, "wrong number of fields: 9, expected 7",
                        "@SUM(A1:A9) " + "x".repeat(40_000)));
    }

    static List<ConflictLine> defaultConflicts() {
        return List.of(new ConflictLine("trade", "KGZ,KOR,2022,turnover,TOTAL", "360000000",
                "a-trade.csv", 3, "370000000", "b-trade.csv", 4));
    }

    static List<QualityWarning> defaultWarnings() {
        return List.of(new QualityWarning("jump", "KGZ\u2013KOR turnover: 63500000 in 2022-H1 then 306500000 in "
                + "2022-H2, a change by more than a factor of 10"));
    }

    private static void yearOf(List<Indicator> ind, String year, String export, String imp, String coverage,
                               String normalized) {
        BigDecimal e = new BigDecimal(export);
        BigDecimal i = new BigDecimal(imp);
        ind.add(level("KAZ", "KOR", "export", "TOTAL", year, export, Set.of()));
        ind.add(level("KAZ", "KOR", "import", "TOTAL", year, imp, Set.of()));
        ind.add(level("KAZ", "KOR", "turnover", "TOTAL", year, e.add(i).toPlainString(), Set.of()));
        ind.add(level("KAZ", "KOR", "balance", "TOTAL", year, e.subtract(i).toPlainString(), Set.of()));
        ind.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "coverage", "TOTAL"), year, "level",
                new BigDecimal(coverage), Unit.RATIO, "", Set.of()));
        ind.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "normalized_balance", "TOTAL"), year, "level",
                new BigDecimal(normalized), Unit.RATIO, "", Set.of()));
    }

    static Indicator level(String reporter, String partner, String measure, String commodity, String period,
                           String value, Set<Flag> flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, measure, commodity), period, "level",
                new BigDecimal(value), Unit.USD, "", flags);
    }

    static Indicator change(String reporter, String partner, String measure, String period, String name,
                            String value, Unit unit, String basis, Set<Flag> flags) {
        return new Indicator(SeriesKey.trade(reporter, partner, measure, "TOTAL"), period, name,
                new BigDecimal(value), unit, basis, flags);
    }

    /** A chart PNG drawn at twice its display size, as the chart writer does. */
    static ChartImage chart(Path dir, String name, String title, String alt, int width, int height)
            throws IOException {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width * 2, height * 2);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(width / 4, height / 2, width / 3, height);
        g.setColor(new Color(0xC0, 0x50, 0x4D));
        g.fillRect(width, height / 3, width / 3, height * 4 / 3);
        g.setColor(Color.BLACK);
        g.drawRect(0, 0, width * 2 - 1, height * 2 - 1);
        g.dispose();
        Path png = dir.resolve(name + ".png");
        ImageIO.write(image, "png", png.toFile());
        return new ChartImage(name, title, alt, png, dir.resolve(name + ".svg"), width, height);
    }
}
