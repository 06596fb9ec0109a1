package org.tradestat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How bars are filled: plain in their colour, with white dots for every second colour of the palette, or lighter and
 * hatched for a derived figure, so that a greyscale print tells them apart.
 */
final class BarFills {

    static final double HATCH_SPACING = 5.0;
    static final Stroke HATCH_STROKE = new BasicStroke(1.3f);

    /**
     * The six colours of {@link ChartStyle#PALETTE} with their dots the other way round (plain where the palette's
     * colour is dotted, dotted where it is plain), for when a chart needs more than six fills. Each differs from its
     * palette colour by one unit of blue, invisible, so that a fill is still told by its colour alone.
     */
    static final List<Color> VARIANTS = ChartStyle.PALETTE.stream()
            .map(c -> new Color(c.getRed(), c.getGreen(), c.getBlue() ^ 1)).toList();

    /** Twelve distinct fills: the palette, then its {@link #VARIANTS}. */
    static final List<Color> FILLS;

    static {
        List<Color> fills = new ArrayList<>(ChartStyle.PALETTE);
        fills.addAll(VARIANTS);
        FILLS = List.copyOf(fills);
    }

    private BarFills() {
    }

    /** The fill of the same colour with the dots the other way round: a palette colour's variant, or back. */
    static Color toggled(Color c) {
        int i = ChartStyle.PALETTE.indexOf(c);
        if (i >= 0) {
            return VARIANTS.get(i);
        }
        int j = VARIANTS.indexOf(c);
        return j >= 0 ? ChartStyle.PALETTE.get(j) : c;
    }

    /** The first of the {@link #FILLS} that none of the given colours is. */
    static Optional<Color> firstUnused(List<Color> taken) {
        return FILLS.stream().filter(fill -> !taken.contains(fill)).findFirst();
    }

    /** The paint of a derived bar: the series colour mixed with much white, so the hatching on it stands out. */
    static Color light(Color c) {
        double keep = 0.28;
        return new Color(mix(c.getRed(), keep), mix(c.getGreen(), keep), mix(c.getBlue(), keep));
    }

    /** The colour of the hatching on a derived bar: the bar's colour, darkened when it is too light to show. */
    static Color hatchColour(Color c) {
        return ChartStyle.lightness(c) > 0.6 ? dark(c) : c;
    }

    /** A slightly darker version, for bar outlines. */
    static Color dark(Color c) {
        double keep = 0.75;
        return new Color((int) Math.round(c.getRed() * keep), (int) Math.round(c.getGreen() * keep),
                (int) Math.round(c.getBlue() * keep));
    }

    private static int mix(int channel, double keep) {
        return (int) Math.round(channel * keep + 255 * (1 - keep));
    }

    /** Diagonal lines (bottom left to top right) filling the rectangle, to be drawn clipped to it. */
    static Shape hatchLines(Rectangle2D r, double spacing) {
        Path2D.Double path = new Path2D.Double();
        double h = r.getHeight();
        for (double x = r.getMinX() - h; x < r.getMaxX(); x += spacing) {
            path.moveTo(x, r.getMaxY());
            path.lineTo(x + h, r.getMinY());
        }
        return path;
    }

    /**
     * Whether bars of this colour carry white dots: every second colour of {@link ChartStyle#PALETTE}, so that two
     * colours of near lightness (dark blue and plum) still differ when printed in black and white, and the other
     * colours' {@link #VARIANTS}.
     */
    static boolean dotted(Color c) {
        int i = ChartStyle.PALETTE.indexOf(c);
        if (i >= 0) {
            return i % 2 == 1;
        }
        int j = VARIANTS.indexOf(c);
        return j >= 0 && j % 2 == 0;
    }

    /** Dots on a staggered 6-point grid covering the rectangle, to be drawn clipped to it. */
    static Shape dots(Rectangle2D r) {
        Path2D.Double path = new Path2D.Double();
        int row = 0;
        for (double y = r.getMinY() + 3; y < r.getMaxY(); y += 6, row++) {
            for (double x = r.getMinX() + (row % 2 == 0 ? 3 : 6); x < r.getMaxX(); x += 6) {
                path.append(new java.awt.geom.Ellipse2D.Double(x - 1.1, y - 1.1, 2.2, 2.2), false);
            }
        }
        return path;
    }

    /**
     * Fills a bar in its colour (with white dots for a {@link #dotted} colour), or, for a derived figure, lighter and
     * hatched, so print in greyscale shows it.
     */
    static void fillBar(java.awt.Graphics2D g2, java.awt.Shape bar, java.awt.Color colour, boolean derived) {
        g2.setPaint(derived ? light(colour) : colour);
        g2.fill(bar);
        if (!derived && dotted(colour)) {
            java.awt.Shape oldClip = g2.getClip();
            g2.clip(bar);
            g2.setPaint(Color.WHITE);
            g2.fill(dots(bar.getBounds2D()));
            g2.setClip(oldClip);
        }
        if (derived) {
            java.awt.Shape oldClip = g2.getClip();
            java.awt.Stroke oldStroke = g2.getStroke();
            g2.clip(bar);
            g2.setPaint(hatchColour(colour));
            g2.setStroke(HATCH_STROKE);
            g2.draw(hatchLines(bar.getBounds2D(), HATCH_SPACING));
            g2.setStroke(oldStroke);
            g2.setClip(oldClip);
        }
    }
}
