package cn.yanggu.workbench.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their node: a view with many of them (the overview's 21 cards have
 * three each) builds none on its way to the screen, as a {@link Tooltip} is a popup window of its own.
 */
public final class Tips {
    private Tips() {
    }

    /** Shows {@code text} as {@code node}'s tooltip, the tooltip made on the first hover. */
    public static void install(Node node, String text) {
        EventHandler<MouseEvent> first = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, first);
    }
}
