package cn.yanggu.workbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Work put off until the screen has been drawn once more: what the user sees first is drawn first. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code action} inside the next pulse of {@code scene}, once it has laid out what is there now (just before
     * that is drawn). For measuring; work that changes the scene belongs in {@link #afterNextPulse}.
     */
    public static void atNextPulse(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code action} on the JavaFX thread after the next pulse of {@code scene} has drawn what is there now. */
    public static void afterNextPulse(Scene scene, Runnable action) {
        atNextPulse(scene, () -> Platform.runLater(action)); // not inside the pulse that is being drawn
    }

    /**
     * {@link #afterNextPulse(Scene, Runnable)} for {@code node}'s scene; at once when {@code node} is in no scene
     * (nothing is drawn to wait for).
     */
    public static void afterNextPulse(Node node, Runnable action) {
        if (node.getScene() == null) {
            action.run();
        } else {
            afterNextPulse(node.getScene(), action);
        }
    }
}
