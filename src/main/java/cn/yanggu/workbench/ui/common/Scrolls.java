package cn.yanggu.workbench.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes without JavaFX's viewport bitmap: ScrollPaneSkin caches its whole viewport as an image
 * ({@code viewRect.setCache(true)}), which with the software renderer (a PC without a usable GPU) is a heap buffer
 * as big as the viewport — 5 MB for the overview's page at 1600×1000 — and which is drawn afresh whenever anything in
 * the page changes anyway. Our pages are forms, tables and cards: drawing them directly is as fast.
 */
public final class Scrolls {
    private Scrolls() {
    }

    /** A scroll pane around {@code content} whose viewport is drawn directly, not through a cached image. */
    public static ScrollPane of(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.skinProperty().addListener((o, old, skin) -> {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return pane;
    }
}
