package cn.yanggu.workbench.app.json;

import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.EfficiencyClass;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.PlanNote;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.Threshold;
import cn.yanggu.workbench.domain.YearLock;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's file through the one mapping per record: round trip, only components written, bad fields named. */
class PlanMapperTest {
    private static final ObjectMapper TREE = new ObjectMapper();
    private final PlanJson json = new PlanJson();

    private Plan seed() throws Exception {
        return json.read(Files.newInputStream(Path.of("seeds/plan.json")));
    }

    private Plan read(byte[] bytes) throws Exception {
        return json.read(new ByteArrayInputStream(bytes));
    }

    private static final List<AuditEntry> AUDIT = List.of(new AuditEntry(7, 3, "2024-05-01T08:00:00Z", "李",
            "update", "indicator", "T01", "values", "5.0", "5.2", "ui"));
    private static final List<YearLock> LOCKS = List.of(new YearLock(2023, "定稿", "2024-03-01T00:00:00Z", "王"));
    private static final List<Admission.SavedCheck> CHECKS = List.of(new Admission.SavedCheck(4, "P01", 2024,
            new Admission.Proposal(10, 3000, 250, 6667, 8000, 4000), 0.67, "公顷", "2024-05-02T00:00:00Z",
            "李",
            List.of(new Admission.StoredVerdict("investment-intensity", "投资强度", "万元/亩",
                    Enums.Comparator.GT, 2021, 280, 300, Admission.Verdict.PASS, 20))));

    @Test
    void whatIsWrittenIsReadBackEqualAndWrittenAgainTheSame() throws Exception {
        Plan plan = seed();
        byte[] once = json.write(plan, json.newHeader().put("application", "工作台"), AUDIT, LOCKS, CHECKS);
        Plan back = read(once);
        assertEquals(plan, back);
        assertArrayEquals(once, json.write(back, json.newHeader().put("application", "工作台"), AUDIT, LOCKS,
                CHECKS));
    }

