package cn.yanggu.workbench.app.charts;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** PNG and SVG of a slide chart at any size: the 1920×1080 layout scaled, so text keeps its proportions. */
public final class ChartExport {
    private ChartExport() {
    }

    /** Draws the chart's 1920×1080 layout into {@code g2}, scaled to {@code width}×{@code height}. */
    public static ChartRenderingInfo draw(JFreeChart chart, Graphics2D g2, double width, double height) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double sx = width / SlideChart.WIDTH;
        double sy = height / SlideChart.HEIGHT;
        var saved = g2.getTransform();
        g2.scale(sx, sy);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, SlideChart.WIDTH, SlideChart.HEIGHT), info);
        g2.setTransform(saved);
        return info;
    }

    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setColor(java.awt.Color.WHITE);
            g2.fillRect(0, 0, width, height);
            draw(chart, g2, width, height);
        } finally {
            g2.dispose();
        }
        return img;
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image(chart, width, height), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SVG with text drawn as outlines, so it looks the same on a PC without the font; with a viewBox beside its
     * width and height, so Word, PowerPoint or a web page scale it to the box it is placed in instead of cropping it.
     */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        draw(chart, g2, width, height);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
    }
}
