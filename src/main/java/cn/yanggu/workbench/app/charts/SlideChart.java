package cn.yanggu.workbench.app.charts;

import org.jfree.chart.JFreeChart;

/**
 * A chart laid out for a 16:9 slide at 1920×1080 (it is drawn scaled to any other size, so every export and the
 * screen show the same picture). {@code id} names the file it is exported to; {@code statusLine} goes under it on a
 * slide.
 */
public record SlideChart(String id, String title, JFreeChart chart, String statusLine) {
    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;
}
