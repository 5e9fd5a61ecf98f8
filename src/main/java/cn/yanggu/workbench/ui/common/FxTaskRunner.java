package cn.yanggu.workbench.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** A single background thread: work is serialised, which also keeps one writer on the database. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-io");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            // the window has closed (its database with it): a field that commits as it loses the focus on the way
            // out starts nothing more
            return;
        }
        running.set(running.get() + 1);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onDone.accept(result);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onError.accept(e);
                });
            }
        });
    }

    @Override
    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
