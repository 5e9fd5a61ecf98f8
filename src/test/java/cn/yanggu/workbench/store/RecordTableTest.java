package cn.yanggu.workbench.store;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.RecordField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The store reads and writes every scalar field of every record through the record's field table: a field added to
 * a record (component, field-table line) and its column (a migration) are stored and read back with no store code
 * written for them.
 */
class RecordTableTest {
    private static Plan seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSeed() {
        seed = TestPlans.seedPlan();
    }

    @Test
    void everyScalarFieldOfEveryRecordHasItsColumnAfterTheMigrations() {
        try (Database db = Database.open(dir.resolve("columns.db"))) {
            for (EntityKind kind : EntityKind.values()) {
                RecordTable<?> table = RecordTable.of(kind);
                Set<String> columns = db.read(c -> {
                    Set<String> out = new HashSet<>();
                    try (var s = c.createStatement();
                         ResultSet rs = s.executeQuery("PRAGMA table_info(" + table.name() + ")")) {
                        while (rs.next()) {
                            out.add(rs.getString("name"));
                        }
                    }
                    return out;
                });
                assertTrue(columns.contains("position"), kind + " has no position column");
                List<String> stored = table.columns().stream().map(RecordTable.Column::name).toList();
                for (RecordField<?, ?> f : seed.records(kind).get(0).fields()) {
                    if (f.type() == List.class) {
                        continue; // a list has its own table, written and read by hand
                    }
                    String column = table.columns().stream().filter(col -> col.field() == f).findFirst()
                            .map(RecordTable.Column::name)
                            .orElseThrow(() -> new AssertionError(kind + "." + f.name() + " is not stored"));
                    assertTrue(columns.contains(column), kind.wire() + "." + f.name() + " has no column " + column
                            + " (columns: " + columns + ")");
                }
                assertEquals(stored.size(), new HashSet<>(stored).size(), kind + " stores a column twice: " + stored);
            }
        }
    }

    @Test
    void columnsAreTheFieldNamesInSnakeCaseExceptTheFirstSchemasRenames() {
        assertEquals("investment_wan", RecordTable.snakeCase("investmentWan"));
        assertEquals("area_km2", RecordTable.snakeCase("areaKm2"));
        assertEquals("code", RecordTable.snakeCase("code"));
        assertEquals(List.of("code", "name", "brand", "brand_source", "positioning", "section", "column_no"),
                RecordTable.CHAINS.columns().stream().map(RecordTable.Column::name).toList());
        List<String> indicator = RecordTable.INDICATORS.columns().stream().map(RecordTable.Column::name).toList();
        assertTrue(indicator.containsAll(List.of("table_name", "table_row", "growth_kind", "stated_rate",
                "chain_code")), indicator.toString());
    }

    /**
     * For each kind, a record of the seed plan gets every scalar field (but its code, the key) changed to another
     * non-empty value the schema accepts; written and re-read, the plan is the seed plan with that record changed.
     */
    @Test
    void aRecordWithEveryScalarFieldChangedIsReadBackAsWritten() {
        try (Database db = Database.open(dir.resolve("round-trip.db"))) {
            new PlanRepository(db).insert(seed);
            List<PlanRecord> expected = new ArrayList<>(seed.records());
            for (EntityKind kind : EntityKind.values()) {
                PlanRecord original = seed.records(kind).get(0);
                PlanRecord changed = original;
                for (RecordField<?, ?> f : original.fields()) {
                    if (f.type() == List.class || f.name().equals("code")) {
                        continue;
                    }
                    changed = changeStored(db, changed, f);
                }
                for (RecordField<?, ?> f : original.fields()) {
                    if (f.type() != List.class && !f.name().equals("code")) {
                        assertNotNull(f.valueIn(changed), kind + "." + f.name());
                        assertNotEquals(f.valueIn(original), f.valueIn(changed), kind + "." + f.name());
                    }
                }
                expected.set(expected.indexOf(original), changed);
            }
            Plan reread = new PlanRepository(db).load();
            assertEquals(expected, reread.records());
            assertEquals(seed.info(), reread.info());
        }
    }

    /** {@code record} with {@code field} changed to the first other value the database accepts, stored. */
    private static PlanRecord changeStored(Database db, PlanRecord record, RecordField<?, ?> field) {
        for (Object value : otherValues(record, field)) {
            PlanRecord candidate = field.withValueIn(record, value);
            try {
                db.inTransaction(c -> {
                    RecordStore.put(c, candidate, null);
                    return null;
                });
                return candidate;
            } catch (StoreException refused) {
                // a constraint (a reference, a range) refuses this value; the next one may do
            }
        }
        fail("no other value of " + record.entityKind() + "." + field.name() + " could be stored");
        return record;
    }

    /** Values other than the record's own: made up for its type, then those other records of its kind hold,
     * then (for text) the codes of other records, which references take. */
    private static List<Object> otherValues(PlanRecord record, RecordField<?, ?> field) {
        Object current = field.valueIn(record);
        Set<Object> out = new LinkedHashSet<>();
        Class<?> type = field.type();
        if (type == String.class) {
            out.add(current == null ? "测试" + field.name() : current + "（改）");
        } else if (type == Double.class) {
            out.add(current == null ? 12.5 : (Double) current + 1.25);
        } else if (type == Boolean.class) {
            out.add(!Boolean.TRUE.equals(current));
        } else if (type.isEnum()) {
            out.addAll(Arrays.asList(type.getEnumConstants()));
        }
        for (PlanRecord other : seed.records(record.entityKind())) {
            out.add(field.valueIn(other));
        }
        if (type == String.class) {
            seed.records().forEach(other -> out.add(other.code())); // a reference to another record
        }
        if (type == Integer.class) {
            out.add(current == null ? 2030 : (Integer) current + 1);
        }
        out.removeIf(v -> v == null || Objects.equals(v, current));
        return List.copyOf(out);
    }
}
