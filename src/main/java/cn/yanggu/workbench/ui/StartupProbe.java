package cn.yanggu.workbench.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Start-up measurements for the benchmark and the installer smoke test, switched on with
 * {@code -Dworkbench.probe=report} (print) or {@code =exit} (print, then quit): milliseconds from the JVM's start to
 * the first frame and to the overview showing its data, and the peak resident memory.
 */
final class StartupProbe {
    private final boolean exit;
    private final Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private long firstFrame = -1;
    private boolean reported;

    private StartupProbe(boolean exit) {
        this.exit = exit;
    }

    /** The probe asked for by the system property, or null. */
    static StartupProbe fromSystemProperty() {
        String mode = System.getProperty("workbench.probe");
        if (mode == null || mode.isBlank()) {
            return null;
        }
        return new StartupProbe("exit".equalsIgnoreCase(mode.strip()));
    }

    private long sinceStart() {
        return Duration.between(jvmStart, Instant.now()).toMillis();
    }

    /** Notes the first frame of {@code scene}. */
    void watch(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (firstFrame < 0) {
                firstFrame = sinceStart();
                scene.removePostLayoutPulseListener(once[0]);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Called when the overview shows the plan; reports once after the next pulse has drawn it. */
    void dataShown(Scene scene) {
        if (reported) {
            return;
        }
        reported = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("probe first-frame-ms=" + firstFrame + " ready-ms=" + sinceStart()
                    + " peak-rss-kb=" + peakRssKb());
            System.out.flush();
            if (exit) {
                Platform.runLater(Platform::exit); // not inside the pulse that is being drawn
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
