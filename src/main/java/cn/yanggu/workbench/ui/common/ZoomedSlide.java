package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.SlideChart;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A slide drawn at its natural size (1920×1080 at 100 %) in a scroll pane, zoomed with Ctrl+wheel, Ctrl+= / Ctrl+-
 * and Ctrl+0 (fit the window) or the buttons of {@link #controls()} — so that a large map stays readable on a small
 * screen instead of being scaled down to fit.
 */
public final class ZoomedSlide extends ScrollPane {
    /** The zoom steps, as a share of the natural size. */
    static final double[] STEPS = {0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0};
    private final SlideCanvas canvas;
    private final StackPane holder;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final HBox controls;

    public ZoomedSlide(I18n t, SlideCanvas canvas) {
        this.canvas = canvas;
        holder = new StackPane(canvas);
        holder.setAlignment(Pos.TOP_LEFT);
        setContent(holder);
        setPannable(true);
        getStyleClass().add("zoomed-slide");
        zoom.addListener((o, a, b) -> size());
        size();
        addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                step(e.getDeltaY() > 0 ? 1 : -1);
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD) {
                step(1);
                e.consume();
            } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                step(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
                fit();
                e.consume();
            }
        });
        Button out = button(t.get("zoom.out"), "zoom-out", () -> step(-1));
        Button in = button(t.get("zoom.in"), "zoom-in", () -> step(1));
        Button natural = button(t.get("zoom.natural"), "zoom-natural", () -> zoom.set(1.0));
        Button fit = button(t.get("zoom.fit"), "zoom-fit", this::fit);
        Label percent = new Label();
        percent.setId("zoom-percent");
        percent.setMinWidth(Region.USE_PREF_SIZE);
        percent.textProperty().bind(zoom.multiply(100).asString("%.0f%%"));
        controls = new HBox(4, out, percent, in, natural, fit);
        controls.setAlignment(Pos.CENTER_LEFT);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The zoom buttons (－ 100% ＋ 原始大小 适应窗口), to be placed in the view's bar. */
    public HBox controls() {
        return controls;
    }

    /** The share of the natural size the slide is drawn at. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The next zoom step up ({@code direction} 1) or down (−1). */
    public void step(int direction) {
        double z = zoom.get();
        double next = z;
        if (direction > 0) {
            for (double s : STEPS) {
                if (s > z + 1e-6) {
                    next = s;
                    break;
                }
            }
        } else {
            for (int i = STEPS.length - 1; i >= 0; i--) {
                if (STEPS[i] < z - 1e-6) {
                    next = STEPS[i];
                    break;
                }
            }
        }
        zoom.set(next);
    }

    /** The whole slide in the space shown (never above its natural size). */
    public void fit() {
        var b = getViewportBounds();
        double w = b == null || b.getWidth() <= 0 ? getWidth() : b.getWidth();
        double h = b == null || b.getHeight() <= 0 ? getHeight() : b.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        zoom.set(Math.max(STEPS[0], Math.min(1.0, Math.min((w - 2) / SlideChart.WIDTH, (h - 2) / SlideChart.HEIGHT))));
    }

    private void size() {
        double w = Math.floor(SlideChart.WIDTH * zoom.get());
        double h = Math.floor(SlideChart.HEIGHT * zoom.get());
        canvas.setMinSize(w, h);
        canvas.setPrefSize(w, h);
        canvas.setMaxSize(w, h);
    }
}
