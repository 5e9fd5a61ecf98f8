package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.RecordField;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.Zone;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The main table of one kind of editable record, derived from the record's field table: each scalar field is a
 * column named as the field in snake_case ({@code investmentWan} → {@code investment_wan}) unless {@link #RENAMED},
 * its value converted by the field's type. List fields (aliases, links, values …) live in tables of their own,
 * written and read by hand in {@link RecordStore} and {@link PlanRepository}. Adding a scalar field to a record
 * therefore needs its component, its field-table line and a migration adding the column — nothing here.
 *
 * @param <R> the record
 */
final class RecordTable<R extends PlanRecord> {
    /** Columns whose names are not their field's in snake_case (as the first schema named them). */
    private static final Map<RecordField<?, ?>, String> RENAMED = Map.of(
            Chain.COLUMN, "column_no",
            Indicator.TABLE, "table_name",
            Indicator.ROW, "table_row");

    static final RecordTable<Zone> ZONES = new RecordTable<>(Zone.CODE.table());
    static final RecordTable<Enterprise> ENTERPRISES = new RecordTable<>(Enterprise.CODE.table());
    static final RecordTable<Chain> CHAINS = new RecordTable<>(Chain.CODE.table());
    static final RecordTable<Project> PROJECTS = new RecordTable<>(Project.CODE.table());
    static final RecordTable<Indicator> INDICATORS = new RecordTable<>(Indicator.CODE.table());
    static final RecordTable<Threshold> THRESHOLDS = new RecordTable<>(Threshold.CODE.table());

    /** One scalar column: the field stored in it, its name and how its values cross into SQL and back. */
    record Column(RecordField<?, ?> field, int index, String name, Conversion conversion) {
    }

    /** Reads one column of the current row. */
    @FunctionalInterface
    interface ColumnReader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** How the values of one field type are written to a column ({@code toSql}) and read back. */
    record Conversion(UnaryOperator<Object> toSql, ColumnReader reader) {
        static final Conversion STRING = new Conversion(v -> v, ResultSet::getString);
        static final Conversion DOUBLE = new Conversion(v -> v, (rs, k) -> {
            double v = rs.getDouble(k);
            return rs.wasNull() ? null : v;
        });
        static final Conversion INTEGER = new Conversion(v -> v, (rs, k) -> {
            int v = rs.getInt(k);
            return rs.wasNull() ? null : v;
        });
        static final Conversion BOOLEAN = new Conversion(v -> v == null ? null : (Boolean) v ? 1 : 0, (rs, k) -> {
            int v = rs.getInt(k);
            return rs.wasNull() ? null : v != 0;
        });
        /** A comparator is stored as the symbol people write (=, >, >= …), an empty one read as "=". */
        static final Conversion COMPARATOR = new Conversion(v -> v == null ? null : ((Enums.Comparator) v).symbol(),
                (rs, k) -> Enums.Comparator.ofSymbol(rs.getString(k)));
    }

    /** Fills the list fields of a record being read (its own tables, read beforehand, by code). */
    @FunctionalInterface
    interface Lists<R extends PlanRecord> {
        void fill(Row<R> row);
    }

    /** A row being read: the code, and the list fields still to be set. */
    static final class Row<R extends PlanRecord> {
        private final Object[] values;
        private final String code;

        private Row(Object[] values, String code) {
            this.values = values;
            this.code = code;
        }

        String code() {
            return code;
        }

        <V> void set(RecordField<R, V> field, V value) {
            values[field.table().fields().indexOf(field)] = value;
        }
    }

    private final RecordField.Table<R> table;
    private final String name;
    private final List<Column> columns;
    private final String upsert;
    private final String select;

    private RecordTable(RecordField.Table<R> table) {
        this.table = table;
        this.name = table.kind().wire();
        List<Column> cols = new ArrayList<>();
        List<RecordField<R, ?>> fields = table.fields();
        for (int i = 0; i < fields.size(); i++) {
            RecordField<R, ?> f = fields.get(i);
            if (!List.class.equals(f.type())) {
                cols.add(new Column(f, i, RENAMED.getOrDefault(f, snakeCase(f.name())), conversion(f)));
            }
        }
        this.columns = List.copyOf(cols);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        this.upsert = "INSERT INTO " + name + " (position, " + names + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ") ON CONFLICT (code) DO UPDATE SET position = excluded.position"
                + columns.stream().filter(c -> !c.name().equals("code"))
                .map(c -> ", " + c.name() + " = excluded." + c.name()).collect(Collectors.joining());
        // in the table's own order, sorted here by position: SQLite would copy every whole row into a sorter first
        // (there is no index on position), a third of loading a plan with 10,000 projects
        this.select = "SELECT position, " + names + " FROM " + name;
    }

    /** The table of a kind of record. */
    static RecordTable<?> of(EntityKind kind) {
        return switch (kind) {
            case ZONE -> ZONES;
            case ENTERPRISE -> ENTERPRISES;
            case CHAIN -> CHAINS;
            case PROJECT -> PROJECTS;
            case INDICATOR -> INDICATORS;
            case THRESHOLD -> THRESHOLDS;
        };
    }

    /** The table's name in the database (the kind's wire name). */
    String name() {
        return name;
    }

    /** The scalar columns, in the order of the record's components. */
    List<Column> columns() {
        return columns;
    }

    /** Inserts or updates the record's main row (not its lists) at {@code position}. */
    void upsert(Connection c, PlanRecord record, int position) throws SQLException {
        Object[] args = new Object[columns.size() + 1];
        args[0] = position;
        for (int k = 0; k < columns.size(); k++) {
            Column col = columns.get(k);
            args[k + 1] = col.conversion().toSql().apply(col.field().valueIn(record));
        }
        RecordStore.exec(c, upsert, args);
    }

    /** Every record of the kind in the plan's order, its lists set by {@code lists}. */
    List<R> loadAll(Connection c, Lists<R> lists) throws SQLException {
        List<Positioned<R>> out = new ArrayList<>();
        int size = table.fields().size();
        int codeColumn = columnOf("code");
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                long position = rs.getLong(1);
                Object[] values = new Object[size];
                for (int k = 0; k < columns.size(); k++) {
                    Column col = columns.get(k);
                    values[col.index()] = col.conversion().reader().read(rs, k + 2);
                }
                Row<R> row = new Row<>(values, (String) values[codeColumn]);
                lists.fill(row);
                for (int i = 0; i < size; i++) {
                    if (values[i] == null && List.class.equals(table.fields().get(i).type())) {
                        throw new IllegalStateException(name + "." + table.fields().get(i).name()
                                + " is a list the store does not read");
                    }
                }
                out.add(new Positioned<>(position, table.build(values)));
            }
        }
        out.sort(java.util.Comparator.comparingLong(Positioned::position));
        List<R> records = new ArrayList<>(out.size());
        for (Positioned<R> p : out) {
            records.add(p.record());
        }
        return records;
    }

    /** A record read with its position in its list. */
    private record Positioned<R>(long position, R record) {
    }

    private int columnOf(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow().index();
    }

    /** {@code investmentWan} → {@code investment_wan}, {@code areaKm2} → {@code area_km2}. */
    static String snakeCase(String fieldName) {
        return fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Any other enum is stored by its wire name ({@code under-construction}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Conversion wireName(Class<?> type) {
        Class<? extends Enum> enumType = (Class<? extends Enum>) type;
        // the stored names looked up (a plan's worth of rows each parsing its wire name was a tenth of its loading)
        Map<String, Enum<?>> byWire = new java.util.HashMap<>();
        for (Object constant : enumType.getEnumConstants()) {
            byWire.put(Enums.wire((Enum<?>) constant), (Enum<?>) constant);
        }
        return new Conversion(v -> Enums.wire((Enum<?>) v), (rs, k) -> {
            String wire = rs.getString(k);
            Enum<?> known = wire == null ? null : byWire.get(wire);
            return known != null ? known : Enums.parse(enumType, wire);
        });
    }

    private static Conversion conversion(RecordField<?, ?> f) {
        Class<?> type = f.type();
        if (type == String.class) {
            return Conversion.STRING;
        } else if (type == Double.class) {
            return Conversion.DOUBLE;
        } else if (type == Integer.class) {
            return Conversion.INTEGER;
        } else if (type == Boolean.class) {
            return Conversion.BOOLEAN;
        } else if (type == Enums.Comparator.class) {
            return Conversion.COMPARATOR;
        } else if (type.isEnum()) {
            return wireName(type);
        }
        throw new IllegalStateException(f.kind().wire() + "." + f.name() + ": no column type for "
                + type.getSimpleName());
    }
}
