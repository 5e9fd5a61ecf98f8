package cn.yanggu.workbench.domain;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One field of a record: its name (the record component's, which the audit log stores), the type of its value, how
 * it is read and how a copy with another value is made.
 *
 * @param <R> the record
 * @param <V> the field's value
 */
public final class RecordField<R extends PlanRecord, V> {
    private final String name;
    private final Class<?> type;
    private final Function<R, V> getter;
    private final BiFunction<R, V, R> wither;

    private RecordField(String name, Class<?> type, Function<R, V> getter, BiFunction<R, V, R> wither) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.getter = Objects.requireNonNull(getter);
        this.wither = Objects.requireNonNull(wither);
    }

    /** A field called {@code name} whose values are of {@code type} (a list field: {@code List.class}). */
    public static <R extends PlanRecord, V> RecordField<R, V> of(String name, Class<?> type, Function<R, V> getter,
                                                                 BiFunction<R, V, R> wither) {
        return new RecordField<>(name, type, getter, wither);
    }

    public String name() {
        return name;
    }

    /** The class of the field's values (an enum, Double, Integer, String or List). */
    public Class<?> type() {
        return type;
    }

    public V get(R record) {
        return getter.apply(record);
    }

    /** A copy of {@code record} with this field set to {@code value}. */
    public R with(R record, V value) {
        return wither.apply(record, value);
    }

    /** The field's value in a record known only as a {@link PlanRecord} (of this field's kind). */
    @SuppressWarnings("unchecked")
    public Object valueIn(PlanRecord record) {
        return getter.apply((R) record);
    }

    /**
     * A copy of {@code record} (of this field's kind) with the field set to {@code value}, a value of this field's
     * type taken from another state of the same kind of record (a merge, a package).
     *
     * @throws IllegalArgumentException when the value is not of the field's type
     */
    @SuppressWarnings("unchecked")
    public PlanRecord withValueIn(PlanRecord record, Object value) {
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException(name + " takes " + type.getSimpleName() + ", not " + value);
        }
        return wither.apply((R) record, (V) value);
    }

    @Override
    public String toString() {
        return name;
    }
}
