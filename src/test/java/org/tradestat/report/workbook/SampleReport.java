package org.tradestat.report.workbook;

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
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.figure.SeriesKey;
import org.tradestat.figure.Unit;
import org.tradestat.report.ChartImage;
import org.tradestat.report.ReportData;

/** A hand-built report: the seed figures of KGZ–KOR, a KAZ–KOR pair with exports and imports, and quality findings. */
final class SampleReport {

    static final String FORMULA_LIKE_SOURCE = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    static final String KGZ_SOURCE = "001: Kabar interview with Ambassador Lee Wonjae (2023)";

    private SampleReport() {
    }

    static ReportData data() {
        return data(defaultRejects(), defaultConflicts(), defaultWarnings());
    }

    static ReportData data(List<ReportData.RejectLine> rejects, List<ReportData.ConflictLine> conflicts,
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
        ind.add(change("KAZ", "KOR", "balance", "2022", "yoy_pct", "-21.428571", Unit.PERCENT, "2021", none));
        ind.add(level("KAZ", "KOR", "export", "27", "2022", "500000000", EnumSet.of(Flag.AT_LEAST)));
        // Indicators the trade sheets ignore: another dataset and a statistic over a range.
        ind.add(new Indicator(new SeriesKey(Dataset.COMPANIES, "KOR", "KAZ", "operating", ""),
                "2024", "level", new BigDecimal("370"), Unit.COUNT, "", EnumSet.of(Flag.AT_LEAST)));
        ind.add(new Indicator(SeriesKey.trade("KAZ", "KOR", "turnover", "TOTAL"), "2021/2022", "mean",
                new BigDecimal("4400000000"), Unit.USD, "", none));

        Map<String, String> params = new LinkedHashMap<>();
        params.put("runDate", "2023-12-31");
        params.put("period", "2022-H2");
        params.put("inputDir", "input");
        ReportData.RunInfo run = new ReportData.RunInfo("tradestatJob", 7, LocalDate.of(2023, 12, 31), "2022-H2",
                params);
        List<ReportData.InputSummary> inputs = List.of(
                new ReportData.InputSummary("a-trade.csv", "trade", "ab12", "UTF-8", 36, 28, 1, 1, 7,
                        List.of("unknown column 'note' ignored")),
                new ReportData.InputSummary("b-trade.csv", "trade", "cd34", "ISO-8859-1", 10, 10, 0, 0, 0,
                        List.of()));
        List<ReportData.SourceRef> sources = List.of(
                new ReportData.SourceRef("trade", "000: NISI round table on the 25th anniversary of relations, "
                        + "28 Sep 2017", 1),
                new ReportData.SourceRef("trade", KGZ_SOURCE, 2),
                new ReportData.SourceRef("trade", FORMULA_LIKE_SOURCE, 4));
        return new ReportData(run, inputs, ind, rejects, conflicts, warnings, sources);
    }

    static List<ReportData.RejectLine> defaultRejects() {
        return List.of(
                new ReportData.RejectLine("a-trade.csv", 5, "unknown country code 'XYZ'",
                        "XYZ,KOR,2022,export,1000,,"),
                new ReportData.RejectLine("a-trade.csv", 9, "negative value", "=1+2,KOR,2022,export,-5,,"),
                new ReportData.RejectLine("a-trade.csv", 12, "wrong number of fields: 9, expected 7",
                        "@SUM(A1:A9) " + "x".repeat(40_000)));
    }

    static List<ReportData.ConflictLine> defaultConflicts() {
        return List.of(new ReportData.ConflictLine("trade", "KGZ,KOR,2022,turnover,TOTAL", "360000000",
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
