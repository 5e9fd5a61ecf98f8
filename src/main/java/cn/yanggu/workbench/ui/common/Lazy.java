package cn.yanggu.workbench.ui.common;

import java.util.function.Supplier;

/** A value made on first use (a view the user has not opened yet, the chart fonts), then kept. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }

    public boolean isMade() {
        return value != null;
    }
}
