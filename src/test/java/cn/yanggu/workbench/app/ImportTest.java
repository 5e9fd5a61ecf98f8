package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Zone;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportTest {
    @TempDir
    Path dir;

    private Path exportEdited() throws Exception {
        Path file = dir.resolve("edited.json");
        try (Workbench wb = Workbench.open(dir.resolve("a.db"))) {
            Zone east = wb.editor().plan().zone("east").orElseThrow();
            wb.editor().apply(Edit.of("x", Change.update(east, new Zone(east.code(), east.name(), east.kind(), 12.0,
                    "新东界", east.west(), east.south(), east.north(), east.source(), "用户更正"))));
            Plan p = wb.editor().plan();
            wb.editor().apply(wb.editor().deletion(p.projects().get(2), "删除"));
            wb.exportJson(file, "test");
        }
        return file;
    }

    @Test
    void exportImportIntoAFreshDatabaseExportGivesTheSamePlan() throws Exception {
        Path file = exportEdited();
        Path again = dir.resolve("again.json");
        Plan edited;
        try (Workbench wb = Workbench.open(dir.resolve("a.db"))) {
            edited = wb.loadPlan();
        }
        try (Workbench fresh = Workbench.open(dir.resolve("fresh.db"))) {
            var result = fresh.importJson(file);
            assertEquals(1, result.deleted());
            assertTrue(result.updated() >= 1);
            assertEquals(edited, fresh.loadPlan());
            fresh.exportJson(again, "test");
            assertEquals("import", fresh.editor().audit().get(0).action());
            assertEquals("edited.json", fresh.editor().audit().get(0).origin());
        }
        ObjectMapper m = new ObjectMapper();
        ObjectNode a = (ObjectNode) m.readTree(file.toFile());
        ObjectNode b = (ObjectNode) m.readTree(again.toFile());
        assertTrue(a.get("auditLog").size() >= 2, "the export carries the audit log");
        assertEquals("areaKm2", a.get("auditLog").get(a.get("auditLog").size() - 1).get("field").asText());
        for (ObjectNode n : new ObjectNode[] {a, b}) {
            n.remove("export");
            n.remove("auditLog");
        }
        assertEquals(a, b, "timestamps and the audit log aside, the two exports are the same");
    }

    @Test
    void aTruncatedFileChangesNothing() throws Exception {
        Path file = exportEdited();
        byte[] all = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.json");
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        try (Workbench fresh = Workbench.open(dir.resolve("fresh.db"))) {
            Plan before = fresh.loadPlan();
            int audit = fresh.editor().audit().size();
            PlanJson.FormatException e = assertThrows(PlanJson.FormatException.class, () -> fresh.importJson(truncated));
            assertTrue(e.position().startsWith("line "), e.position());
            assertEquals(before, fresh.loadPlan());
            assertEquals(audit, fresh.editor().audit().size());
        }
    }

    @Test
    void anInvalidRecordIsNamedByItsPositionAndNothingChanges() throws Exception {
        Path file = exportEdited();
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(file.toFile());
        ((ObjectNode) root.get("projects").get(3)).put("name", root.get("projects").get(4).get("name").asText());
        ((ObjectNode) root.get("zones").get(0)).put("areaKm2", -5);
        Path bad = dir.resolve("bad.json");
        m.writeValue(bad.toFile(), root);
        try (Workbench fresh = Workbench.open(dir.resolve("fresh.db"))) {
            Plan before = fresh.loadPlan();
            EditRejected e = assertThrows(EditRejected.class, () -> fresh.importJson(bad));
            assertTrue(e.problems().stream().anyMatch(p -> "projects[3]".equals(p.position())
                    && p.problem().field().equals("name") && p.problem().kind() == Problem.Kind.DUPLICATE));
            assertTrue(e.problems().stream().anyMatch(p -> "zones[0]".equals(p.position())
                    && p.problem().kind() == Problem.Kind.NEGATIVE));
            assertEquals(before, fresh.loadPlan());
        }
    }

    @Test
    void aColumnPlaceGivenToTwoProjectsIsNamedByPositionAndNothingChanges() throws Exception {
        Path file = exportEdited();
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(file.toFile());
        // P02 claims P01's place 专栏1 铜及铜精深加工 (1): each place of a column belongs to one project
        ObjectNode p02 = (ObjectNode) root.get("projects").get(1);
        ((ObjectNode) p02.get("listings").get(0)).put("number", 1);
        Path bad = dir.resolve("bad-listing.json");
        m.writeValue(bad.toFile(), root);
        try (Workbench fresh = Workbench.open(dir.resolve("fresh.db"))) {
            Plan before = fresh.loadPlan();
            EditRejected e = assertThrows(EditRejected.class, () -> fresh.importJson(bad));
            assertTrue(e.problems().stream().anyMatch(p -> "projects[1]".equals(p.position())
                    && p.problem().kind() == Problem.Kind.DUPLICATE
                    && p.problem().args().get(0).equals("专栏1 铜及铜精深加工（1）")), e.problems().toString());
            assertEquals(before, fresh.loadPlan());
        }
    }

    @Test
    void anEmptyRequiredFieldIsNamedByItsPath() throws Exception {
        Path file = exportEdited();
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = (ObjectNode) m.readTree(file.toFile());
        ((ObjectNode) root.get("projects").get(3)).put("name", "");
        Path bad = dir.resolve("empty.json");
        m.writeValue(bad.toFile(), root);
        try (Workbench fresh = TestPlans.seeded(dir.resolve("f"))) {
            PlanJson.FormatException e = assertThrows(PlanJson.FormatException.class, () -> fresh.importJson(bad));
            assertEquals("projects[3].name", e.position());
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPath() throws Exception {
        Path file = exportEdited();
        String json = Files.readString(file).replaceFirst("\"areaKm2\" : 12", "\"areaKm2\" : \"十二\"");
        Path bad = dir.resolve("wrongtype.json");
        Files.writeString(bad, json);
        try (Workbench fresh = TestPlans.seeded(dir.resolve("f"))) {
            PlanJson.FormatException e = assertThrows(PlanJson.FormatException.class, () -> fresh.importJson(bad));
            assertEquals("zones[0].areaKm2", e.position());
        }
    }
}
