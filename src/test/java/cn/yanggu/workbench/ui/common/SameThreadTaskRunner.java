package cn.yanggu.workbench.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} for view-model tests without the toolkit: the work and then its callback run at once on the
 * calling thread, so a test reads the outcome on the next line (no waiting, no sleeps).
 */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private int started;

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        started++;
        T result;
        try {
            result = work.call();
        } catch (Exception | AssertionError e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }

    /** How many tasks were run. */
    public int started() {
        return started;
    }

    @Override
    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
    }
}
