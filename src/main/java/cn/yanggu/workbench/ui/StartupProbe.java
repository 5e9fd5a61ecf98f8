package cn.yanggu.workbench.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Start-up measurements for the benchmark and the installer smoke test, switched on with
 * {@code -Dworkbench.probe=report} (print) or {@code =exit} (print, then quit): milliseconds from the JVM's start to
 * the first frame, to the overview showing its data (what fits in the window), to the overview complete (the parts
 * below the window's edge too), and the peak resident memory then.
 */
final class StartupProbe {
    private final boolean exit;
    /** This JVM's start, or that of the JVM that relaunched it ({@code java -jar}, see cn.yanggu.workbench.Relaunch). */
    private final Instant jvmStart = Optional.ofNullable(System.getProperty("workbench.relaunchedFrom"))
            .map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)))
            .or(() -> ProcessHandle.current().info().startInstant()).orElse(Instant.now());
    private long firstFrame = -1;
    private long ready = -1;
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

    /** Called when the overview shows the plan; notes the time once the next pulse has drawn it. */
    void dataShown(Scene scene) {
        if (ready >= 0) {
            return;
        }
        cn.yanggu.workbench.ui.common.Pulses.atNextPulse(scene, () -> {
            if (ready < 0) {
                ready = sinceStart();
            }
        });
    }

    /**
     * Called when the overview has built all it shows (the cards below the window's edge and the statements table
     * too); reports once after the next pulse has drawn that, so that the peak memory covers the whole overview.
     */
    void complete(Scene scene) {
        if (reported) {
            return;
        }
        reported = true;
        cn.yanggu.workbench.ui.common.Pulses.atNextPulse(scene, () -> {
            if (ready < 0) {
                ready = sinceStart();
            }
            System.out.println("probe first-frame-ms=" + firstFrame + " ready-ms=" + ready + " complete-ms="
                    + sinceStart() + " peak-rss-kb=" + peakRssKb());
            System.out.flush();
            if (exit) {
                Platform.runLater(Platform::exit); // not inside the pulse that is being drawn
            }
        });
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
