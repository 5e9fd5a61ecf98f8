package cn.yanggu.workbench.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The baseline of the start-up benchmark: a bare JavaFX window with one label, measured like the workbench. */
public final class BareWindow extends Application {
    /** Launcher (not an Application subclass, so it runs from the class path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Bare JavaFX window")), 1600, 1000);
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long ms = Duration.between(jvmStart, Instant.now()).toMillis();
            Platform.runLater(() -> {
                System.out.println("probe first-frame-ms=" + ms + " ready-ms=" + ms + " peak-rss-kb=" + rss());
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
