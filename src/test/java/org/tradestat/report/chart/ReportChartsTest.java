package org.tradestat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Dataset;
import org.tradestat.figure.Flag;
import org.tradestat.report.ChartImage;
import org.tradestat.report.ReportData;
import org.tradestat.report.model.Level;
import org.tradestat.report.model.ReportModel;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@link TradeCharts#writeAll}: every chart of SPEC 7, in order, and a sentence for each one not drawn. */
class ReportChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    private final TradeCharts charts = new TradeCharts();

    private static List<Indicator> rich() {
        List<Indicator> all = new ArrayList<>(ReportChartData.yearlyWithForecast());
        all.addAll(ChartTestData.split());
        all.addAll(ReportChartData.centralAsiaShares());
        all.addAll(ReportChartData.investment());
        all.addAll(ReportChartData.engagement());
        all.addAll(ReportChartData.shipped().stream().filter(i -> i.series().dataset() == Dataset.COMPANIES).toList());
        return all;
    }

    @Test
    void shippedInputGivesTheSparseChartsAndSaysWhyTheOthersAreMissing() throws Exception {
        Charts result = charts.writeAll(ReportModel.of(ReportChartData.shipped()), dir.resolve("charts"));

        assertThat(result.drawn()).extracting(ChartImage::name)
                .containsExactly("turnover-over-time", "investment", "company-counts", "engagement-by-category");
        assertThat(result.notDrawn()).containsExactly(
                "Turnover forecast (95% interval): not drawn; a forecast needs at least 5 yearly turnover figures, "
                        + "none of them a bound (KGZ\u2013KOR has 1 yearly figure).",
                "Exports, imports and balance: no pair has both export and import figures for the same period in "
                        + "the input.",
                "Shares of trade turnover within a group: no shares were computed; a share needs a turnover figure "
                        + "for every member of a group (from the groups file) in the same period.");
        for (ChartImage chart : result.drawn()) {
            assertThat(chart.png()).isRegularFile().hasParent(dir.resolve("charts"));
            assertPngIsTwiceTheDisplaySize(chart);
            Document svg = parseSvg(chart.svg());
            assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent()).isEqualTo(chart.title());
            assertThat(svg.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent()).isEqualTo(chart.altText());
            assertThat(texts(chart.svg())).contains(chart.title());
        }
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(8).allMatch(n -> !n.endsWith(".tmp"));
        }
    }

    @Test
    void investmentChartShowsTheCumulativeLowerBoundWithItsStartYear() throws Exception {
        ChartImage chart = find(charts.writeAll(ReportModel.of(ReportChartData.shipped()), dir), "investment");

        assertThat(chart.title()).isEqualTo("Investment by investor and host");
        assertThat(chart.altText()).isEqualTo("Bar chart of investment by year, 2024, in US$ million; latest: "
                + "KOR\u2013KAZ cumulative since 1992 at least 4,300.0 (2024; US$ 4.3 billion).");
        String text = prose(chart.svg());
        assertThat(texts(chart.svg())).contains("\u22654,300.0", "KOR\u2013KAZ cumulative since 1992", "US$ million",
                "2024");
        assertThat(text).contains("1 figure in the input")
                .contains("the KOR\u2013KAZ bar at 2024 is everything invested from 1992 to the end of 2024")
                .contains("\u2265 at least");
    }

    @Test
    void investmentFlowsAreNotDrawnOnTheScaleOfAPositionBuiltOverYears() throws Exception {
        // inflows of 95 to 210 million a year, and a stock of 910 million: the stock is said, not drawn
        ChartImage chart = find(charts.writeAll(ReportModel.of(ReportChartData.investment()), dir), "investment");

        List<String> texts = texts(chart.svg());
        assertThat(texts).contains("KOR\u2013KAZ inflow", "210.0").doesNotContain("910.0", "KOR\u2013UZB stock");
        assertThat(prose(chart.svg())).contains("Not drawn, because a position built up over many years and the flows"
                + " of single years do not share a scale: KOR\u2013UZB stock, 910.0 at the end of 2024");
    }

    @Test
    void companyChartShowsBothCountsAsLowerBounds() throws Exception {
        ChartImage chart = find(charts.writeAll(ReportModel.of(ReportChartData.shipped()), dir), "company-counts");

        assertThat(chart.altText()).isEqualTo("Bar chart of company counts by year, 2020 to 2024; latest: "
                + "KOR\u2013KAZ operating at least 370 (2024) and KOR\u2013KGZ joint venture at least 200 (2020).");
        assertThat(texts(chart.svg())).contains("\u2265370", "\u2265200", "Number of companies",
                "KOR\u2013KAZ operating", "KOR\u2013KGZ joint venture", "2021");
    }

    @Test
    void engagementChartStacksCategoriesPerYearAndIgnoresTotalsAndLevels() throws Exception {
        List<Indicator> input = new ArrayList<>(ReportChartData.shipped());
        input.addAll(ReportChartData.parse("""
                engagement,KGZ,KOR,visit:head_of_state,,2024-12-03,years_since_previous,11.088296,years,2013-11-01,
                """));
        ChartImage chart = find(charts.writeAll(ReportModel.of(input), dir), "engagement-by-category");

        assertThat(chart.altText()).isEqualTo("Stacked bar chart of engagement events per year by category, 2017 to "
                + "2024. KAZ\u2013KOR: 2024 1 (1 forum). KGZ\u2013KOR: 2017 1 (1 forum); 2019 2 (1 visit, 1 agreement);"
                + " 2022 11 (5 visits, 5 cultural events, 1 business event); 2024 11 (1 visit, 10 agreements).");
        List<String> texts = texts(chart.svg());
        assertThat(texts).contains("KAZ\u2013KOR", "KGZ\u2013KOR", "Visits", "Agreements signed", "Forums",
                        "Cultural events", "Business events", "5 visits", "5 cultural", "11", "Number of events")
                .doesNotContain("22", "All", "Expert", "Other events");
        assertThat(chart.heightPx()).isGreaterThan(500);
        assertPngIsTwiceTheDisplaySize(chart);
    }

    @Test
    void everyChartIsWrittenInSpecOrderWhenTheDataIsThere() throws Exception {
        Charts result = charts.writeAll(ReportModel.of(rich()), dir);

        assertThat(result.drawn()).extracting(ChartImage::name).containsExactly("turnover-over-time",
                "exports-imports-balance", "shares-within-group", "investment", "company-counts",
                "engagement-by-category");
        assertThat(result.notDrawn()).isEmpty();
        for (ChartImage chart : result.drawn()) {
            assertPngIsTwiceTheDisplaySize(chart);
            assertThat(texts(chart.svg())).contains(chart.title());
        }
    }

    @Test
    void sharesChartWritesEachMembersShare() throws Exception {
        ChartImage chart = find(charts.writeAll(ReportModel.of(ReportChartData.centralAsiaShares()), dir),
                "shares-within-group");

        assertThat(chart.altText()).isEqualTo("Stacked 100% bar chart of each member\u2019s share of trade turnover "
                + "within a group. KOR with Central Asia, 2022 to 2024; in 2024: KAZ 62.7%, UZB 28.6%, "
                + "KGZ 5.9% (derived), TKM about 1.8% and TJK 1.0%.");
        List<String> texts = texts(chart.svg());
        assertThat(texts).contains("KOR\u2019s trade with Central Asia", "KAZ 62.7%", "UZB 33.0%", "2022", "2024",
                "100%", "Derived share (hatched)");
        assertThat(String.join(" ", texts).replaceAll("\\s+", " ")).contains("Too narrow to label:")
                .contains("TJK 0.9% to 1.1%");
        assertPngIsTwiceTheDisplaySize(chart);
    }

    @Test
    void forecastIsDrawnOnAYearlyTurnoverChart() throws Exception {
        List<Indicator> input = ReportChartData.onePairWithForecast();
        Charts result = charts.writeAll(ReportModel.of(input), dir);

        assertThat(result.drawn()).extracting(ChartImage::name).startsWith("turnover-over-time")
                .doesNotContain("turnover-yearly-forecast");
        assertThat(result.notDrawn()).noneMatch(s -> s.startsWith("Turnover forecast"));
        ChartImage chart = result.drawn().get(0);
        String f = millions(input, "forecast");
        // 280, 310, 295, 352, 370 million: ȳ 321.4, Sxy 222, Sxx 10, slope 22.2: 2023 at 321.4 + 3 · 22.2
        assertThat(f).isEqualTo("388.0");
        String lo = millions(input, "forecast_lo95");
        String hi = millions(input, "forecast_hi95");
        assertThat(chart.altText()).endsWith("Forecast from the linear trend, in US$ million: " + f + " for 2023 "
                + "(95% prediction interval " + lo + " to " + hi + ", trend over 2018\u20132022).");
        List<String> texts = texts(chart.svg());
        assertThat(texts).contains("Forecast (95% interval)", "Linear trend (dashed)", "Forecast ~" + f,
                "95% interval: " + lo + " to " + hi, "(forecast)", "2022");
        assertThat(String.join(" ", texts).replaceAll("\\s+", " ")).contains("with the forecast for 2023 from the linear trend");
    }

    @Test
    void aHalfYearlyTurnoverChartGetsASeparateYearlyForecastChart() throws Exception {
        List<Indicator> input = ReportChartData.halvesWithYearlyForecast();
        Charts result = charts.writeAll(ReportModel.of(input), dir);

        assertThat(result.drawn()).extracting(ChartImage::name)
                .startsWith("turnover-over-time", "turnover-yearly-forecast");
        assertThat(texts(result.drawn().get(0).svg())).noneMatch(t -> t.contains("Forecast"));
        ChartImage forecast = result.drawn().get(1);
        // the years 235, 260, 310, 370, 380 million: ȳ 311, slope 40, 2024 at 311 + 3 · 40
        assertThat(millions(input, "forecast")).isEqualTo("431.0");
        assertThat(forecast.title()).isEqualTo("Yearly trade turnover and next-year forecast");
        assertPngIsTwiceTheDisplaySize(forecast);
        assertThat(forecast.altText()).startsWith("Bar chart of KGZ\u2013KOR trade turnover by year, 2019 to 2023,")
                .contains(millions(input, "forecast") + " for 2024 (95% prediction interval "
                        + millions(input, "forecast_lo95") + " to " + millions(input, "forecast_hi95"));
        assertThat(texts(forecast.svg())).contains("Forecast (95% interval)", "2024", "(forecast)")
                .noneMatch(t -> t.contains("H1"));
    }

    @Test
    void severalForecastsAreListedInTheNoteAndAnIntervalBelowZeroIsCut() throws Exception {
        List<Indicator> input = new ArrayList<>(ReportChartData.yearlyWithForecast());
        // 40, 5, 60, 8, 45 million: forecast 35.5 million, 95% interval about −92.3 to 163.3 million
        List<Indicator> volatile5 = new ArrayList<>();
        double[] v = {40, 5, 60, 8, 45};
        for (int i = 0; i < v.length; i++) {
            volatile5.add(ReportChartData.level(Dataset.TRADE, "KOR", "TJK", "turnover", Integer.toString(2020 + i),
                    v[i] * 1e6, ""));
        }
        input.addAll(org.tradestat.analysis.SeriesStatistics.analyse(volatile5).applyTo(volatile5));
        assertThat(new BigDecimal(millions(input, "forecast_lo95", "TJK").replace(",", "").replace("\u2212", "-")))
                .isNegative();

        ChartImage chart = charts.writeAll(ReportModel.of(input), dir).drawn().get(0);

        String text = prose(chart.svg());
        assertThat(text).contains("KOR\u2013KAZ 2025: " + millions(input, "forecast", "KAZ"))
                .contains("The interval of KOR\u2013TJK reaches below zero and is cut at the axis.");
        assertThat(chart.altText()).contains("KOR\u2013UZB " + millions(input, "forecast", "UZB") + " for 2025");
    }

    @Test
    void noForecastSaysHowManyYearlyFiguresEachPairHasAndHowManyAreBounds() throws Exception {
        // KOR–KAZ: six yearly figures, the one of 2020 only a lower bound; KGZ–KOR four: neither gets a forecast
        List<Indicator> input = new ArrayList<>();
        for (int year = 2018; year <= 2023; year++) {
            input.add(ReportChartData.level(Dataset.TRADE, "KOR", "KAZ", "turnover", Integer.toString(year),
                    (100 + 10 * (year - 2018)) * 1e6, "", year == 2020 ? new Flag[] {Flag.AT_LEAST} : new Flag[0]));
        }
        for (int year = 2020; year <= 2023; year++) {
            input.add(ReportChartData.level(Dataset.TRADE, "KGZ", "KOR", "turnover", Integer.toString(year),
                    (50 + 5 * (year - 2020)) * 1e6, ""));
        }
        List<Indicator> analysed = org.tradestat.analysis.SeriesStatistics.analyse(input).applyTo(input);

        Charts result = charts.writeAll(ReportModel.of(analysed), dir);

        assertThat(analysed).noneMatch(i -> i.name().startsWith("forecast"));
        assertThat(result.notDrawn()).contains("Turnover forecast (95% interval): not drawn; a forecast needs at "
                + "least 5 yearly turnover figures, none of them a bound (KGZ\u2013KOR has 4 yearly figures and "
                + "KOR\u2013KAZ has 6 yearly figures of which 1 is a bound).");
    }

    @Test
    void withoutDataNothingIsDrawnAndEveryChartSaysWhy() throws Exception {
        Charts result = charts.writeAll(ReportModel.of(List.of()), dir.resolve("charts"));

        assertThat(result.drawn()).isEmpty();
        assertThat(result.notDrawn()).containsExactly(
                "Trade turnover over time, by pair: no all-goods trade turnover figures in the input.",
                "Exports, imports and balance: no pair has both export and import figures for the same period in "
                        + "the input.",
                "Shares of trade turnover within a group: no shares were computed; a share needs a turnover figure "
                        + "for every member of a group (from the groups file) in the same period.",
                "Investment by investor and host: no investment figures in the input.",
                "Company counts by origin and host: no company figures in the input.",
                "Engagement events per year, by category: the input holds no engagement events.");
        assertThat(dir.resolve("charts")).doesNotExist();
    }

    @Test
    void figuresOfPeriodsNotYetEndedAreNotDrawnAndTheSentenceSaysWhy() throws Exception {
        List<org.tradestat.figure.InputSummary> inputs = Stream.of("investment", "companies", "events")
                .map(kind -> new org.tradestat.figure.InputSummary(kind + ".csv", kind, "", "UTF-8", 1, 1, 0, 0, 0,
                        List.of()))
                .toList();
        ReportData data = new ReportData(new ReportData.RunInfo("tradestat", 1, java.time.LocalDate.of(2024, 12, 31),
                "", java.util.Map.of()), inputs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new ReportData.RejectCounts(0, List.of(), 0), List.of());
        Charts result = charts.writeAll(ReportModel.of(data), dir.resolve("charts"));

        assertThat(result.notDrawn()).contains(
                "Investment by investor and host: no investment figures for a period that had ended by the run date.",
                "Company counts by origin and host: no company figures for a period that had ended by the run date.",
                "Engagement events per year, by category: no engagement events in a year that had ended by the run "
                        + "date.");
        assertThat(result.notDrawn()).noneMatch(s -> s.contains("no investment figures in the input")
                || s.contains("no company figures in the input") || s.contains("holds no"));
    }

    @Test
    void sameInputGivesTheSameSvgAndAltText() throws Exception {
        List<Indicator> input = rich();
        input.addAll(ReportChartData.shipped());
        Charts first = charts.writeAll(ReportModel.of(input), dir.resolve("a"));
        Charts second = new TradeCharts().writeAll(ReportModel.of(input), dir.resolve("b"));

        assertThat(first.drawn()).hasSize(6);
        for (int i = 0; i < first.drawn().size(); i++) {
            assertThat(Files.readString(second.drawn().get(i).svg(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(first.drawn().get(i).svg(), StandardCharsets.UTF_8));
            assertThat(second.drawn().get(i).altText()).isEqualTo(first.drawn().get(i).altText());
        }
        assertThat(second.notDrawn()).isEqualTo(first.notDrawn());
    }

    @Test
    void valuesAreWrittenInTheirUnitWithTheirQualifier() {
        Level count = new Level(org.tradestat.period.Period.parse("2024"), new BigDecimal("1370"),
                java.util.Set.of(Flag.AT_LEAST));
        Level share = new Level(org.tradestat.period.Period.parse("2024"), new BigDecimal("61.25"),
                java.util.Set.of(Flag.APPROX));

        assertThat(ValueFormat.COUNT.marked(count)).isEqualTo("\u22651,370");
        assertThat(ValueFormat.COUNT.spoken(count)).isEqualTo("at least 1,370");
        assertThat(ValueFormat.PERCENT.marked(share)).isEqualTo("~61.3%");
        assertThat(ValueFormat.PERCENT.spoken(share)).isEqualTo("about 61.3%");
        assertThat(Figures.billions(new BigDecimal("4300000000"))).isEqualTo("US$ 4.3 billion");
        assertThat(Figures.billions(new BigDecimal("999000000"))).isEmpty();
    }

    @Test
    void thePaletteStaysDistinctInGreyscale() {
        List<Double> levels = ChartStyle.PALETTE.stream().map(ChartStyle::lightness).sorted().toList();
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i) - levels.get(i - 1)).isGreaterThanOrEqualTo(0.09);
        }
        for (int i = 1; i < ChartStyle.PALETTE.size(); i++) {
            assertThat(Math.abs(ChartStyle.lightness(ChartStyle.PALETTE.get(i))
                    - ChartStyle.lightness(ChartStyle.PALETTE.get(i - 1)))).isGreaterThanOrEqualTo(0.18);
        }
    }

    /** The indicator's value in US$ million as the charts write it; the only series, or the one with this partner. */
    private static String millions(List<Indicator> input, String name, String... partner) {
        Indicator i = input.stream().filter(x -> x.name().equals(name))
                .filter(x -> partner.length == 0 || x.series().partner().equals(partner[0]))
                .findFirst().orElseThrow();
        return Figures.millionsText(i.value());
    }

    private static ChartImage find(Charts charts, String name) {
        return charts.drawn().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertPngIsTwiceTheDisplaySize(ChartImage chart) throws IOException {
        try (InputStream in = Files.newInputStream(chart.png())) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(2 * chart.widthPx());
            assertThat(image.getHeight()).isEqualTo(2 * chart.heightPx());
        }
    }

    /** All text of the SVG as one line, wrapped lines joined with single spaces. */
    private static String prose(Path svg) throws Exception {
        return String.join(" ", texts(svg)).replaceAll("\\s+", " ");
    }

    private static List<String> texts(Path svg) throws Exception {
        NodeList nodes = parseSvg(svg).getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static Document parseSvg(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(svg.toFile());
    }
}
