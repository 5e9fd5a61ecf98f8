package cn.yanggu.workbench.ui;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the JavaFX toolkit on a background thread as soon as the process starts, when the command line asks for
 * the window. The toolkit's own start-up (connecting to the display, the renderer) then overlaps with parsing the
 * command line and loading the workbench's classes instead of following them.
 */
public final class EarlyToolkit {
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private EarlyToolkit() {
    }

    /** Begins starting the toolkit; returns at once. */
    public static EarlyToolkit begin() {
        EarlyToolkit early = new EarlyToolkit();
        Thread thread = new Thread(() -> {
            try {
                Platform.startup(() -> early.started.complete(null));
            } catch (RuntimeException | Error e) {
                early.started.completeExceptionally(e);
            }
        }, "toolkit-start");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /** Whether this machine can show a window at all (on Linux: a display is set), so that starting early is worth it. */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Waits until the toolkit runs; rethrows what stopped it from starting. */
    void await() {
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
