package cn.yanggu.workbench.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands the result back on it. Database, file and export work goes through
 * here, never directly on the JavaFX thread.
 */
public interface TaskRunner extends AutoCloseable {
    /**
     * Runs {@code work} in the background; {@code onDone} or {@code onError} is called on the JavaFX thread.
     */
    <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Number of tasks started and not yet finished (observable in the status bar). */
    javafx.beans.property.ReadOnlyIntegerProperty running();

    @Override
    void close();
}
