package org.tradestat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradestat.report.chart.ChartTestData.level;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradestat.analysis.Indicator;
import org.tradestat.figure.Flag;
import org.tradestat.report.ChartImage;
import org.tradestat.report.model.ReportModel;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TradeChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    private final TradeCharts charts = new TradeCharts();

    private static final Set<String> TRADE_CHARTS = Set.of("turnover-over-time", "turnover-yearly-forecast",
            "exports-imports-balance");

    /** The trade charts drawn by the production path, {@link TradeCharts#writeAll}, in order. */
    private List<ChartImage> drawn(ReportModel model, Path into) throws IOException {
        return charts.writeAll(model, into).drawn().stream().filter(c -> TRADE_CHARTS.contains(c.name())).toList();
    }

    private static ChartImage named(List<ChartImage> charts, String name) {
        return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void seedFiguresGiveTheTurnoverChartOnly() throws Exception {
        List<ChartImage> written = drawn(ReportModel.of(ChartTestData.seedTurnover()),
                dir.resolve("charts"));

        assertThat(written).extracting(ChartImage::name).containsExactly("turnover-over-time");
        ChartImage chart = written.get(0);
        assertThat(chart.title()).isEqualTo("Trade turnover over time, by pair");
        assertThat(chart.png()).isEqualTo(dir.resolve("charts/turnover-over-time.png")).isRegularFile();
        assertThat(chart.svg()).isEqualTo(dir.resolve("charts/turnover-over-time.svg")).isRegularFile();
        assertThat(chart.widthPx()).isEqualTo(900);
        assertThat(chart.heightPx()).isEqualTo(500);
        assertPngIsTwiceTheDisplaySize(chart);
        Document svg = parseSvg(chart.svg());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String svgText = Files.readString(chart.svg(), StandardCharsets.UTF_8);
        assertThat(svgText).contains("Trade turnover over time, by pair")
                .contains("2017 H1").contains("2019 H2").contains("2022 H2") // every half, gaps included
                .contains("~306.5").contains("(derived)").contains("~57.0")
                .contains("US$ million")
                .contains("Half-yearly figures, 2017 H1 to 2022 H2");
        // No temporary files are left behind: a PNG and an SVG of each chart (the seed's investment chart too).
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "turnover-over-time.png", "turnover-over-time.svg", "investment.png", "investment.svg");
        }
    }

    @Test
    void altTextNamesThePairTheRangeAndTheLatestValue() throws Exception {
        ChartImage chart = drawn(ReportModel.of(ChartTestData.seedTurnover()), dir).get(0);

        assertThat(chart.altText()).isEqualTo("Bar chart of KGZ\u2013KOR trade turnover by half-year, 2017 H1 to "
                + "2022 H2, in US$ million; latest about 306.5 (2022 H2, derived). 3 of the 12 half-years have a figure.");
        // The SVG carries the title and the alt text as its own title and description.
        Document svg = parseSvg(chart.svg());
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent()).isEqualTo(chart.title());
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent()).isEqualTo(chart.altText());
    }

    @Test
    void yearlyFigureIsNotDrawnAmongHalvesButNamedInTheNote() throws Exception {
        ChartImage chart = drawn(ReportModel.of(ChartTestData.seedTurnover()), dir).get(0);

        List<String> texts = texts(chart.svg());
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Not shown: 1 yearly figure (KGZ\u2013KOR 2022: 370.0)"));
        // Labels of the three halves only: not the year, not the 8703 commodity row, not the 2017/2022 mean.
        assertThat(texts).containsSubsequence("~57.0", "~63.5", "~306.5")
                .noneSatisfy(t -> assertThat(t).containsAnyOf("999", "370.0\u00a0", "100.0"));
    }

    @Test
    void theLongerKindWinsATie() throws Exception {
        List<Indicator> indicators = List.of(
                level("KGZ", "KOR", "turnover", "2021", 300e6),
                level("KGZ", "KOR", "turnover", "2022", 370e6),
                level("KGZ", "KOR", "turnover", "2022-H1", 63.5e6),
                level("KGZ", "KOR", "turnover", "2022-H2", 306.5e6, Flag.DERIVED));

        ChartImage chart = drawn(ReportModel.of(indicators), dir).get(0);

        assertThat(chart.altText()).startsWith("Bar chart of KGZ\u2013KOR trade turnover by year, 2021 to 2022,")
                .contains("latest 370.0 (2022)");
    }

    @Test
    void severalPairsAreNamedInTheAltText() throws Exception {
        ChartImage chart = drawn(ReportModel.of(ChartTestData.split()), dir).get(0);

        assertThat(chart.altText()).startsWith("Bar chart of trade turnover by half-year for KOR\u2013KAZ and "
                + "KOR\u2013KGZ, 2020 H1 to 2022 H2, in US$ million; latest: KOR\u2013KAZ 6,500.0 (2022 H2, derived) "
                + "and KOR\u2013KGZ about 306.5 (2022 H2).");
    }

    @Test
    void pairsTooSmallToSeeNextToTheLargestAreNamedWithTheirLatestFigure() throws Exception {
        List<Indicator> korea = new ArrayList<>();
        String[] partners = {"CHN", "USA", "JPN", "KAZ", "KGZ", "UZB"};
        double[] size = {250e9, 180e9, 80e9, 4e9, 0.5e9, 2e9};
        for (int year = 2015; year <= 2024; year++) {
            for (int k = 0; k < partners.length; k++) {
                korea.add(level("KOR", partners[k], "turnover", Integer.toString(year), size[k] + (year - 2015) * 1e6));
            }
        }
        ChartImage turnover = drawn(ReportModel.of(korea), dir).get(0);
        String text = String.join(" ", texts(turnover.svg())).replaceAll("\\s+", " ");
        // 2% of an axis of about 250,000 million: KAZ, KGZ and UZB are slivers; JPN (80,000) is not
        assertThat(text).contains("Too small to see on this scale, latest figures: KOR\u2013KAZ 4,009.0, "
                + "KOR\u2013KGZ 509.0 and KOR\u2013UZB 2,009.0 (2024 unless said).");
    }

    @Test
    void crowdedInputShowsTheLargestPairsAndTheLatestPeriods() throws Exception {
        List<ChartImage> written = drawn(ReportModel.of(ChartTestData.many()), dir);

        ChartImage turnover = written.get(0);
        assertThat(turnover.altText()).contains("by quarter for KOR\u2013AZE, KOR\u2013GEO, KOR\u2013KAZ, "
                + "KOR\u2013KGZ, KOR\u2013TJK and KOR\u2013UZB, 2014 Q1 to 2023 Q4")
                .endsWith("2 other pairs are not shown.");
        assertThat(texts(turnover.svg()))
                .anySatisfy(t -> assertThat(t).contains("(the latest 40 quarters)"))
                .anySatisfy(t -> assertThat(t).contains("Not shown: 45 earlier quarter figures, 2 smaller pairs."));
        ChartImage balance = named(written, "exports-imports-balance");
        assertThat(balance.heightPx()).isGreaterThan(900);
        assertPngIsTwiceTheDisplaySize(balance);
        assertThat(balance.altText()).endsWith("4 other pairs are not shown.");
        assertThat(texts(balance.svg())).anySatisfy(t -> assertThat(t).contains("Each pair has its own scale"));
    }

    @Test
    void exportImportChartIsAbsentWithoutSplitData() throws Exception {
        List<Indicator> onlyExports = new ArrayList<>(ChartTestData.seedTurnover());
        onlyExports.add(level("KOR", "KGZ", "export", "2022", 350e6)); // no import in any period

        List<ChartImage> written = drawn(ReportModel.of(onlyExports), dir);

        assertThat(written).extracting(ChartImage::name).containsExactly("turnover-over-time");
        assertThat(dir.resolve("exports-imports-balance.png")).doesNotExist();
        assertThat(dir.resolve("exports-imports-balance.svg")).doesNotExist();
    }

    @Test
    void exportImportChartIsWrittenWithSplitData() throws Exception {
        List<ChartImage> written = drawn(ReportModel.of(ChartTestData.split()), dir);

        assertThat(written).extracting(ChartImage::name)
                .containsExactly("turnover-over-time", "exports-imports-balance");
        ChartImage chart = named(written, "exports-imports-balance");
        assertThat(chart.title()).isEqualTo("Exports, imports and balance");
        assertThat(chart.png()).isRegularFile();
        assertPngIsTwiceTheDisplaySize(chart);
        parseSvg(chart.svg());
        assertThat(texts(chart.svg()))
                .contains("Exports, imports and balance", "Balance (exports \u2212 imports)", "KOR\u2013KAZ",
                        "KOR\u2013KGZ", "US$ million", "~290.0", "16.5")
                // the derived 2022 H2 export bar: "3,900.0" over "(derived)", or the two in one upright label
                .anySatisfy(t -> assertThat(t).startsWith("3,900.0"))
                .anySatisfy(t -> assertThat(t).endsWith("(derived)"));
        assertThat(chart.altText()).contains("KOR\u2013KAZ").contains("KOR\u2013KGZ")
                .contains("KOR\u2013KGZ in 2022 H2: exports about 290.0, imports 16.5 and balance about 273.5")
                .contains("KOR\u2013KAZ in 2022 H2: exports 3,900.0 (derived), imports 2,600.0 (derived) "
                        + "and balance 1,300.0 (derived)");
    }

    @Test
    void nothingIsWrittenWithoutTradeLevels() throws Exception {
        List<ChartImage> written = drawn(ReportModel.of(List.of()), dir.resolve("charts"));

        assertThat(written).isEmpty();
    }

    @Test
    void sameInputGivesTheSameSvg() throws Exception {
        List<Indicator> input = new ArrayList<>(ChartTestData.seedTurnover());
        input.addAll(ChartTestData.split());
        List<ChartImage> first = drawn(ReportModel.of(input), dir.resolve("a"));
        List<ChartImage> second = drawn(ReportModel.of(input), dir.resolve("b"));

        assertThat(first).hasSize(2);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readString(second.get(i).svg(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(first.get(i).svg(), StandardCharsets.UTF_8));
            assertThat(second.get(i).altText()).isEqualTo(first.get(i).altText());
        }
    }

    @Test
    void rewritingReplacesTheFiles() throws Exception {
        drawn(ReportModel.of(ChartTestData.split()), dir);
        List<ChartImage> again = drawn(ReportModel.of(ChartTestData.seedTurnover()), dir);

        assertThat(Files.readString(again.get(0).svg(), StandardCharsets.UTF_8)).contains("KGZ\u2013KOR");
    }

    private static void assertPngIsTwiceTheDisplaySize(ChartImage chart) throws IOException {
        try (InputStream in = Files.newInputStream(chart.png())) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(2 * chart.widthPx());
            assertThat(image.getHeight()).isEqualTo(2 * chart.heightPx());
        }
    }

    /** The text of every {@code <text>} element, in document order. */
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