    @Test
    void theFileKeepsItsLayoutNumbersAndWords() throws Exception {
        String text = new String(json.write(seed(), null), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"schemaVersion\" : 1,\n  \"plan\" : {\n"
                + "    \"title\" : \"山东阳谷经济开发区产业发展规划\""), text.substring(0, 200));
        assertTrue(text.contains("\"value\" : 17.56,"), "numbers as the plan prints them");
        assertTrue(text.contains("\"attribute\" : \"预期性\""), "the attribute in the plan's word");
        assertTrue(text.contains("\"kind\" : \"industrial\""), "enums by their wire names");
        assertTrue(text.contains("\"comparator\" : \">\""), "comparators by their symbols");
        assertTrue(text.contains("\"note\" : null"), "absent values written as null");
        assertTrue(!text.contains("admissionChecks"), "no admission checks, no list");
    }

    // ------------------------------------------------------------------ only the components

    /** A record shaped like the domain records will be: an interface's kind(), getters, copies, a static list. */
    interface Coded {
        String code();

        default String kind() {
            return "probe";
        }

        default String getLabel() {
            return "label";
        }
    }

    record Probe(String code, int year, Double value) implements Coded {
        static List<String> fields() {
            return List.of("code", "year", "value");
        }

        public boolean isEmpty() {
            return value == null;
        }

        public String getCodeAndYear() {
            return code + year;
        }

        public Probe withYear(int y) {
            return new Probe(code, y, value);
        }
    }

    @Test
    void aRecordIsWrittenAsItsComponentsOnlyWhateverElseItOffers() throws Exception {
        ObjectMapper m = new PlanMapper().json();
        JsonNode written = m.valueToTree(new Probe("P1", 2024, 1.50));
        assertEquals(List.of("code", "year", "value"), names(written));
        assertEquals("1.5", written.get("value").toString());
        assertEquals(new Probe("P1", 2024, 1.5), m.treeToValue(written, Probe.class));
    }

    /**
     * Every object of an export has exactly its record's components as keys (under the names and omissions its
     * mix-in declares): an accessor that is not a component (kind(), getX(), isX()) never leaks into the file.
     */
    @Test
    void everyObjectOfTheFileHoldsExactlyItsRecordsComponents() throws Exception {
        JsonNode root = TREE.readTree(json.write(seed(), json.newHeader(), AUDIT, LOCKS, CHECKS));
        Map<String, Class<? extends Record>> sections = new LinkedHashMap<>();
        sections.put("statements", Statement.class);
        sections.put("zones", Zone.class);
        sections.put("enterprises", Enterprise.class);
        sections.put("chains", Chain.class);
        sections.put("chains.links", Chain.Link.class);
        sections.put("chains.enterprises", Chain.Member.class);
        sections.put("projects", Project.class);
        sections.put("projects.listings", Project.Listing.class);
        sections.put("projects.mentions", Project.Mention.class);
        sections.put("indicators", Indicator.class);
        sections.put("indicators.values", YearValue.class);
        sections.put("thresholds", Threshold.class);
        sections.put("thresholds.versions", Threshold.Version.class);
        sections.put("efficiencyClasses", EfficiencyClass.class);
        sections.put("monitoring", MonitoringItem.class);
        sections.put("notes", PlanNote.class);
        sections.put("yearLocks", YearLock.class);
        sections.put("auditLog", AuditEntry.class);
        sections.put("admissionChecks.verdicts", Admission.StoredVerdict.class);
        ObjectMapper m = new PlanMapper().json();
        assertEquals(sorted(keys(m, PlanInfo.class)), sorted(names(root.get("plan"))));
        for (var s : sections.entrySet()) {
            List<String> expected = sorted(keys(m, s.getValue()));
            List<JsonNode> objects = objects(root, s.getKey().split("\\."));
            assertTrue(!objects.isEmpty(), s.getKey());
            for (JsonNode o : objects) {
                assertEquals(expected, sorted(names(o)), s.getKey() + " of " + s.getValue().getSimpleName());
            }
        }
    }

    /** A record's components under the names its mix-in gives them, without those it leaves out. */
    private static List<String> keys(ObjectMapper m, Class<? extends Record> type) throws Exception {
        Class<?> mixIn = m.findMixInClassFor(type);
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            java.lang.reflect.Field f = null;
            try {
                f = mixIn == null ? null : mixIn.getDeclaredField(c.getName());
            } catch (NoSuchFieldException e) {
                // the component as it is
            }
            if (f != null && f.isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonProperty renamed = f == null ? null : f.getAnnotation(JsonProperty.class);
            out.add(renamed == null ? c.getName() : renamed.value());
        }
        return out;
    }

    private static List<JsonNode> objects(JsonNode root, String[] path) {
        List<JsonNode> level = List.of(root);
        for (String step : path) {
            List<JsonNode> next = new ArrayList<>();
            level.forEach(n -> n.get(step).forEach(next::add));
            level = next;
        }
        return level;
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    // ------------------------------------------------------------------ reading: positions and problems

    private PlanJson.FormatException refused(Consumer<ObjectNode> mutation) throws Exception {
        ObjectNode root = (ObjectNode) TREE.readTree(Path.of("seeds/plan.json").toFile());
        mutation.accept(root);
        byte[] bytes = TREE.writeValueAsBytes(root);
        return assertThrows(PlanJson.FormatException.class, () -> read(bytes));
    }

    private static ObjectNode at(ObjectNode root, String list, int i) {
        return (ObjectNode) root.get(list).get(i);
    }

    private void assertRefused(String position, String problem, Consumer<ObjectNode> mutation) throws Exception {
        PlanJson.FormatException e = refused(mutation);
        assertEquals(position + " | " + problem, e.position() + " | " + e.problem());
    }

    @Test
    void aBadFieldIsNamedByItsPositionWithWhatIsWrong() throws Exception {
        assertRefused("projects[3].name", "missing text", r -> at(r, "projects", 3).remove("name"));
        assertRefused("projects[3].name", "missing text", r -> at(r, "projects", 3).put("name", " "));
        assertRefused("projects[3].name", "missing text", r -> at(r, "projects", 3).putNull("name"));
        assertRefused("zones[0].areaKm2", "expected a number, found \"十二\"",
                r -> at(r, "zones", 0).put("areaKm2", "十二"));
        assertRefused("zones[1].code", "expected text, found number", r -> at(r, "zones", 1).put("code", 5));
        assertRefused("projects[2].investmentWan", "must not be negative: -1.0",
                r -> at(r, "projects", 2).put("investmentWan", -1));
        assertRefused("indicators[0].values[1].year", "must be between 2000 and 2050: 1999",
                r -> ((ObjectNode) at(r, "indicators", 0).get("values").get(1)).put("year", 1999));
        assertRefused("indicators[0].values[0].year", "expected a whole number, found 2021.5",
                r -> ((ObjectNode) at(r, "indicators", 0).get("values").get(0)).put("year", 2021.5));
        assertRefused("indicators[0].values[0].value", "missing number",
                r -> ((ObjectNode) at(r, "indicators", 0).get("values").get(0)).remove("value"));
        assertRefused("indicators[0].values[0].value", "number out of range",
                r -> ((ObjectNode) at(r, "indicators", 0).get("values").get(0))
                        .put("value", new java.math.BigDecimal("1e400")));
        assertRefused("zones[0].kind", "expected one of [industrial, reserved], found \"park\"",
                r -> at(r, "zones", 0).put("kind", "park"));
        assertRefused("zones[0].kind", "missing value", r -> at(r, "zones", 0).remove("kind"));
        assertRefused("indicators[2].attribute", "expected 预期性 or 约束性, found \"强制\"",
                r -> at(r, "indicators", 2).put("attribute", "强制"));
        assertRefused("thresholds[0].comparator", "expected one of = > >= < <=, found \"≥\"",
                r -> at(r, "thresholds", 0).put("comparator", "≥"));
        assertRefused("projects[0].listings[0].column", "must be between 1 and 9: 10",
                r -> ((ObjectNode) at(r, "projects", 0).get("listings").get(0)).put("column", 10));
        assertRefused("projects[4].listings", "missing or not a list", r -> at(r, "projects", 4).remove("listings"));
        assertRefused("projects[4].mentions", "missing or not a list", r -> at(r, "projects", 4).put("mentions", "x"));
        assertRefused("chains[0].aliases", "expected a list", r -> at(r, "chains", 0).put("aliases", 3));
        assertRefused("chains[0].aliases[0]", "expected text",
                r -> ((ArrayNode) at(r, "chains", 0).get("aliases")).insertNull(0));
        assertRefused("zones[2]", "expected an object", r -> ((ArrayNode) r.get("zones")).set(2, 7));
        assertRefused("zones[2]", "expected an object", r -> ((ArrayNode) r.get("zones")).setNull(2));
        assertRefused("plan", "missing or not an object", r -> r.put("plan", "规划"));
        assertRefused("plan.baseYear", "missing whole number", r -> ((ObjectNode) r.get("plan")).remove("baseYear"));
        assertRefused("statements", "missing or not a list", r -> r.remove("statements"));
    }

    @Test
    void unknownKeysAreIgnoredAndOptionalOnesTakeTheirDefaults() throws Exception {
        ObjectNode root = (ObjectNode) TREE.readTree(Path.of("seeds/plan.json").toFile());
        at(root, "zones", 0).put("colour", "红");
        root.put("comment", "added by hand");
        at(root, "projects", 0).remove("kind");
        at(root, "monitoring", 0).remove("kind");
        at(root, "chains", 0).remove("aliases");
        root.remove("notes");
        Plan plan = read(TREE.writeValueAsBytes(root));
        assertEquals(Enums.ProjectKind.PROJECT, plan.projects().get(0).kind());
        assertEquals("cycle", plan.monitoring().get(0).kind());
        assertEquals(List.of(), plan.chains().get(0).aliases());
        assertEquals(List.of(), plan.notes());
        assertEquals(seed().zones(), plan.zones());
    }

    @Test
    void anOlderThresholdWithOneValueBecomesItsFirstVersion() throws Exception {
        ObjectNode root = (ObjectNode) TREE.readTree(Path.of("seeds/plan.json").toFile());
        ObjectNode old = at(root, "thresholds", 0);
        old.remove("versions");
        old.put("value", 280);
        Plan plan = read(TREE.writeValueAsBytes(root));
        Threshold.Version v = plan.thresholds().get(0).versions().get(0);
        assertEquals(new Threshold.Version(2021, 280, old.get("source").asText(),
                String.format(PlanJson.INFERRED_FROM_YEAR, 2021)), v);
        old.put("appliesFrom", 2024);
        assertNull(read(TREE.writeValueAsBytes(root)).thresholds().get(0).versions().get(0).note());
        assertRefused("thresholds[0].appliesFrom", "expected a whole number, found \"明年\"", r -> {
            ObjectNode o = at(r, "thresholds", 0);
            o.remove("versions");
            o.put("value", 280);
            o.put("appliesFrom", "明年");
        });
    }
}
