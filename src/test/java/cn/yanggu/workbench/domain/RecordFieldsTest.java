package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field table covers its record: one field per component, in order, named and typed as the component, and
 * every wither makes a copy with just that field changed. (The one place that may look at records by reflection.)
 */
class RecordFieldsTest {
    /** One record of each kind, with empty lists (so that a sample list is a change). */
    private static final List<PlanRecord> RECORDS = List.of(
            new Zone("z", "西区", Enums.ZoneKind.INDUSTRIAL, 1.0, "e", "w", "s", "n", "src", "note"),
            new Enterprise("e", "祥光铜业", List.of(), "src", null),
            new Chain("c", "铜", List.of(), "b", "bs", "p", "三", 1, List.of(), List.of()),
            new Project("p", "项目", "c", "z", "e", Enums.ProjectKind.PROJECT, Enums.ProjectStage.RESERVE, 1.0, 2021,
                    2023, List.of(), List.of(), "src", null),
            Indicator.draft("i", "亩均税收", "效益", "src"),
            new Threshold("t", "投资强度", "万元/亩", Enums.Comparator.GE, "text", "src", List.of()));

    /** A value for each list field (every list of the records above is empty). */
    private static final Map<String, List<?>> LISTS = Map.of(
            "aliases", List.of("别名"),
            "links", List.of(new Chain.Link("上游", "铜冶炼", null, "src")),
            "enterprises", List.of(new Chain.Member("e", Enums.EnterpriseRole.LEADING, "src")),
            "listings", List.of(new Project.Listing(1, "组", 2, "名")),
            "mentions", List.of(new Project.Mention("三", "文")),
            "values", List.of(new YearValue(2025, Enums.ValueKind.TARGET, 30, null, null, "30", "src", null, null)),
            "versions", List.of(new Threshold.Version(2026, 300, "src", null)));

    @Test
    void everyComponentHasItsFieldInOrderWithItsNameAndType() {
        for (PlanRecord r : RECORDS) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            List<? extends RecordField<?, ?>> fields = r.fields();
            assertEquals(components.length, fields.size(), r.getClass().getSimpleName());
            for (int i = 0; i < components.length; i++) {
                RecordField<?, ?> f = fields.get(i);
                assertEquals(components[i].getName(), f.name());
                assertEquals(boxed(components[i].getType()), f.type(), f.name());
                assertSame(f, r.field(f.name()));
            }
            assertEquals(r.getClass().getSimpleName().toLowerCase(), r.entityKind().wire());
        }
    }

    @Test
    void eachWitherChangesItsFieldAndNoOther() {
        for (PlanRecord r : RECORDS) {
            for (RecordField<?, ?> f : r.fields()) {
                Object value = sample(f, f.valueIn(r));
                PlanRecord copy = f.withValueIn(r, value);
                assertEquals(value, f.valueIn(copy), r.entityKind() + "." + f.name());
                assertEquals(r.getClass(), copy.getClass());
                List<String> changed = new ArrayList<>();
                for (RecordField<?, ?> o : r.fields()) {
                    if (!Objects.equals(o.valueIn(r), o.valueIn(copy))) {
                        changed.add(o.name());
                    }
                }
                assertEquals(List.of(f.name()), changed, r.entityKind() + "." + f.name());
            }
        }
    }

    @Test
    void aValueOfAnotherTypeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Zone.AREA_KM2.withValueIn(RECORDS.get(0), "大"));
        assertThrows(IllegalArgumentException.class, () -> RECORDS.get(0).field("nope"));
    }

    @Test
    void typedWithersAndTheGenericOneAgree() {
        Zone z = (Zone) RECORDS.get(0);
        Indicator i = (Indicator) RECORDS.get(4);
        List<YearValue> values = List.of(new YearValue(2024, Enums.ValueKind.ACTUAL, 1, null, null, "1", "s", null,
                null));
        assertEquals(Indicator.VALUES.with(i, values), i.withValues(values));
        assertEquals(2.5, Zone.AREA_KM2.get(Zone.AREA_KM2.with(z, 2.5)));
    }

    private static Object sample(RecordField<?, ?> f, Object current) {
        Class<?> type = f.type();
        Object out;
        if (type == List.class) {
            out = LISTS.get(f.name());
        } else if (type == String.class) {
            out = "新" + f.name();
        } else if (type == Double.class) {
            out = 12.5;
        } else if (type == Integer.class) {
            out = 2031;
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            out = constants[0].equals(current) ? constants[1] : constants[0];
        } else {
            throw new AssertionError("no sample for " + type);
        }
        assertNotEquals(current, out, f.name());
        assertTrue(out != null && type.isInstance(out), f.name());
        return out;
    }

    private static Class<?> boxed(Class<?> c) {
        return c == int.class ? Integer.class : c == double.class ? Double.class : c;
    }
}
