package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;
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
    private final EntityKind kind;
    private final String name;
    private final Class<?> type;
    private final Function<R, V> getter;
    private final BiFunction<R, V, R> wither;
    private final Table<R> table;

    private RecordField(Table<R> table, EntityKind kind, String name, Class<?> type, Function<R, V> getter,
                        BiFunction<R, V, R> wither) {
        this.table = Objects.requireNonNull(table);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.getter = Objects.requireNonNull(getter);
        this.wither = Objects.requireNonNull(wither);
    }

    /** The kind of record the field belongs to. */
    public EntityKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The class of the field's values (an enum, Double, Integer, String or List). */
    public Class<?> type() {
        return type;
    }

    /** The table of every field of this field's kind of record (to read or build a whole record). */
    public Table<R> table() {
        return table;
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

    /**
     * The fields of one kind of record, declared one by one in the order of the record's components (the record's
     * static initialiser declares them; the list is fixed once {@link #fields()} is first asked for). A field's
     * copy takes the record's values in that order, replaces its own and builds the record with {@code build}.
     *
     * @param <R> the record
     */
    public static final class Table<R extends PlanRecord> {
        private final EntityKind kind;
        private final Function<Object[], R> build;
        private final List<RecordField<R, ?>> declared = new ArrayList<>();
        private List<RecordField<R, ?>> fields;

        /** A table for records of {@code kind}, built from their values in component order by {@code build}. */
        public Table(EntityKind kind, Function<Object[], R> build) {
            this.kind = kind;
            this.build = build;
        }

        /** Declares the next field: its name and value type as the record component's, and its accessor. */
        public synchronized <V> RecordField<R, V> field(String name, Class<?> type, Function<R, V> getter) {
            if (fields != null) {
                throw new IllegalStateException(kind.wire() + " fields are fixed already");
            }
            int index = declared.size();
            RecordField<R, V> f = new RecordField<>(this, kind, name, type, getter, (record, value) -> {
                Object[] values = new Object[declared.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = i == index ? value : declared.get(i).get(record);
                }
                return build.apply(values);
            });
            declared.add(f);
            return f;
        }

        /** The kind of record the table describes. */
        public EntityKind kind() {
            return kind;
        }

        /**
         * A record built from one value per field, in component order (as a store reads a row): the record's own
         * checks apply.
         *
         * @throws IllegalArgumentException when the number of values is not the number of fields
         */
        public R build(Object[] values) {
            if (values.length != fields().size()) {
                throw new IllegalArgumentException(kind.wire() + " takes " + fields().size() + " values, not "
                        + values.length);
            }
            return build.apply(values);
        }

        /** Every field, in component order. */
        public synchronized List<RecordField<R, ?>> fields() {
            if (fields == null) {
                fields = List.copyOf(declared);
            }
            return fields;
        }
    }
}
