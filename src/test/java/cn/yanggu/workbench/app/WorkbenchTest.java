package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbenchTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHoldsExactlyTheCuratedPlan() {
        try (Workbench wb = TestPlans.seeded(dir)) {
            Plan seed = wb.readSeed();
            Plan stored = wb.loadPlan();
            assertEquals(seed.info(), stored.info());
            assertEquals(seed.zones(), stored.zones());
            assertEquals(seed.enterprises(), stored.enterprises());
            assertEquals(seed.chains(), stored.chains());
            assertEquals(seed.projects(), stored.projects());
            assertEquals(seed.indicators(), stored.indicators());
            assertEquals(seed.thresholds(), stored.thresholds());
            assertEquals(seed.efficiencyClasses(), stored.efficiencyClasses());
            assertEquals(seed.monitoring(), stored.monitoring());
            assertEquals(seed.statements(), stored.statements());
            assertEquals(seed.notes(), stored.notes());
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotSeedTwice() {
        int projects;
        try (Workbench wb = TestPlans.seeded(dir)) {
            projects = wb.loadPlan().projects().size();
        }
        try (Workbench wb = TestPlans.seeded(dir)) {
            assertEquals(projects, wb.loadPlan().projects().size());
        }
    }

    @Test
    void theJsonExportReadsBackAsTheSamePlan() throws Exception {
        Path out = dir.resolve("plan-export.json");
        try (Workbench wb = TestPlans.seeded(dir)) {
            wb.exportJson(out, "test");
            Plan read = new PlanJson().read(Files.newInputStream(out));
            assertEquals(wb.loadPlan(), read);
        }
        String json = Files.readString(out);
        assertTrue(json.contains("\"value\" : 1397034,"), "numbers as the plan prints them, not 1397034.0");
        assertTrue(json.contains("\"value\" : 17.56,"));
        assertTrue(json.contains("\"name\" : \"铜及铜精深加工\""), "Chinese written as text, not escapes");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary left");
        }
    }

    @Test
    void aBadFieldInTheJsonIsReportedWithItsPosition() {
        String json = "{\"plan\":{\"title\":\"t\",\"baseYear\":2020,\"periodStart\":2021,\"periodEnd\":2025,"
                + "\"visionYear\":2035},\"statements\":[],\"zones\":[{\"code\":\"z\",\"name\":\"n\",\"kind\":\"industrial\","
                + "\"areaKm2\":\"很大\",\"source\":\"s\"}]}";
        PlanJson.FormatException e = assertThrows(PlanJson.FormatException.class,
                () -> new PlanJson().read(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("zones[0].areaKm2", e.position());
    }

    @Test
    void dataLivesInTheUsersDataFolder() {
        DataPaths windows = new DataPaths(java.util.Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming"),
                "Windows 10", "C:\\Users\\li");
        assertTrue(windows.defaultDatabase().toString().startsWith("C:\\Users\\li\\AppData\\Roaming"));
        assertTrue(windows.defaultDatabase().toString().contains("YangguPlanningWorkbench"));
        DataPaths linux = new DataPaths(java.util.Map.of("XDG_DATA_HOME", "/home/li/.data"), "Linux", "/home/li");
        assertEquals(Path.of("/home/li/.data/yanggu-planning-workbench/workbench.db"), linux.defaultDatabase());
        DataPaths linuxDefault = new DataPaths(java.util.Map.of(), "Linux", "/home/li");
        assertEquals(Path.of("/home/li/.local/share/yanggu-planning-workbench/workbench.db"),
                linuxDefault.defaultDatabase());
    }
}
