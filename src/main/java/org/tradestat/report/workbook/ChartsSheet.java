package org.tradestat.report.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;
import org.tradestat.report.ChartImage;
import org.tradestat.report.chart.Charts;

/**
 * The Charts sheet: a table of the charts with a link to each picture, the charts that could not be drawn, then each
 * picture under its title, at its own size, with its alt text.
 */
final class ChartsSheet {

    static final String NAME = "Charts";

    /** Height of the rows a chart picture covers, in points (20 pixels). */
    static final float PICTURE_ROW_POINTS = 15f;
    static final int PICTURE_ROW_PIXELS = 20;

    private ChartsSheet() {
    }

    /**
     * The charts may still be being drawn: they are asked for only when this sheet is written, so the sheets before
     * it are written meanwhile.
     */
    static WorkbookSheet sheet(Supplier<Charts> charts) {
        return WorkbookSheet.of(NAME, "The charts, with a description of each, and the charts that could not be "
                + "drawn.", s -> {
                    Charts drawn = charts.get();
                    write(s, s.workbook(), drawn.drawn(), drawn.notDrawn());
                });
    }

    private record Embedded(ChartImage chart, byte[] png) {
    }

    private static void write(SheetBuilder s, SXSSFWorkbook wb, List<ChartImage> charts, List<String> notDrawn) {
        s.widths(24, 40, 22, 22, 50);
        int top = s.nextRow();
        List<Embedded> embedded = new ArrayList<>();
        List<String> problems = new ArrayList<>(notDrawn);
        for (ChartImage c : charts) {
            try {
                embedded.add(new Embedded(c, Files.readAllBytes(c.png())));
            } catch (IOException | RuntimeException e) {
                problems.add(c.title() + ": the picture " + fileName(c.png()) + " could not be read ("
                        + e.getClass().getSimpleName() + ").");
            }
        }
        if (embedded.isEmpty()) {
            s.line("No charts were drawn for this run.", s.styles.text);
        }
        // Each chart's title row: the table comes first, then the not-drawn list, then the pictures.
        int titleRow = top + (embedded.isEmpty() ? 1 : embedded.size() + 1) + 1
                + (problems.isEmpty() ? 0 : problems.size() + 2);
        List<Integer> titleRows = new ArrayList<>();
        for (Embedded e : embedded) {
            titleRows.add(titleRow);
            titleRow += 1 + pictureRows(e.chart()) + 1;
        }
        if (!embedded.isEmpty()) {
            Table t = s.table("tblCharts", List.of("Chart", "Title (link to the picture)", "PNG file",
                    "SVG file", "Description (alt text)"));
            for (int i = 0; i < embedded.size(); i++) {
                ChartImage c = embedded.get(i).chart();
                t.row().text(c.name()).link(c.title(), SheetBuilder.address(NAME, titleRows.get(i), 0))
                        .textOrX(fileName(c.png())).textOrX(fileName(c.svg())).wrap(c.altText());
            }
            t.finish();
        }
        if (!problems.isEmpty()) {
            s.skipRow();
            s.line("Charts not drawn", s.styles.heading);
            for (String p : problems) {
                s.line(p, s.styles.text);
            }
        }
        XSSFDrawing drawing = embedded.isEmpty() ? null : s.xssfSheet().createDrawingPatriarch();
        for (int i = 0; i < embedded.size(); i++) {
            Embedded e = embedded.get(i);
            while (s.nextRow() < titleRows.get(i)) {
                s.skipRow();
            }
            // Each chart starts a printed page, so no picture is cut in two by a page break (the first would share
            // its page with the table of charts, and be cut when the table is long or the page scale large).
            s.sheet.setRowBreak(s.nextRow() - 1);
            s.line(e.chart().title(), s.styles.heading);
            int first = s.nextRow();
            int rows = pictureRows(e.chart());
            for (int k = 0; k < rows; k++) {
                Row row = s.newRow();
                row.setHeightInPoints(PICTURE_ROW_POINTS);
            }
            picture(wb, drawing, e, first);
        }
    }

    /**
     * The tallest a picture is shown, in pixels at 100%: what fits one landscape A4 page when the sheet is printed
     * fitted to the page's width (a chart of many panels was cut in two by the page break). Taller charts are shown
     * smaller; their PNG has twice the pixels, so they stay sharp.
     */
    static final int MAX_PICTURE_HEIGHT_PX = 1000;

    /** The size a chart is shown at: its display size, scaled down to {@link #MAX_PICTURE_HEIGHT_PX} if taller. */
    static int[] shownSize(ChartImage c) {
        int width = Math.max(1, c.widthPx());
        int height = Math.max(1, c.heightPx());
        if (height <= MAX_PICTURE_HEIGHT_PX) {
            return new int[] {width, height};
        }
        return new int[] {Math.max(1, (int) Math.round((double) width * MAX_PICTURE_HEIGHT_PX / height)),
                MAX_PICTURE_HEIGHT_PX};
    }

    private static int pictureRows(ChartImage c) {
        return (shownSize(c)[1] + PICTURE_ROW_PIXELS - 1) / PICTURE_ROW_PIXELS;
    }

    /** The picture at its display size from the top left of column A in the given row, with its alt text. */
    private static void picture(SXSSFWorkbook wb, XSSFDrawing drawing, Embedded e, int row) {
        ChartImage c = e.chart();
        int index = wb.addPicture(e.png(), Workbook.PICTURE_TYPE_PNG);
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 0, row, 1, row + pictureRows(c));
        XSSFPicture picture = drawing.createPicture(anchor, index);
        CTNonVisualDrawingProps props = picture.getCTPicture().getNvPicPr().getCNvPr();
        props.setName(CellTexts.cell(c.name()));
        props.setDescr(CellTexts.cell(c.altText()));
        props.setTitle(CellTexts.cell(c.title()));
        int[] size = shownSize(c);
        long cx = (long) size[0] * Units.EMU_PER_PIXEL;
        long cy = (long) size[1] * Units.EMU_PER_PIXEL;
        picture.getCTPicture().getSpPr().getXfrm().getExt().setCx(cx);
        picture.getCTPicture().getSpPr().getXfrm().getExt().setCy(cy);
        // A one-cell anchor with an explicit size: the picture keeps its size whatever the column widths are.
        CTDrawing ct = drawing.getCTDrawing();
        int last = ct.sizeOfTwoCellAnchorArray() - 1;
        CTTwoCellAnchor two = ct.getTwoCellAnchorArray(last);
        CTOneCellAnchor one = ct.addNewOneCellAnchor();
        one.setFrom(two.getFrom());
        CTPositiveSize2D ext = one.addNewExt();
        ext.setCx(cx);
        ext.setCy(cy);
        one.setPic(two.getPic());
        one.addNewClientData();
        ct.removeTwoCellAnchor(last);
    }

    private static String fileName(Path p) {
        return p == null || p.getFileName() == null ? null : p.getFileName().toString();
    }
}
