package cn.yanggu.workbench.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.Region;

/**
 * A thin progress bar: a track (this region's background) and a bar (its child, style class {@code bar}) filled to
 * {@link #progressProperty()} of the width, 0–1. Two regions, where a {@link javafx.scene.control.ProgressBar} is a
 * control with a skin, four regions and the indeterminate animation's machinery: the overview shows 42 of them.
 */
public final class ThinBar extends Region {
    private final Region bar = new Region();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");

    public ThinBar(double value) {
        getStyleClass().add("thin-bar");
        bar.getStyleClass().add("bar");
        bar.setManaged(false);
        getChildren().add(bar);
        progress.addListener((o, a, b) -> requestLayout());
        progress.set(Math.max(0, Math.min(1, value)));
    }

    /** How full the bar is, 0–1. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public double getProgress() {
        return progress.get();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double filled = Math.round(w * Math.max(0, Math.min(1, progress.get())));
        bar.resizeRelocate(0, 0, filled, h);
        bar.setVisible(filled > 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 100;
    }
}
