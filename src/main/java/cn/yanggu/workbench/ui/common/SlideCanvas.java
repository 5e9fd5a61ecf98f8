package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.charts.ChartExport;
import cn.yanggu.workbench.app.charts.SlideChart;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;

/**
 * Shows a slide chart exactly as it is exported: its 1920×1080 layout drawn scaled into a 16:9 canvas that fits
 * the space given. Hovering a point shows its tooltip.
 */
public final class SlideCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private SlideChart chart;
    private ChartRenderingInfo info;
    private double scale = 1;
    /** The chart and the size in screen pixels the canvas shows now: a layout pass that changes neither redraws nothing. */
    private SlideChart drawnChart;
    private String drawnSize = "";
    private java.util.function.Consumer<ChartEntity> onEntityClicked;

    public SlideCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("slide-canvas");
        tooltip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tooltip);
        canvas.setOnMouseMoved(e -> {
            ChartEntity entity = info == null ? null
                    : info.getEntityCollection().getEntity(e.getX() / scale, e.getY() / scale);
            String text = entity == null ? null : entity.getToolTipText();
            tooltip.setText(text == null ? "" : text);
            if (text == null) {
                tooltip.hide();
            }
        });
        canvas.setOnMouseClicked(e -> {
            ChartEntity entity = info == null ? null
                    : info.getEntityCollection().getEntity(e.getX() / scale, e.getY() / scale);
            if (entity != null && onEntityClicked != null) {
                onEntityClicked.accept(entity);
            }
        });
        setMinSize(160, 90);
    }

    /** Told which chart entity (a bar, a map's node …) a click landed on. */
    public void setOnEntityClicked(java.util.function.Consumer<ChartEntity> handler) {
        this.onEntityClicked = handler;
    }

    public void setChart(SlideChart c) {
        this.chart = c;
        drawnChart = null;  // set again (even the same chart): drawn again
        requestLayout();
        draw();
    }

    /** The centre on screen of the entity whose URL text is {@code urlText} (a map's node), if it is drawn. */
    public java.util.Optional<javafx.geometry.Point2D> entityOnScreen(String urlText) {
        if (info == null) {
            return java.util.Optional.empty();
        }
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            if (urlText.equals(e.getURLText())) {
                var r = e.getArea().getBounds2D();
                return java.util.Optional.ofNullable(canvas.localToScreen(r.getCenterX() * scale,
                        r.getCenterY() * scale));
            }
        }
        return java.util.Optional.empty();
    }

    /** The URL texts of the entities drawn (a map's node codes), in drawing order. */
    public java.util.List<String> entityKeys() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (info != null) {
            for (Object o : info.getEntityCollection().getEntities()) {
                String u = ((ChartEntity) o).getURLText();
                if (u != null) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    public SlideChart chart() {
        return chart;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double cw = Math.min(w, h * 16 / 9);
        double ch = cw * 9 / 16;
        canvas.setWidth(Math.floor(cw));
        canvas.setHeight(Math.floor(ch));
        canvas.relocate((w - cw) / 2, (h - ch) / 2);
        draw();
    }

    /**
     * Draws the slide with Java2D, as the PNG export does, into an image of the canvas's size in screen pixels (at
     * 150 % display scaling, 1.5 × as many), and shows that. Drawing it through JavaFX's canvas text instead broke
     * the bold glyphs of the bundled font at display scaling above 100 % (overlapping strokes drawn as holes), so
     * a chart title on a 150 % screen — and any screenshot of it put on a slide — looked damaged.
     */
    private void draw() {
        double pixels = outputScale();
        String size = canvas.getWidth() + "x" + canvas.getHeight() + "@" + pixels;
        if (chart != null && chart == drawnChart && size.equals(drawnSize)) {
            return;
        }
        drawnChart = chart;
        drawnSize = size;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (chart == null || canvas.getWidth() < 2) {
            return;
        }
        scale = canvas.getWidth() / SlideChart.WIDTH;
        // a very large zoom on a high-DPI screen is drawn at fewer pixels (at most about 12 million) and scaled up
        pixels = Math.min(pixels, Math.sqrt(12e6 / (canvas.getWidth() * canvas.getHeight())));
        int w = Math.max(1, (int) Math.ceil(canvas.getWidth() * pixels));
        int h = Math.max(1, (int) Math.ceil(canvas.getHeight() * pixels));
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g2 = img.createGraphics();
        try {
            g2.setColor(java.awt.Color.WHITE);
            g2.fillRect(0, 0, w, h);
            info = ChartExport.draw(chart.chart(), g2, w, h);
        } finally {
            g2.dispose();
        }
        int[] argb = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        javafx.scene.image.WritableImage shown = new javafx.scene.image.WritableImage(w, h);
        shown.getPixelWriter().setPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        gc.drawImage(shown, 0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /** The display's scaling (1.5 at 150 %), 1 before the canvas is on a screen. */
    private double outputScale() {
        var scene = canvas.getScene();
        var window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 960;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 540;
    }
}
