package org.tradestat.report.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.tradestat.report.AtomicFiles;
import org.tradestat.report.ChartImage;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes a chart as PNG (at twice its display size) and SVG, each atomically ({@link AtomicFiles}). */
final class ChartFiles {

    static final int PNG_SCALE = 2;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static {
        // JFreeChart 1.5.6 draws rotated text (the value axis label) through TextLayout by default, which Batik can
        // only write as outlines; with this workaround off it stays <text> in the SVG, and the PNG looks the same.
        // The flag is global: set once, before any chart is drawn, so that charts can be drawn on several threads.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartFiles() {
    }

    /** A chart ready to be written. */
    record ChartSpec(String name, String title, String altText, JFreeChart chart, int widthPx, int heightPx) {

        /**
         * A chart put together as every chart of the report is: the title and subtitle above the plot, then under it
         * the legend and the notes (the empty ones left out, at most {@code noteLines} lines), in the report's style
         * and {@link ChartStyle#WIDTH} wide.
         */
        static ChartSpec compose(String name, String title, Plot plot, String subtitle, List<LegendItem> legend,
                                 List<String> notes, int noteLines, String altText, int heightPx) {
            JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
            ChartStyle.styleChart(chart, subtitle);
            ChartStyle.addNotes(chart, notes, noteLines);
            ChartStyle.addLegend(chart, legend);
            return new ChartSpec(name, title, altText, chart, ChartStyle.WIDTH, heightPx);
        }
    }

    static ChartImage write(ChartSpec spec, Path dir) throws IOException {
        Path png = dir.resolve(spec.name() + ".png");
        Path svg = dir.resolve(spec.name() + ".svg");
        AtomicFiles.write(png, out -> ChartUtils.writeScaledChartAsPNG(out, spec.chart(), spec.widthPx(), spec.heightPx(),
                PNG_SCALE, PNG_SCALE));
        AtomicFiles.write(svg, out -> writeSvg(spec, out));
        return new ChartImage(spec.name(), spec.title(), spec.altText(), png, svg, spec.widthPx(), spec.heightPx());
    }

    /**
     * The chart as SVG through Batik, with the title and the alt text as the SVG's own {@code <title>} and
     * {@code <desc>}. Batik numbers its ids from 1 on each new generator and writes no date, so the same chart gives
     * the same text.
     */
    static void writeSvg(ChartSpec spec, OutputStream out) throws IOException {
        DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
        Document document = dom.createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Tradestat chart: " + spec.name());
        context.setEmbeddedFontsOn(false);
        context.setPrecision(3);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(spec.widthPx(), spec.heightPx()));
        spec.chart().draw(g2, new Rectangle2D.Double(0, 0, spec.widthPx(), spec.heightPx()));

        Element root = g2.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + spec.widthPx() + " " + spec.heightPx());
        root.setAttributeNS(null, "role", "img");
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setTextContent(spec.altText());
        root.insertBefore(desc, root.getFirstChild());
        Element title = document.createElementNS(SVG_NS, "title");
        title.setTextContent(spec.title());
        root.insertBefore(title, root.getFirstChild());

        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g2.stream(root, writer, true, false);
        writer.flush();
        g2.dispose();
    }
}
