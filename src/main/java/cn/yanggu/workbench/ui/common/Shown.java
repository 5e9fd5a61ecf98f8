package cn.yanggu.workbench.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice shows its values: one converter for every choice box that only displays (nothing is typed). */
public final class Shown {
    private Shown() {
    }

    /** Shows each value in {@code words}; no value shows as nothing. */
    public static <T> StringConverter<T> as(Function<T, String> words) {
        return including(value -> value == null ? "" : words.apply(value));
    }

    /** Shows each value in {@code words}, no value included (a choice such as 未评审 that is null). */
    public static <T> StringConverter<T> including(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
