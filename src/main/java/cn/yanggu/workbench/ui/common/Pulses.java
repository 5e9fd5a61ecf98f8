package cn.yanggu.workbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work put off until the screen has been drawn once more: what the user sees first is drawn first. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code action} on the JavaFX thread after the next pulse of {@code node}'s scene has laid out (and so
     * drawn) what is there now; at once when {@code node} is in no scene (nothing is drawn to wait for).
     */
    public static void afterNextPulse(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(action); // not inside the pulse that is being drawn
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
