package org.tradestat.report;

import java.nio.file.Path;

/**
 * A chart written as PNG (at twice its display size) and SVG. {@code widthPx} and {@code heightPx} are the display
 * size; {@code altText} describes what it shows for readers who cannot see it.
 */
public record ChartImage(String name, String title, String altText, Path png, Path svg, int widthPx, int heightPx) {
}
